/**
 * The 年报 formats and the statistics schema: which format a report year
 * follows, the rows and columns of each, and the messages an editor gets for
 * data that does not fit the format of its year.
 */
import { describe, expect, it } from 'vitest';
import { formatForYear, formats, table3RowName } from '../../src/schemas/annual-report-format.ts';
import { reportIssuePaths } from '../../src/annual-report/labels.ts';
import { reportSchema } from '../../src/schemas/report.ts';
import { describePath } from '../../src/schemas/labels.ts';
import { formatIssues, type ContentProblem } from '../../src/schemas/format-issues.ts';
import { validStatistics } from '../support/annual-statistics.ts';

const FILE = 'content/reports/2024-annual-report.md';
/** A 年度报告's frontmatter; statistics valid for the year unless given (undefined: left out). */
const report = (year: number, ...given: [unknown?]) => ({
  title: `示例省交通运输厅${year}年政府信息公开工作年度报告`,
  publisher: '示例省交通运输厅',
  publishDate: `${year + 1}-01-20 10:00`,
  topic: '综合政务\\政务公开',
  reportType: '年度报告',
  year,
  statistics: given.length ? given[0] : validStatistics(year >= 2021 ? '2021' : '2019'),
});

/** The problems check-content would print for this frontmatter. */
function problems(data: Record<string, unknown>): ContentProblem[] {
  const result = reportSchema.safeParse(data, { reportInput: true });
  if (result.success) return [];
  return formatIssues(
    FILE,
    result.error.issues,
    Object.keys(reportSchema.in.shape),
    reportIssuePaths(data, describePath),
  );
}

/** A deep copy with one change made by `edit`. */
function edited(year: number, edit: (s: ReturnType<typeof validStatistics>) => void) {
  const s = structuredClone(validStatistics(year >= 2021 ? '2021' : '2019'));
  edit(s);
  return report(year, s);
}

describe('formats', () => {
  it('uses the 2019 trial format for 2019–2020, the 2021 format from 2021, none before 2019', () => {
    expect(formatForYear(2018)).toBeUndefined();
    expect(formatForYear(2019)?.id).toBe('2019');
    expect(formatForYear(2020)?.id).toBe('2019');
    expect(formatForYear(2021)?.id).toBe('2021');
    expect(formatForYear(2030)?.id).toBe('2021');
  });

  it('has the six sections in the mandated order', () => {
    expect(formats[2021].sections).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    expect(formats[2019].sections).toEqual(formats[2021].sections);
  });

  it('table 三: 25 rows × 7 columns in 2021, 三、本年度办理结果 spanning 22 rows; 23 rows and a span of 20 in 2019', () => {
    const f21 = formats[2021].table3;
    const f19 = formats[2019].table3;
    expect(f21.columns.map((c) => c.label)).toEqual([
      '自然人',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
      '总计',
    ]);
    expect(f21.columns.filter((c) => c.group === '法人或其他组织')).toHaveLength(5);
    expect(f21.rows).toHaveLength(25);
    expect(f21.rows.filter((r) => r.groups[0] === '三、本年度办理结果')).toHaveLength(22);
    expect(f19.rows).toHaveLength(23);
    expect(f19.rows.filter((r) => r.groups[0] === '三、本年度办理结果')).toHaveLength(20);
    expect(f19.rows.find((r) => r.key === 'other')).toEqual({
      key: 'other',
      label: '（六）其他处理',
      groups: ['三、本年度办理结果'],
      outcome: true,
    });
    // 20 outcome rows are summed into （七）总计 in 2021, 18 in 2019.
    expect(f21.rows.filter((r) => r.outcome)).toHaveLength(21);
    expect(f19.rows.filter((r) => r.outcome)).toHaveLength(19);
    expect(table3RowName(f21.rows.find((r) => r.key === 'denied.stateSecret')!)).toBe(
      '（三）不予公开 › 1.属于国家秘密',
    );
  });

  it('table 二: four blocks in 2021, five in 2019 with different columns', () => {
    expect(
      formats[2021].table2.map((b) => [b.block, b.rows.map((r) => r.label), b.columns.map((c) => c.label)]),
    ).toEqual([
      ['第二十条第（一）项', ['规章', '行政规范性文件'], ['本年制发件数', '本年废止件数', '现行有效件数']],
      ['第二十条第（五）项', ['行政许可'], ['本年处理决定数量']],
      ['第二十条第（六）项', ['行政处罚', '行政强制'], ['本年处理决定数量']],
      ['第二十条第（八）项', ['行政事业性收费'], ['本年收费金额（单位：万元）']],
    ]);
    expect(formats[2019].table2.map((b) => b.block)).toEqual([
      '第二十条第（一）项',
      '第二十条第（五）项',
      '第二十条第（六）项',
      '第二十条第（八）项',
      '第二十条第（九）项',
    ]);
    expect(formats[2019].table2[0]!.columns.map((c) => c.label)).toEqual([
      '本年新制作数量',
      '本年新公开数量',
      '对外公开总数量',
    ]);
    expect(formats[2019].table2[1]!.columns.map((c) => c.kind)).toEqual(['count', 'change', 'count']);
    expect(formats[2021].table2[3]!.columns[0]!.kind).toBe('amount');
  });

  it('table 四: three groups of five columns', () => {
    expect(formats[2021].table4.groups.map((g) => g.labels)).toEqual([
      ['行政复议'],
      ['行政诉讼', '未经复议直接起诉'],
      ['行政诉讼', '复议后起诉'],
    ]);
    expect(formats[2021].table4.columns).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']);
  });
});

describe('statistics schema', () => {
  it('accepts valid statistics in the format of the year and tags them with it', () => {
    expect(problems(report(2024))).toEqual([]);
    expect(problems(report(2020))).toEqual([]);
    expect(reportSchema.parse(report(2024)).statistics?.format).toBe('2021');
    expect(reportSchema.parse(report(2019)).statistics?.format).toBe('2019');
  });

  it('accepts a single-number row without brackets, decimal amounts and negative changes', () => {
    const out = reportSchema.parse(edited(2024, (s) => Object.assign(s.proactive, { licensing: 15362, fees: 12.5 })));
    expect(out.statistics?.proactive.licensing).toEqual([15362]);
    expect(out.statistics?.proactive.fees).toEqual([12.5]);
    expect(problems(edited(2020, (s) => (s.proactive.licensing = [31, -3, 12654])))).toEqual([]);
  });

  it('requires statistics for a 年度报告 from 2019 on, naming the format', () => {
    expect(problems(report(2024, undefined))).toEqual([
      {
        file: FILE,
        field: '统计数据（statistics）',
        expected:
          '2024年度报告应按国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》填写统计数据 statistics（表二 proactive、表三 applications、表四 appeals）；写法见 docs/editors/annual-report.md',
        found: '未填写',
      },
    ]);
    expect(problems(report(2019, undefined))[0]!.expected).toContain(
      '国办公开办函〔2019〕60号《政府信息公开工作年度报告格式（试行）》',
    );
  });

  it('keeps reports before 2019 free-form and statistics to 年度报告', () => {
    expect(problems(report(2018, undefined))).toEqual([]);
    expect(problems(report(2018))).toEqual([
      {
        file: FILE,
        field: '统计数据（statistics）',
        expected: '2019年以前的年度报告没有统一的表格格式，不填写 statistics；表格请直接写在正文中',
        found: '一组字段',
      },
    ]);
    expect(problems({ ...report(2024), reportType: '工作要点' })[0]).toMatchObject({
      field: '统计数据（statistics）',
      expected: '只有报告类别为“年度报告”的报告填写统计数据；请删除 statistics',
    });
  });

  it('rejects 2021-format data in a 2020 report, naming the 2019 rows', () => {
    const found = problems(report(2020, validStatistics('2021')));
    expect(found).toContainEqual({
      file: FILE,
      field: '表二 主动公开政府信息情况 ›“行政许可”行（statistics.proactive.licensing）',
      expected: '应为一行3个数字，依次为：上一年项目数量、本年增/减、处理决定数量',
      found: '列表（1项）',
    });
    // 2021 rows are unknown in 2019; its own rows are missing.
    expect(found.map((p) => p.field)).toEqual(
      expect.arrayContaining([
        '表三 收到和处理政府信息公开申请情况 ›“（六）其他处理”行（statistics.applications.other）',
        '表二 主动公开政府信息情况 ›“其他对外管理服务事项”行（statistics.proactive.otherServices）',
        '表二 主动公开政府信息情况 ›“政府集中采购”行（statistics.proactive.procurement）',
      ]),
    );
  });

  it('names table, row and column of a cell that is not a non-negative integer', () => {
    expect(
      problems(edited(2024, (s) => ((s.applications.denied as Record<string, number[]>).thirdParty![2] = -1))),
    ).toEqual([
      {
        file: FILE,
        field:
          '表三 收到和处理政府信息公开申请情况 ›“（三）不予公开 › 4.保护第三方合法权益”行 ›“科研机构”列（statistics.applications.denied.thirdParty[2]）',
        expected: '应为0或正整数（没有的填0），不能为负数',
        found: '-1（数字）',
      },
    ]);
    expect(problems(edited(2024, (s) => (s.appeals.review![1] = 0.5)))).toEqual([
      {
        file: FILE,
        field: '表四 政府信息公开行政复议、行政诉讼情况 ›“行政复议”组 ›“结果纠正”列（statistics.appeals.review[1]）',
        expected: '应为0或正整数（没有的填0），不能有小数',
        found: '0.5（数字）',
      },
    ]);
    expect(problems(edited(2024, (s) => ((s.proactive.regulations as unknown[])[0] = '一')))).toEqual([
      {
        file: FILE,
        field: '表二 主动公开政府信息情况 ›“规章”行 ›“本年制发件数”列（statistics.proactive.regulations[0]）',
        expected: '应为0或正整数（没有的填0）',
        found: '"一"',
      },
    ]);
  });

  it('says how many numbers a row needs and in which order', () => {
    expect(problems(edited(2024, (s) => (s.applications.newReceived = [5, 1, 0, 0, 1, 7])))).toEqual([
      {
        file: FILE,
        field:
          '表三 收到和处理政府信息公开申请情况 ›“一、本年新收政府信息公开申请数量”行（statistics.applications.newReceived）',
        expected: '应为一行7个数字，依次为：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计',
        found: '列表（6项）',
      },
    ]);
  });

  it('suggests the row key an editor probably meant', () => {
    const found = problems(
      edited(2024, (s) => {
        const notProcessed = s.applications.notProcessed as Record<string, number[]>;
        notProcessed.repaet = notProcessed.repeat!;
        delete notProcessed.repeat;
      }),
    );
    expect(found).toEqual([
      {
        file: FILE,
        field:
          '表三 收到和处理政府信息公开申请情况 ›“（五）不予处理 › 2.重复申请”行（statistics.applications.notProcessed.repeat）',
        expected:
          '必填项；应填写一行7个数字，依次为：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计',
        found: '未填写',
      },
      {
        file: FILE,
        field:
          '表三 收到和处理政府信息公开申请情况 ›“（五）不予处理”各行（statistics.applications.notProcessed） › 未知字段（repaet）',
        expected:
          '只能使用已定义的字段；是不是要写 repeat（表三 收到和处理政府信息公开申请情况 ›“（五）不予处理 › 2.重复申请”行）？',
        found: 'repaet: 列表（7项）',
      },
    ]);
  });
});

/**
 * The 年报 identities: each one broken by one number, with the exact message
 * an editor sees; the carry-over between years; the order of the sections.
 */
import { describe, expect, it } from 'vitest';
import { carryOverProblems, identityProblems } from '../../src/annual-report/identities.ts';
import { withFormat } from '../../src/schemas/annual-report-statistics.ts';
import { sectionHeadings, sectionOrderProblem, splitAtSections } from '../../src/annual-report/sections.ts';
import { formats } from '../../src/schemas/annual-report-format.ts';
import { renderMarkdown } from '../../src/markdown/render-body.ts';
import { validStatistics } from '../support/annual-statistics.ts';

type Raw = ReturnType<typeof validStatistics>;
const group = (s: Raw, key: string) => s.applications[key] as Record<string, number[]>;

/** Checked statistics of `year`'s format after `edit`. */
function stats(year: number, edit: (s: Raw) => void = () => undefined) {
  const raw = structuredClone(validStatistics(year >= 2021 ? '2021' : '2019'));
  edit(raw);
  return withFormat(year, raw)!;
}

describe('identities', () => {
  it('finds nothing wrong in consistent statistics of either format', () => {
    expect(identityProblems(stats(2024))).toEqual([]);
    expect(identityProblems(stats(2020))).toEqual([]);
  });

  it('总计 column = the six applicant columns, per row', () => {
    expect(identityProblems(stats(2024, (s) => (group(s, 'denied').thirdParty![6] = 2)))).toContainEqual({
      field:
        '表三 收到和处理政府信息公开申请情况 ›“（三）不予公开 › 4.保护第三方合法权益”行 ›“总计”列（statistics.applications.denied.thirdParty[6]）',
      expected: '总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他 = 1 + 0 + 0 + 0 + 0 + 0 = 1',
      found: '总计填写为 2，比六类申请人之和多 1',
    });
  });

  it('（七）总计 = the sum of its outcome rows, per column, shown by group', () => {
    // One more 予以公开 for 自然人, its row 总计 kept right: （七）总计 is now short in two columns.
    const found = identityProblems(
      stats(2024, (s) => {
        (s.applications.granted as number[])[0] = 4;
        (s.applications.granted as number[])[6] = 5;
      }),
    );
    expect(found).toEqual([
      {
        field:
          '表三 收到和处理政府信息公开申请情况 ›“（七）总计”行 ›“自然人”列（statistics.applications.totalProcessed[0]）',
        expected: '（七）总计 = （一）至（六）各行之和 = （一）4 + （二）0 + （三）1 + （四）1 + （五）0 + （六）0 = 6',
        found: '（七）总计填写为 5，比各行之和少 1',
      },
      {
        field:
          '表三 收到和处理政府信息公开申请情况 ›“（七）总计”行 ›“总计”列（statistics.applications.totalProcessed[6]）',
        expected: '（七）总计 = （一）至（六）各行之和 = （一）5 + （二）0 + （三）1 + （四）2 + （五）0 + （六）0 = 8',
        found: '（七）总计填写为 7，比各行之和少 1',
      },
    ]);
  });

  it('一 + 二 = （七）总计 + 四, per column', () => {
    const found = identityProblems(
      stats(2024, (s) => {
        (s.applications.carriedForward as number[])[1] = 1;
        (s.applications.carriedForward as number[])[6] = 2;
      }),
    );
    expect(found).toEqual([
      {
        field: '表三 收到和处理政府信息公开申请情况 ›“商业企业”列（statistics.applications 各行第2个数）',
        expected:
          '一、本年新收 + 二、上年结转 = 三、（七）总计 + 四、结转下年度继续办理（表头注明的勾稽关系：第一项加第二项之和，等于第三项加第四项之和）',
        found: '一 + 二 = 1 + 0 = 1；（七）总计 + 四 = 1 + 1 = 2；两边相差 1',
      },
      {
        field: '表三 收到和处理政府信息公开申请情况 ›“总计”列（statistics.applications 各行第7个数）',
        expected:
          '一、本年新收 + 二、上年结转 = 三、（七）总计 + 四、结转下年度继续办理（表头注明的勾稽关系：第一项加第二项之和，等于第三项加第四项之和）',
        found: '一 + 二 = 7 + 1 = 8；（七）总计 + 四 = 7 + 2 = 9；两边相差 1',
      },
    ]);
  });

  it('表四 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结, per group', () => {
    expect(identityProblems(stats(2024, (s) => (s.appeals.litigationDirect = [1, 0, 0, 0, 2])))).toEqual([
      {
        field:
          '表四 政府信息公开行政复议、行政诉讼情况 ›“行政诉讼 › 未经复议直接起诉”组 ›“总计”列（statistics.appeals.litigationDirect[4]）',
        expected: '总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 1 + 0 + 0 + 0 = 1',
        found: '总计填写为 2，比四项之和多 1',
      },
    ]);
  });

  it('counts the single （六）其他处理 row of the 2019 format into （七）总计', () => {
    const found = identityProblems(stats(2020, (s) => (s.applications.other = [1, 0, 0, 0, 0, 0, 1])));
    expect(found.map((p) => [p.field, p.expected])).toEqual([
      [
        '表三 收到和处理政府信息公开申请情况 ›“（七）总计”行 ›“自然人”列（statistics.applications.totalProcessed[0]）',
        '（七）总计 = （一）至（六）各行之和 = （一）3 + （二）0 + （三）1 + （四）1 + （五）0 + （六）1 = 6',
      ],
      [
        '表三 收到和处理政府信息公开申请情况 ›“（七）总计”行 ›“总计”列（statistics.applications.totalProcessed[6]）',
        '（七）总计 = （一）至（六）各行之和 = （一）4 + （二）0 + （三）1 + （四）2 + （五）0 + （六）1 = 8',
      ],
    ]);
  });
});

describe('carry-over between years', () => {
  it('warns when 二 of year N differs from 四 of year N−1, per column', () => {
    const previous = stats(2023, (s) => {
      (s.applications.carriedForward as number[])[0] = 2;
      (s.applications.carriedForward as number[])[6] = 2;
    });
    expect(carryOverProblems(previous, stats(2024), 2023, 'content/reports/2023-annual-report.md')).toEqual([
      {
        field:
          '表三 收到和处理政府信息公开申请情况 ›“二、上年结转政府信息公开申请数量”行 ›“自然人”列（statistics.applications.carriedOver[0]）',
        expected: '等于2023年年度报告“四、结转下年度继续办理”的同一列：2（content/reports/2023-annual-report.md）',
        found: '1，比上年结转下年度的数字少 1',
      },
      {
        field:
          '表三 收到和处理政府信息公开申请情况 ›“二、上年结转政府信息公开申请数量”行 ›“总计”列（statistics.applications.carriedOver[6]）',
        expected: '等于2023年年度报告“四、结转下年度继续办理”的同一列：2（content/reports/2023-annual-report.md）',
        found: '1，比上年结转下年度的数字少 1',
      },
    ]);
  });

  it('compares across the change of format (2020 → 2021)', () => {
    expect(carryOverProblems(stats(2020), stats(2021), 2020, 'a.md')).toEqual([]);
  });
});

describe('sections', () => {
  const six = formats[2021].sections;
  const body = (headings: string[]) =>
    `---\ntitle: x\n---\n\n引言。\n\n${headings.map((h) => `## ${h}\n\n正文。\n\n### （一）小标题\n`).join('\n')}`;

  it('reads the level-2 headings of the rendered body: ATX or setext, not in code, entities decoded', () => {
    expect(sectionHeadings(renderMarkdown(`${body([...six])}\n\`\`\`\n## 不是标题\n\`\`\`\n`))).toEqual([...six]);
    expect(
      sectionHeadings(renderMarkdown('## 一、总体情况 ##\n\n#### 四级\n\n二、主动公开政府信息情况\n---\n\n## A & B')),
    ).toEqual(['一、总体情况', '二、主动公开政府信息情况', 'A & B']);
  });

  it('accepts exactly the six sections in order and names what is wrong otherwise', () => {
    expect(sectionOrderProblem(six, six)).toBeUndefined();
    expect(sectionOrderProblem(six.slice(0, 5), six)).toBe('缺少“六、其他需要报告的事项”');
    expect(sectionOrderProblem([...six, '七、附件'], six)).toBe(
      '多出第7个二级标题“七、附件”（其余内容请用 ### 三级标题）',
    );
    expect(sectionOrderProblem([six[0]!, six[2]!, six[1]!, ...six.slice(3)], six)).toBe(
      '“二、主动公开政府信息情况”应为第2个二级标题，实际为第3个',
    );
    expect(sectionOrderProblem([six[0]!, '二、主动公开情况', ...six.slice(2)], six)).toBe(
      '第2个二级标题应为“二、主动公开政府信息情况”（繁體写作“二、主動公開政府信息情況”），实际为“二、主动公开情况”',
    );
  });

  it('accepts the six headings written in 繁體, and names both forms when one is wrong', () => {
    const hant = [
      '一、總體情況',
      '二、主動公開政府信息情況',
      '三、收到和處理政府信息公開申請情況',
      '四、政府信息公開行政復議、行政訴訟情況',
      '五、存在的主要問題及改進情況',
      '六、其他需要報告的事項',
    ];
    expect(sectionOrderProblem(hant, six)).toBeUndefined();
    expect(sectionOrderProblem([hant[0]!, hant[2]!, hant[1]!, ...hant.slice(3)], six)).toBe(
      '“二、主动公开政府信息情况”应为第2个二级标题，实际为第3个',
    );
    expect(sectionOrderProblem([...hant.slice(0, 4), '五、存在的問題', hant[5]!], six)).toBe(
      '第5个二级标题应为“五、存在的主要问题及改进情况”（繁體写作“五、存在的主要問題及改進情況”），实际为“五、存在的問題”',
    );
  });

  it('cuts rendered HTML at its h2 headings', () => {
    const { intro, sections } = splitAtSections(
      '<p>引言</p><h2 id="a">一、总体情况</h2><p>甲</p><h2 id="b">二、主动</h2><h3>小</h3>',
    );
    expect(intro).toBe('<p>引言</p>');
    expect(sections).toEqual([
      { heading: '<h2 id="a">一、总体情况</h2>', body: '<p>甲</p>' },
      { heading: '<h2 id="b">二、主动</h2>', body: '<h3>小</h3>' },
    ]);
    expect(splitAtSections('<h2>一</h2>').intro).toBe('');
  });
});

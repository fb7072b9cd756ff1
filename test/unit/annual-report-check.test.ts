/**
 * 年报 figures counted from the catalogue, the deadline of 条例 art. 49 and
 * the whole 年报 check as `npm run check` runs it on the fixture site.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueStats, type CatalogueRecord } from '../../src/annual-report/catalogue-stats.ts';
import { compareWithCatalogue, publishedByCategory } from '../../src/annual-report/compare.ts';
import { dueReportYear, pastDeadline } from '../../src/annual-report/deadline.ts';
import { buildDate } from '../../src/utils/dates.ts';
import { withFormat } from '../../src/schemas/annual-report-statistics.ts';
import { checkContent } from '../../src/checks/check-content.ts';
import { validStatistics } from '../support/annual-statistics.ts';
import { replaceIn, writeFixtureContent } from '../support/fixture-content.ts';

const policy = (kind: string, writtenDate: string, publishDate: string, end?: [string, string]): CatalogueRecord => ({
  kind,
  writtenDate,
  publishDate: `${publishDate} 10:00`,
  validity: end?.[0] ?? '有效',
  validityDate: end?.[1],
  columns: [({ 规章: 'gz', 行政规范性文件: 'gfxwj' } as Record<string, string>)[kind] ?? 'qtwj', 'zcwj'],
});

/** A small catalogue: 规章 and 行政规范性文件 issued, repealed and expired over 2019–2025. */
const records: CatalogueRecord[] = [
  policy('规章', '2018-06-12', '2018-06-20'),
  policy('规章', '2020-05-20', '2020-05-28'),
  policy('行政规范性文件', '2019-04-10', '2019-04-16', ['废止', '2024-12-20']),
  policy('行政规范性文件', '2020-08-14', '2020-08-21'),
  // Written in December, published in January: issued in 2020, published in 2021.
  policy('行政规范性文件', '2020-12-28', '2021-01-05', ['失效', '2023-12-31']),
  policy('行政规范性文件', '2024-03-05', '2024-03-12', ['废止', '2025-10-01']),
  policy('其他文件', '2024-05-20', '2024-05-23'),
  { publishDate: '2024-06-01 09:00', columns: ['xzxk'] },
  { publishDate: '2025-01-20 10:00', columns: ['nb'] },
];

describe('catalogueStats', () => {
  const stats = catalogueStats(records, [2020, 2021, 2023, 2024, 2025]);

  it('counts issued (成文日期), repealed or expired, and in force at year end, per kind', () => {
    expect(stats.get(2020)!.regulations).toMatchObject({ issued: 1, repealed: 0, inForce: 2 });
    expect(stats.get(2020)!.normativeDocuments).toMatchObject({ issued: 2, repealed: 0, inForce: 3 });
    expect(stats.get(2023)!.normativeDocuments).toMatchObject({ issued: 0, repealed: 1, inForce: 2 });
    expect(stats.get(2024)!.normativeDocuments).toMatchObject({ issued: 1, repealed: 1, inForce: 2 });
    expect(stats.get(2025)!.normativeDocuments).toMatchObject({ issued: 0, repealed: 1, inForce: 1 });
  });

  it('counts the 2019 format’s 新公开 (发布日期) and 对外公开总数量 (published by year end, whatever their validity now)', () => {
    expect(stats.get(2020)!.normativeDocuments).toMatchObject({ published: 1, publishedToDate: 2 });
    expect(stats.get(2021)!.normativeDocuments).toMatchObject({ published: 1, publishedToDate: 3 });
    expect(stats.get(2020)!.regulations).toMatchObject({ published: 1, publishedToDate: 2 });
  });

  it('counts items published per column and in all', () => {
    expect(Object.fromEntries(stats.get(2024)!.published)).toEqual({ gfxwj: 1, qtwj: 1, zcwj: 2, xzxk: 1 });
    expect(stats.get(2024)!.publishedTotal).toBe(3);
    expect(stats.get(2025)!.published.get('nb')).toBe(1);
  });

  it('takes one pass over 100,000 records in well under a second', () => {
    const many: CatalogueRecord[] = [];
    const kinds = ['规章', '行政规范性文件', '其他文件'];
    for (let i = 0; i < 100_000; i++) {
      const year = 2010 + (i % 16);
      many.push(
        policy(
          kinds[i % 3]!,
          `${year}-03-0${1 + (i % 9)}`,
          `${year}-03-1${i % 10}`,
          i % 7 === 0 ? ['废止', `${year + 2}-01-01`] : undefined,
        ),
      );
    }
    const started = performance.now();
    const result = catalogueStats(many, [2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    const ms = performance.now() - started;
    expect(result.get(2025)!.normativeDocuments.issued).toBe(
      many.filter((r) => r.kind === '行政规范性文件' && r.writtenDate!.startsWith('2025')).length,
    );
    expect(ms).toBeLessThan(1000);
  });
});

describe('compareWithCatalogue', () => {
  it('pairs each entered policy figure and per-column count with the catalogue’s, with what was counted', () => {
    const raw = validStatistics('2021');
    raw.proactive.normativeDocuments = [2, 1, 2];
    const s = { ...withFormat(2024, raw)!, published: { zcwj: 2, xzxk: 5 } };
    const computed = catalogueStats(records, [2024]).get(2024)!;
    const pairs = compareWithCatalogue(
      2024,
      s,
      computed,
      new Map([
        ['zcwj', '政策文件'],
        ['xzxk', '行政许可'],
      ]),
    );
    expect(pairs.map((p) => [p.row, p.column, p.entered, p.computed, p.basis])).toEqual([
      ['规章', '本年制发件数', 0, 0, '成文日期在2024年的规章'],
      ['规章', '本年废止件数', 0, 0, '2024年废止或失效的规章'],
      ['规章', '现行有效件数', 0, 2, '2024年12月31日仍有效的规章'],
      ['行政规范性文件', '本年制发件数', 2, 1, '成文日期在2024年的行政规范性文件'],
      ['行政规范性文件', '本年废止件数', 1, 1, '2024年废止或失效的行政规范性文件'],
      ['行政规范性文件', '现行有效件数', 2, 2, '2024年12月31日仍有效的行政规范性文件'],
      ['政策文件', '本年主动公开信息数量（按栏目）', 2, 2, '发布日期在2024年的“政策文件”栏目信息'],
      ['行政许可', '本年主动公开信息数量（按栏目）', 5, 1, '发布日期在2024年的“行政许可”栏目信息'],
    ]);
  });

  it('lists the year’s items per top-level column beside any entered counts, entered child columns last', () => {
    const computed = catalogueStats(records, [2024]).get(2024)!;
    const names = new Map([
      ['zcwj', '政策文件'],
      ['gfxwj', '行政规范性文件'],
      ['xzxk', '行政许可'],
      ['nb', '政府信息公开年报'],
    ]);
    const categories = [
      { key: 'zcwj', name: '政策文件' },
      { key: 'xzxk', name: '行政许可' },
      { key: 'nb', name: '政府信息公开年报' },
    ];
    expect(publishedByCategory(computed, categories, names, { zcwj: 2, gfxwj: 3 })).toEqual([
      { key: 'zcwj', name: '政策文件', computed: 2, entered: 2 },
      { key: 'xzxk', name: '行政许可', computed: 1, entered: undefined },
      { key: 'nb', name: '政府信息公开年报', computed: 0, entered: undefined },
      { key: 'gfxwj', name: '行政规范性文件', computed: 1, entered: 3 },
    ]);
  });

  it('compares the 2019 columns with 新制作, 新公开 and 对外公开总数量', () => {
    const s = withFormat(2020, validStatistics('2019'))!;
    const pairs = compareWithCatalogue(2020, s, catalogueStats(records, [2020]).get(2020)!, new Map());
    expect(pairs.filter((p) => p.row === '规范性文件').map((p) => [p.column, p.computed, p.basis])).toEqual([
      ['本年新制作数量', 2, '成文日期在2020年的行政规范性文件'],
      ['本年新公开数量', 1, '发布日期在2020年的行政规范性文件'],
      ['对外公开总数量', 2, '2020年12月31日前发布的行政规范性文件'],
    ]);
  });
});

describe('deadline (条例 art. 49)', () => {
  it('is the build date in Beijing time, or GONGKAI_TODAY', () => {
    // 2026-01-31 20:00 UTC is already 1 February in Beijing.
    expect(buildDate({}, Date.UTC(2026, 0, 31, 20))).toBe('2026-02-01');
    expect(buildDate({}, Date.UTC(2026, 0, 31, 15, 59))).toBe('2026-01-31');
    expect(buildDate({ GONGKAI_TODAY: '2027-03-01' })).toBe('2027-03-01');
    expect(() => buildDate({ GONGKAI_TODAY: '2027-02-30' })).toThrow(
      'GONGKAI_TODAY 应为日期，格式 YYYY-MM-DD，实际为“2027-02-30”',
    );
  });

  it('makes last year’s report due after 31 January', () => {
    expect(dueReportYear('2026-01-31')).toBe(2025);
    expect(pastDeadline('2026-01-31')).toBe(false);
    expect(pastDeadline('2026-02-01')).toBe(true);
  });
});

describe('the 年报 part of checkContent on the fixture site', () => {
  let tmp = '';
  let n = 0;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-annual-'));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  /** A fresh fixture folder, how the checker names its files, and an edit that fails loudly. */
  function fixture() {
    const dir = path.join(tmp, `case-${++n}`);
    writeFixtureContent(dir);
    const file = (rel: string) => path.join(path.relative(process.cwd(), dir), rel);
    const edit = (rel: string, from: string, to: string) => replaceIn(dir, rel, from, to);
    return { dir, file, edit };
  }

  it('has nothing to say about the fixture’s four reports (2018 free-form, 2020, 2024, 2025)', () => {
    const { dir } = fixture();
    const report = checkContent(dir, { today: '2026-06-01' });
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it('stops on a broken identity, naming the file', () => {
    const { dir, file, edit } = fixture();
    edit('reports/annual-2024.md', 'review:                [1, 0, 0, 0, 1]', 'review:                [1, 0, 0, 0, 2]');
    expect(checkContent(dir, { today: '2026-06-01' }).errors).toEqual([
      {
        file: file('reports/annual-2024.md'),
        line: 51,
        field: '表四 政府信息公开行政复议、行政诉讼情况 ›“行政复议”组 ›“总计”列（statistics.appeals.review[4]）',
        expected: '总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 1 + 0 + 0 + 0 = 1',
        found: '总计填写为 2，比四项之和多 1',
      },
    ]);
  });

  it('stops on sections out of order', () => {
    const { dir, file, edit } = fixture();
    edit('reports/annual-2020.md', '## 五、存在的主要问题及改进情况', '## 五、存在的问题');
    expect(checkContent(dir, { today: '2026-06-01' }).errors).toEqual([
      {
        file: file('reports/annual-2020.md'),
        line: 54,
        field: '正文二级标题（## ）',
        expected:
          '年度报告正文应依次有这六个二级标题，不多不少：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项',
        found:
          '第5个二级标题应为“五、存在的主要问题及改进情况”（繁體写作“五、存在的主要問題及改進情況”），实际为“五、存在的问题”',
      },
    ]);
  });

  it('stops on two reports for one year and on a column key the site does not have', () => {
    const { dir, file, edit } = fixture();
    fs.copyFileSync(path.join(dir, 'reports/annual-2025.md'), path.join(dir, 'reports/annual-2025-copy.md'));
    edit('reports/annual-2025-copy.md', '    zcwj: 1', '    zcwjj: 1');
    const { errors } = checkContent(dir, { today: '2026-06-01' });
    expect(errors.map((e) => [e.line, e.file, e.field, e.found])).toEqual([
      [
        56,
        file('reports/annual-2025-copy.md'),
        '本年主动公开信息数量（按栏目） › 栏目代码（statistics.published.zcwjj）',
        '"zcwjj"',
      ],
      [7, file('reports/annual-2025.md'), '报告年度（year）', '2025（数字）'],
    ]);
    expect(errors[0]!.expected).toMatch(
      /^信息公开目录的栏目代码之一：zcwj（政策文件）、gz（规章）、.*、nb（政府信息公开年报）$/,
    );
    expect(errors[1]!.expected).toBe(`每个年度只有一份年度报告；2025年度已有 ${file('reports/annual-2025-copy.md')}`);
  });

  it('warns when a figure differs from the catalogue', () => {
    const { dir, file, edit } = fixture();
    edit('reports/annual-2025.md', 'normativeDocuments: [1, 1, 1]', 'normativeDocuments: [2, 1, 1]');
    expect(checkContent(dir, { today: '2026-06-01' }).warnings).toEqual([
      {
        file: file('reports/annual-2025.md'),
        line: 12,
        field:
          '表二 主动公开政府信息情况 ›“行政规范性文件”行 ›“本年制发件数”列（statistics.proactive.normativeDocuments[0]）',
        expected: '与本站政府信息公开目录的统计一致：成文日期在2025年的行政规范性文件共 1 件',
        found: '报告填写 2，比目录统计多 1；如目录缺少文件请补录，如报告有误请更正',
      },
    ]);
  });

  it('warns when 二 of 2025 differs from 四 of 2024', () => {
    const { dir, file, edit } = fixture();
    edit(
      'reports/annual-2024.md',
      'carriedForward:      [1, 0, 0, 0, 0, 0, 1]',
      'carriedForward:      [0, 1, 0, 0, 0, 0, 1]',
    );
    edit(
      'reports/annual-2024.md',
      'totalProcessed:      [10, 2, 0, 0, 1, 0, 13]',
      'totalProcessed:      [11, 1, 0, 0, 1, 0, 13]',
    );
    edit(
      'reports/annual-2024.md',
      'granted:             [6, 1, 0, 0, 1, 0, 8]',
      'granted:             [7, 0, 0, 0, 1, 0, 8]',
    );
    const report = checkContent(dir, { today: '2026-06-01' });
    expect(report.errors).toEqual([]);
    expect(report.warnings.map((w) => [w.file, w.field, w.found])).toEqual([
      [
        file('reports/annual-2025.md'),
        '表三 收到和处理政府信息公开申请情况 ›“二、上年结转政府信息公开申请数量”行 ›“自然人”列（statistics.applications.carriedOver[0]）',
        '1，比上年结转下年度的数字多 1',
      ],
      [
        file('reports/annual-2025.md'),
        '表三 收到和处理政府信息公开申请情况 ›“二、上年结转政府信息公开申请数量”行 ›“商业企业”列（statistics.applications.carriedOver[1]）',
        '0，比上年结转下年度的数字少 1',
      ],
    ]);
  });

  it('warns after 31 January when last year’s report is missing, not before', () => {
    const { dir, file } = fixture();
    // By 2027 the fixture's open 征集意见 (closed 2026-06-16) is also reminded of its feedback: not this test's subject.
    const reportWarnings = (today: string) =>
      checkContent(dir, { today }).warnings.filter((w) => !w.file.includes(`${path.sep}consultations${path.sep}`));
    expect(reportWarnings('2027-01-31')).toEqual([]);
    expect(reportWarnings('2027-02-01')).toEqual([
      {
        file: file('reports'),
        field: '2026年度政府信息公开工作年度报告',
        expected: '按《条例》第四十九条，2026年度报告应于2027年1月31日前公布（reportType: 年度报告，year: 2026）',
        found: '今天是2027-02-01，本站还没有2026年度的年度报告',
      },
    ]);
  });
});

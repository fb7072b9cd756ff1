/**
 * The 年报 on the built sample site: the three tables in the format's
 * layout with their header associations, the CSV and JSON files matching the
 * content, the catalogue check, the overview's charts; on a variant of the
 * fixture the visible note and build warning for a figure that differs from
 * the catalogue; and a broken identity stopping the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { formats, rowValues } from '../../src/schemas/annual-report-format.ts';
import type { FormattedStatistics } from '../../src/schemas/annual-report-statistics.ts';
import { checkContent } from '../../src/checks/check-content.ts';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { replaceIn, writeFixtureContent } from '../support/fixture-content.ts';
import { readPage } from '../support/html.ts';
import { fixtureDist, projectRoot, sampleDist, testTmp } from '../support/paths.ts';

interface Overview {
  years: { reportYear: number; format: string; url: string; data: string }[];
}

const sampleContent = path.join(projectRoot, 'content');
/** The sample's 年度报告 with statistics, by report year, as the checker reads them. */
const reports = new Map(
  checkContent(sampleContent)
    .entries.filter((e) => e.collection === 'reports' && e.data.statistics)
    .map((e) => [e.data.year as number, e.data.statistics as FormattedStatistics]),
);
const overview = (dist: string) =>
  JSON.parse(fs.readFileSync(path.join(dist, 'zwgk/nb/data.json'), 'utf8')) as Overview;
const pageOf = (dist: string, year: number) => overview(dist).years.find((y) => y.reportYear === year)!.url;

/** CSV text → rows of fields (the files quote nothing but fields with commas or quotes). */
function parseCsv(file: string): string[][] {
  const text = fs.readFileSync(file, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  return text
    .slice(1)
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));
}

/** Each data cell's `headers` name <th> cells of the same table; returns the header texts of a cell. */
function headerTexts($: CheerioAPI, table: string, cell: Parameters<CheerioAPI>[0]): string[] {
  return ($(cell).attr('headers') ?? '').split(' ').map((id) => {
    const th = $(`${table} th#${id}`);
    expect(th, id).toHaveLength(1);
    return th.text();
  });
}

describe('the sample site’s 年报', () => {
  it('has reports 2020 to 2025 with statistics, 2020 in the 2019 format', () => {
    expect([...reports.keys()].sort()).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(overview(sampleDist).years.map((y) => [y.reportYear, y.format])).toEqual([
      [2020, '2019'],
      [2021, '2021'],
      [2022, '2021'],
      [2023, '2021'],
      [2024, '2021'],
      [2025, '2021'],
    ]);
  });

  it.each([2020, 2024])('%i: puts tables 二, 三 and 四 right under the headings of sections 二, 三 and 四', (year) => {
    const $ = readPage(sampleDist, pageOf(sampleDist, year));
    expect(
      $('article.annual-report h2')
        .map((_i, h) => $(h).text())
        .get(),
    ).toEqual([...formats[2021].sections]);
    for (const [n, heading] of [
      [2, '二、'],
      [3, '三、'],
      [4, '四、'],
    ] as const) {
      const table = $(`#nb-table-${n}`);
      expect(table.find('caption').text()).toMatch(new RegExp(`^表${'二三四'[n - 2]} `));
      expect(table.closest('.table-scroll').prev('h2').text().startsWith(heading)).toBe(true);
    }
  });

  it.each([
    [2024, 25, 22],
    [2020, 23, 20],
  ])('%i: table 三 has %i rows and 三、本年度办理结果 spans %i', (year, rows, span) => {
    const $ = readPage(sampleDist, pageOf(sampleDist, year));
    const t = $('#nb-table-3');
    expect(t.find('tbody tr')).toHaveLength(rows);
    expect(t.find('thead tr')).toHaveLength(3);
    expect(t.find('th:contains("三、本年度办理结果")').attr('rowspan')).toBe(String(span));
    expect(t.find('th:contains("申请人情况")').attr('colspan')).toBe('7');
    expect(t.find('th:contains("法人或其他组织")').attr('colspan')).toBe('5');
    // Every row is 10 columns wide once spans are counted: 3 label columns and 7 numbers.
    expect(t.find('tbody tr td')).toHaveLength(rows * 7);
  });

  it('associates every number of every table with its headers and shows the entered values', () => {
    for (const [year, stats] of reports) {
      const $ = readPage(sampleDist, pageOf(sampleDist, year));
      for (const n of [2, 3, 4]) {
        const cells = $(`#nb-table-${n} td.num`);
        expect(cells.length).toBeGreaterThan(0);
        cells.each((_i, td) => void expect(headerTexts($, `#nb-table-${n}`, td).length).toBeGreaterThan(1));
        $(`#nb-table-${n} th`).each(
          (_i, th) => void expect($(th).attr('scope')).toMatch(/^(col|colgroup|row|rowgroup)$/),
        );
      }
      const denied = $('#nb-table-3 tr:has(th:contains("1.属于国家秘密")) td');
      expect(headerTexts($, '#nb-table-3', denied[1]!)).toEqual([
        '申请人情况',
        '法人或其他组织',
        '商业企业',
        '三、本年度办理结果',
        '（三）不予公开',
        '1.属于国家秘密',
      ]);
      const received = $('#nb-table-3 tbody tr')
        .first()
        .find('td')
        .map((_i, td) => Number($(td).text()))
        .get();
      expect(received).toEqual(rowValues(stats.applications, 'newReceived'));
      expect(
        $('#nb-table-4 td')
          .map((_i, td) => Number($(td).text()))
          .get(),
      ).toEqual(formats[stats.format].table4.groups.flatMap((g) => stats.appeals[g.key]!));
    }
  });

  it('writes three CSV files and a JSON file per year that parse and match the content', () => {
    for (const [year, stats] of reports) {
      const format = formats[stats.format];
      const dir = path.join(sampleDist, 'zwgk/nb', String(year));
      const t3 = parseCsv(path.join(dir, 'table3.csv'));
      expect(t3).toHaveLength(format.table3.rows.length + 1);
      format.table3.rows.forEach((r, i) =>
        expect(t3[i + 1]!.slice(1).map(Number)).toEqual(rowValues(stats.applications, r.key)),
      );
      const t2 = parseCsv(path.join(dir, 'table2.csv'));
      const t2Values = format.table2.flatMap((b) => b.rows.flatMap((r) => stats.proactive[r.key]!));
      expect(t2.slice(1).map((row) => Number(row[3]))).toEqual(t2Values);
      const t4 = parseCsv(path.join(dir, 'table4.csv'));
      expect(t4.slice(1).map((row) => row.slice(1).map(Number))).toEqual(
        format.table4.groups.map((g) => stats.appeals[g.key]),
      );
      const json = JSON.parse(fs.readFileSync(path.join(dir, 'data.json'), 'utf8')) as {
        reportYear: number;
        statistics: unknown;
        format: { id: string };
      };
      const { format: _id, ...entered } = stats;
      expect(json.reportYear).toBe(year);
      expect(json.format.id).toBe(stats.format);
      expect(json.statistics).toEqual(entered);
    }
  });

  it('links each table to its CSV and the report to its JSON', () => {
    const $ = readPage(sampleDist, pageOf(sampleDist, 2025));
    const links = $('.data-downloads a')
      .map((_i, a) => $(a).attr('href'))
      .get();
    expect(links).toEqual([
      '/zwgk/nb/2025/table2.csv',
      '/zwgk/nb/2025/table3.csv',
      '/zwgk/nb/2025/table4.csv',
      '/zwgk/nb/2025/data.json',
    ]);
    expect(
      $('.table-download a')
        .map((_i, a) => $(a).attr('href'))
        .get(),
    ).toEqual(links.slice(0, 3));
  });

  it('shows the figures counted from the catalogue beside the entered ones: all equal on the sample', () => {
    const $ = readPage(sampleDist, pageOf(sampleDist, 2024));
    const check = $('#catalogue-check');
    expect(check.is('details:not([open])')).toBe(true);
    expect(check.find('.check-note').text()).toContain('方便您查找原文');
    const rows = (table: string) =>
      $(table)
        .find('tbody tr')
        .map((_i, tr) => [
          $(tr)
            .find('th, td')
            .map((_j, c) => $(c).text())
            .get(),
        ])
        .get();
    const table2 = rows('#catalogue-check table:has(#catalogue-check-caption)');
    expect(table2).toHaveLength(6);
    expect(table2).toContainEqual([
      '行政规范性文件 · 现行有效件数',
      '8',
      '8',
      '2024年12月31日仍有效的行政规范性文件',
      '相同',
    ]);
    // Per column: the catalogue's count, the report's own where it gave one.
    const categories = rows('#catalogue-check table:has(#catalogue-categories-caption)');
    expect($('#catalogue-categories-caption').text()).toBe('2024年本站主动公开信息（按栏目，以发布日期计）');
    expect(categories[0]).toEqual(['政策文件', '8', '8', '相同']);
    expect(categories).toContainEqual(['政策解读', '3', '3', '相同']);
    expect(categories).toContainEqual(['统计信息', '0', '—', '—']);
    expect(categories).toContainEqual(['政府信息公开年报', '1', '—', '—']);
    expect(categories.at(-1)![0]).toBe('合计');
    expect(Number(categories.at(-1)![1])).toBe(categories.slice(0, -1).reduce((n, r) => n + Number(r[1]), 0));
    expect($('.check-alert')).toHaveLength(0);
  });

  it('overview: charts as inline SVG with a text alternative and a data table each, no script of its own', () => {
    const $ = readPage(sampleDist, '/zwgk/nb/');
    expect($('.doc-list li')).toHaveLength(6);
    const charts = $('figure.chart');
    expect(charts.map((_i, f) => $(f).find('figcaption').text()).get()).toEqual([
      '政府信息公开申请数量',
      '申请办理结果构成',
      '主动公开的规章和行政规范性文件（本年制发件数）',
    ]);
    charts.each((_i, f) => {
      const svg = $(f).find('svg');
      expect(svg.attr('role')).toBe('img');
      expect($(`#${svg.attr('aria-labelledby')}`).is('title')).toBe(true);
      const desc = $(`#${svg.attr('aria-describedby')}`);
      expect(desc.is('desc')).toBe(true);
      expect(desc.text()).toMatch(/2020年：.*2025年：/);
      const table = $(f).find('table');
      expect(table.find('caption').text()).toContain('数据表');
      expect(table.find('tbody tr')).toHaveLength(6);
    });
    expect($('#chart-applications-desc').text()).toBe(
      '政府信息公开申请数量。2020年：本年新收38件，本年办结37件；2021年：本年新收45件，本年办结46件；2022年：本年新收51件，本年办结50件；2023年：本年新收57件，本年办结56件；2024年：本年新收66件，本年办结65件；2025年：本年新收79件，本年办结80件。',
    );
    expect($('#chart-applications rect, figure.chart rect.chart-bar').length).toBeGreaterThan(12);
    const scripts = (url: string) =>
      readPage(
        sampleDist,
        url,
      )('script')
        .map((_i, s) => readPage(sampleDist, url)(s).html())
        .get();
    expect(scripts('/zwgk/nb/')).toEqual(scripts('/zwgk/zn/'));
    expect(fs.existsSync(path.join(sampleDist, 'zwgk/nb/data.json'))).toBe(true);
  });

  it('has print styles for the tables', () => {
    const $ = readPage(sampleDist, pageOf(sampleDist, 2024));
    const css = $('link[rel="stylesheet"]')
      .map((_i, l) => fs.readFileSync(path.join(sampleDist, $(l).attr('href')!), 'utf8'))
      .get()
      .join('\n');
    const print = css.slice(css.lastIndexOf('@media print'));
    expect(print).toMatch(/@page\{size:A4/);
    expect(print).toContain('.annual-table');
  });
});

describe('the fixture site’s free-form and 2019 reports', () => {
  it('keeps a 2018 report as plain Markdown with its own table, and has no data files for it', () => {
    const years = overview(fixtureDist).years.map((y) => y.reportYear);
    expect(years).toEqual([2020, 2024, 2025]);
    const $ = readPage(fixtureDist, '/zwgk/nb/');
    const link = $('.doc-list a:contains("2018年")').attr('href')!;
    const page = readPage(fixtureDist, link);
    expect(page('.annual-table')).toHaveLength(0);
    expect(page('.doc-body table caption').text()).toBe('表1 依申请公开情况');
    expect(fs.existsSync(path.join(fixtureDist, 'zwgk/nb/2018'))).toBe(false);
  });
});

describe('a figure that differs from the catalogue', () => {
  let result: BuildResult;
  const dist = path.join(testTmp, 'annual-warning-dist');
  beforeAll(() => {
    const content = path.join(testTmp, 'annual-warning-content');
    writeFixtureContent(content);
    replaceIn(content, 'reports/annual-2025.md', 'normativeDocuments: [1, 1, 1]', 'normativeDocuments: [2, 1, 1]');
    fs.rmSync(dist, { recursive: true, force: true });
    result = buildSite(content, dist);
  });

  it('builds, with a warning that names the cell and both numbers', () => {
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('1 个提醒（不影响生成）');
    expect(result.output).toContain('reports/annual-2025.md');
    expect(result.output).toContain(
      '表二 主动公开政府信息情况 ›“行政规范性文件”行 ›“本年制发件数”列（statistics.proactive.normativeDocuments[0]）',
    );
    expect(result.output).toContain('要求：与本站政府信息公开目录的统计一致：成文日期在2025年的行政规范性文件共 1 件');
    expect(result.output).toContain('实际：报告填写 2，比目录统计多 1；如目录缺少文件请补录，如报告有误请更正');
  });

  it('keeps the difference off the public page: no alert, only the folded note with both numbers', () => {
    const $ = readPage(dist, pageOf(dist, 2025));
    expect($('.check-alert')).toHaveLength(0);
    expect($('.check-differs')).toHaveLength(0);
    expect($('#catalogue-check').is('details:not([open])')).toBe(true);
    expect($('#catalogue-check tr.differs td').last().text()).toBe('相差1');
  });
});

describe('a broken identity in a sample report', () => {
  it('stops the build, naming the file, the cell and both numbers', () => {
    const content = path.join(testTmp, 'annual-broken-content');
    const out = path.join(testTmp, 'annual-broken-dist');
    fs.rmSync(content, { recursive: true, force: true });
    fs.cpSync(sampleContent, content, { recursive: true });
    replaceIn(
      content,
      'reports/2024-annual-report.md',
      'granted:             [22, 5, 0, 1, 1, 0, 29]',
      'granted:             [22, 5, 0, 1, 1, 0, 30]',
    );
    fs.rmSync(out, { recursive: true, force: true });
    const result = buildSite(content, out);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('reports/2024-annual-report.md');
    expect(result.output).toContain(
      '表三 收到和处理政府信息公开申请情况 ›“（一）予以公开”行 ›“总计”列（statistics.applications.granted[6]）',
    );
    expect(result.output).toContain(
      '要求：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他 = 22 + 5 + 0 + 1 + 1 + 0 = 29',
    );
    expect(result.output).toContain('实际：总计填写为 30，比六类申请人之和多 1');
    expect(fs.existsSync(out)).toBe(false);
  });
});

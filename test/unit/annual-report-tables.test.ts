/**
 * The table layouts (rows, columns, spans, header associations), the CSV and
 * JSON files and the chart geometry, on statistics of both formats.
 */
import { describe, expect, it } from 'vitest';
import { catalogueStats } from '../../src/annual-report/catalogue-stats.ts';
import { chartGeometry, chartSummary, niceScale, overviewCharts } from '../../src/annual-report/charts.ts';
import { reportJson, tableCsv, toCsv } from '../../src/annual-report/downloads.ts';
import { formats } from '../../src/schemas/annual-report-format.ts';
import { withFormat } from '../../src/schemas/annual-report-statistics.ts';
import {
  formatNumber,
  table2Layout,
  table3Layout,
  table4Layout,
  type LayoutCell,
  type TableLayout,
} from '../../src/annual-report/table-layout.ts';
import { validStatistics } from '../support/annual-statistics.ts';

const s2021 = withFormat(2024, validStatistics('2021'))!;
const s2019 = withFormat(2020, {
  ...validStatistics('2019'),
  proactive: { ...validStatistics('2019').proactive, licensing: [31, -3, 12654] },
})!;

/** Places every cell on a grid, honouring rowspan and colspan, as a browser does. */
function grid(rows: LayoutCell[][]): (LayoutCell | undefined)[][] {
  const out: (LayoutCell | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (out[r]![c]) c++;
      for (let dr = 0; dr < (cell.rowspan ?? 1); dr++)
        for (let dc = 0; dc < (cell.colspan ?? 1); dc++) out[r + dr]![c + dc] = cell;
      c += cell.colspan ?? 1;
    }
  });
  return out;
}

const allRows = (t: TableLayout) => [...t.head, ...t.bodies.flat()];
const text = (ids: string[] | undefined, t: TableLayout) =>
  (ids ?? []).map(
    (id) =>
      allRows(t)
        .flat()
        .find((c) => c.id === id)!.text,
  );

/** Every header id a data cell points at exists in the same table and is a <th>; every id is unique. */
function checkHeaders(t: TableLayout): void {
  const cells = allRows(t).flat();
  const ids = cells.filter((c) => c.id).map((c) => c.id!);
  expect(new Set(ids).size).toBe(ids.length);
  for (const c of cells) {
    for (const id of c.headers ?? []) expect(cells.find((x) => x.id === id)?.tag, `${c.text} → ${id}`).toBe('th');
    if (c.tag === 'td' && c.numeric) expect(c.headers?.length).toBeGreaterThan(0);
  }
}

describe('table 三 layout', () => {
  it('2021: 3 header rows, 25 body rows, 10 columns everywhere, the grouped rows spanning 22, 8, 3, 5 and 3', () => {
    const t = table3Layout(s2021, formats[2021]);
    expect(t.caption).toBe('表三 收到和处理政府信息公开申请情况');
    expect(t.head).toHaveLength(3);
    expect(t.bodies.map((b) => b.length)).toEqual([2, 22, 1]);
    const g = grid(allRows(t));
    for (const row of g) expect(row).toHaveLength(10);
    expect(t.head[0]![0]).toMatchObject({
      tag: 'td',
      colspan: 3,
      rowspan: 3,
      text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    });
    expect(t.head[0]![1]).toMatchObject({ tag: 'th', text: '申请人情况', colspan: 7, scope: 'colgroup' });
    expect(t.head[1]!.map((c) => [c.text, c.colspan ?? 1, c.rowspan ?? 1])).toEqual([
      ['自然人', 1, 2],
      ['法人或其他组织', 5, 1],
      ['总计', 1, 2],
    ]);
    const spans = t.bodies[1]!.flat()
      .filter((c) => (c.rowspan ?? 1) > 1)
      .map((c) => [c.text, c.rowspan]);
    expect(spans).toEqual([
      ['三、本年度办理结果', 22],
      ['（三）不予公开', 8],
      ['（四）无法提供', 3],
      ['（五）不予处理', 5],
      ['（六）其他处理', 3],
    ]);
    checkHeaders(t);
  });

  it('2019: （六）其他处理 is one row, 三、本年度办理结果 spans 20', () => {
    const t = table3Layout(s2019, formats[2019]);
    expect(t.bodies.map((b) => b.length)).toEqual([2, 20, 1]);
    expect(t.bodies[1]![0]![0]).toMatchObject({ text: '三、本年度办理结果', rowspan: 20 });
    const other = t.bodies[1]!.flat().find((c) => c.text === '（六）其他处理')!;
    expect(other).toMatchObject({ tag: 'th', colspan: 2, scope: 'row' });
    for (const row of grid(allRows(t))) expect(row).toHaveLength(10);
    checkHeaders(t);
  });

  it('associates each number with every header above and beside it', () => {
    const t = table3Layout(s2021, formats[2021]);
    const row = t.bodies[1]!.find((r) => r.some((c) => c.text === '1.属于国家秘密'))!;
    const commercial = row.filter((c) => c.tag === 'td')[1]!;
    expect(text(commercial.headers, t)).toEqual([
      '申请人情况',
      '法人或其他组织',
      '商业企业',
      '三、本年度办理结果',
      '（三）不予公开',
      '1.属于国家秘密',
    ]);
    const first = t.bodies[0]![0]!.filter((c) => c.tag === 'td')[0]!;
    expect(text(first.headers, t)).toEqual(['申请人情况', '自然人', '一、本年新收政府信息公开申请数量']);
    expect(first.text).toBe('5');
  });
});

describe('table 二 layout', () => {
  it('2021: four blocks of 4 columns; single-number columns span three', () => {
    const t = table2Layout(s2021, formats[2021]);
    expect(t.bodies).toHaveLength(4);
    for (const row of grid(allRows(t))) expect(row).toHaveLength(4);
    expect(t.bodies[0]![0]![0]).toMatchObject({ text: '第二十条第（一）项', colspan: 4, scope: 'rowgroup' });
    expect(t.bodies[1]![1]!.map((c) => [c.text, c.colspan ?? 1])).toEqual([
      ['信息内容', 1],
      ['本年处理决定数量', 3],
    ]);
    const licensing = t.bodies[1]![2]!;
    expect(licensing.map((c) => [c.tag, c.text, c.colspan ?? 1])).toEqual([
      ['th', '行政许可', 1],
      ['td', '0', 3],
    ]);
    expect(text(licensing[1]!.headers, t)).toEqual(['第二十条第（五）项', '本年处理决定数量', '行政许可']);
    checkHeaders(t);
  });

  it('2019: five blocks, a minus sign for decreases, the last column spanning what is left', () => {
    const t = table2Layout(s2019, formats[2019]);
    expect(t.bodies.map((b) => b[0]![0]!.text)).toEqual([
      '第二十条第（一）项',
      '第二十条第（五）项',
      '第二十条第（六）项',
      '第二十条第（八）项',
      '第二十条第（九）项',
    ]);
    expect(t.bodies[1]![2]!.map((c) => c.text)).toEqual(['行政许可', '31', '−3', '12654']);
    expect(t.bodies[3]![1]!.map((c) => [c.text, c.colspan ?? 1])).toEqual([
      ['信息内容', 1],
      ['上一年项目数量', 1],
      ['本年增/减', 2],
    ]);
    for (const row of grid(allRows(t))) expect(row).toHaveLength(4);
    checkHeaders(t);
    expect(formatNumber(-18)).toBe('−18');
  });
});

describe('table 四 layout', () => {
  it('3 header rows over 15 columns, one data row', () => {
    const t = table4Layout(s2021, formats[2021]);
    expect(t.head[0]!.map((c) => [c.text, c.colspan])).toEqual([
      ['行政复议', 5],
      ['行政诉讼', 10],
    ]);
    expect(t.head[1]!.slice(5).map((c) => [c.text, c.colspan])).toEqual([
      ['未经复议直接起诉', 5],
      ['复议后起诉', 5],
    ]);
    expect(t.head[1]!.slice(0, 5).every((c) => c.rowspan === 2)).toBe(true);
    expect(t.bodies).toEqual([[expect.any(Array)]]);
    for (const row of grid(allRows(t))) expect(row).toHaveLength(15);
    const cells = t.bodies[0]![0]!;
    expect(cells.map((c) => c.text)).toEqual(['1', '0', '0', '0', '1', ...Array(10).fill('0')]);
    expect(text(cells[9]!.headers, t)).toEqual(['行政诉讼', '未经复议直接起诉', '总计']);
    checkHeaders(t);
  });
});

describe('CSV and JSON', () => {
  it('quotes fields only when needed, ends lines with CRLF and starts with a BOM', () => {
    expect(
      toCsv([
        ['a', 'b,c', 'say "hi"'],
        [1, 2.5, -3],
      ]),
    ).toBe('\uFEFFa,"b,c","say ""hi"""\r\n1,2.5,-3\r\n');
  });

  it('table 三 CSV: one line per row, groups joined with “ / ”', () => {
    const lines = tableCsv(3, s2021).replace('\uFEFF', '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(26);
    expect(lines[0]).toBe(
      '项目,自然人,法人或其他组织 / 商业企业,法人或其他组织 / 科研机构,法人或其他组织 / 社会公益组织,法人或其他组织 / 法律服务机构,法人或其他组织 / 其他,总计',
    );
    expect(lines[1]).toBe('一、本年新收政府信息公开申请数量,5,1,0,0,1,0,7');
    expect(lines).toContain('三、本年度办理结果 / （三）不予公开 / 4.保护第三方合法权益,1,0,0,0,0,0,1');
  });

  it('table 二 CSV is long (one figure a line); table 四 has one line per group', () => {
    const t2 = tableCsv(2, s2019).replace('\uFEFF', '').trimEnd().split('\r\n');
    expect(t2[0]).toBe('条款,信息内容,项目,数值');
    expect(t2).toContain('第二十条第（五）项,行政许可,本年增/减,-3');
    expect(t2).toHaveLength(1 + 2 * 3 + 2 * 3 + 2 * 3 + 2 + 2);
    const t4 = tableCsv(4, s2021).replace('\uFEFF', '').trimEnd().split('\r\n');
    expect(t4).toEqual([
      '类别,结果维持,结果纠正,其他结果,尚未审结,总计',
      '行政复议,1,0,0,0,1',
      '行政诉讼 / 未经复议直接起诉,0,0,0,0,0',
      '行政诉讼 / 复议后起诉,0,0,0,0,0',
    ]);
  });

  it('JSON names every row and column and carries the catalogue figures', () => {
    const catalogue = catalogueStats([], [2024]).get(2024)!;
    // Read back as the published file is: JSON text.
    const json = JSON.parse(
      JSON.stringify(
        reportJson({
          year: 2024,
          title: 't',
          url: 'https://x/',
          publishDate: '2025-01-20 10:00',
          statistics: s2021,
          catalogue,
          comparisons: [],
        }),
      ),
    );
    expect(json.format.id).toBe('2021');
    expect(json.tables.table3.rows).toHaveLength(25);
    expect(json.tables.table3.rows[0]).toEqual({
      key: 'newReceived',
      label: '一、本年新收政府信息公开申请数量',
      name: '一、本年新收政府信息公开申请数量',
      groups: [],
      values: [5, 1, 0, 0, 1, 0, 7],
    });
    expect(json.tables.table4.groups[1]).toEqual({
      key: 'litigationDirect',
      labels: ['行政诉讼', '未经复议直接起诉'],
      values: [0, 0, 0, 0, 0],
    });
    expect(json.statistics.applications.denied.thirdParty).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(json.statistics.format).toBeUndefined();
    expect(json.catalogue.regulations).toEqual({
      issued: 0,
      repealed: 0,
      inForce: 0,
      published: 0,
      publishedToDate: 0,
    });
  });
});

describe('charts', () => {
  it('rounds the axis to whole steps', () => {
    expect(niceScale(79)).toEqual({ max: 80, step: 20 });
    expect(niceScale(4)).toEqual({ max: 4, step: 1 });
    expect(niceScale(1)).toEqual({ max: 1, step: 1 });
    expect(niceScale(0)).toEqual({ max: 1, step: 1 });
    expect(niceScale(16908)).toEqual({ max: 20000, step: 5000 });
  });

  const reports = [
    { year: 2020, statistics: s2019 },
    { year: 2024, statistics: s2021 },
  ];
  const [applications, outcomes, proactive] = overviewCharts(reports);

  it('draws applications, the outcome mix and 主动公开 counts per year, oldest first', () => {
    expect(applications!.categories).toEqual(['2020年', '2024年']);
    expect(applications!.series).toEqual([
      { name: '本年新收', values: [7, 7] },
      { name: '本年办结', values: [7, 7] },
    ]);
    expect(outcomes!.series.map((s) => [s.name, s.values])).toEqual([
      ['予以公开', [4, 4]],
      ['部分公开', [0, 0]],
      ['不予公开', [1, 1]],
      ['无法提供', [2, 2]],
      ['不予处理', [0, 0]],
      ['其他处理', [0, 0]],
    ]);
    expect(proactive!.series.map((s) => s.name)).toEqual(['规章', '行政规范性文件']);
  });

  it('stacks shares to the full height and keeps every bar inside the plot', () => {
    const g = chartGeometry(outcomes!);
    const first = g.bars.filter((b) => b.x === g.bars[0]!.x);
    expect(first.reduce((h, b) => h + b.height, 0)).toBeCloseTo(g.plot.bottom - g.plot.top, 6);
    for (const b of [...g.bars, ...chartGeometry(applications!).bars]) {
      expect(b.y).toBeGreaterThanOrEqual(g.plot.top - 1e-9);
      expect(b.y + b.height).toBeLessThanOrEqual(g.plot.bottom + 1e-9);
    }
    expect(g.yTicks.map((t) => t.label)).toEqual(['0%', '25%', '50%', '75%', '100%']);
  });

  it('says every number in its text alternative', () => {
    expect(chartSummary(applications!)).toBe(
      '政府信息公开申请数量。2020年：本年新收7件，本年办结7件；2024年：本年新收7件，本年办结7件。',
    );
    expect(chartSummary(outcomes!)).toContain(
      '2024年：予以公开4件（57.1%），部分公开0件（0%），不予公开1件（14.3%），无法提供2件（28.6%）',
    );
  });
});

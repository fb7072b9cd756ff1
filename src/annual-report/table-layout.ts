/**
 * Tables 二, 三 and 四 laid out exactly as the national format prints them:
 * grouped rows and columns as rowspan/colspan header cells. Every header
 * cell has an id and every data cell lists all its headers (`headers`), the
 * WCAG technique for tables whose headers span several levels (H43), so a
 * screen reader announces 三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密 ›
 * 法人或其他组织 › 商业企业 for one number.
 *
 * Pure data: components/AnnualTable.astro only prints it.
 */
import { rowValues, TABLE_TITLES, type AnnualReportFormat, type Table3Row } from '../schemas/annual-report-format.ts';
import type { FormattedStatistics } from '../schemas/annual-report-statistics.ts';

export interface LayoutCell {
  tag: 'th' | 'td';
  text: string;
  id?: string | undefined;
  colspan?: number | undefined;
  rowspan?: number | undefined;
  scope?: 'col' | 'colgroup' | 'row' | 'rowgroup' | undefined;
  headers?: string[] | undefined;
  /** A number: right-aligned, tabular figures. */
  numeric?: boolean | undefined;
}

export interface TableLayout {
  /** 2, 3 or 4. */
  table: 2 | 3 | 4;
  id: string;
  caption: string;
  /** Column group widths, left to right (for <colgroup span>). */
  colgroups: number[];
  head: LayoutCell[][];
  /** One <tbody> per row group. */
  bodies: LayoutCell[][][];
}

/** Numbers as printed: as entered, with a real minus sign for decreases. */
export function formatNumber(n: number): string {
  return n < 0 ? `−${-n}` : String(n);
}

const td = (value: number, headers: string[], colspan?: number): LayoutCell => ({
  tag: 'td',
  text: formatNumber(value),
  headers,
  numeric: true,
  colspan: colspan && colspan > 1 ? colspan : undefined,
});

const ident = (...parts: string[]) => parts.join('-').replaceAll('.', '-');

/** 表二: one <tbody> per 第二十条 block, each with its own column headings. */
export function table2Layout(stats: FormattedStatistics, format: AnnualReportFormat): TableLayout {
  const width = 1 + Math.max(...format.table2.map((b) => b.columns.length));
  const bodies = format.table2.map((block, b) => {
    const blockId = ident('t2', `b${b + 1}`);
    const itemId = ident(blockId, 'item');
    // The last column spans what is left, as in the printed format.
    const span = (j: number) => (j === block.columns.length - 1 ? width - block.columns.length : 1);
    const columnIds = block.columns.map((_c, j) => ident(blockId, `c${j + 1}`));
    const rows: LayoutCell[][] = [
      [{ tag: 'th', text: block.block, id: blockId, colspan: width, scope: 'rowgroup' }],
      [
        { tag: 'th', text: block.itemLabel, id: itemId, scope: 'col', headers: [blockId] },
        ...block.columns.map((c, j): LayoutCell => ({
          tag: 'th',
          text: c.label,
          id: columnIds[j],
          scope: 'col',
          colspan: span(j) > 1 ? span(j) : undefined,
          headers: [blockId],
        })),
      ],
    ];
    for (const r of block.rows) {
      const rowId = ident('t2', r.key);
      const values = stats.proactive[r.key]!;
      rows.push([
        { tag: 'th', text: r.label, id: rowId, scope: 'row', headers: [blockId, itemId] },
        ...values.map((v, j) => td(v, [blockId, columnIds[j]!, rowId], span(j))),
      ]);
    }
    return rows;
  });
  return { table: 2, id: 'nb-table-2', caption: TABLE_TITLES[2], colgroups: [1, width - 1], head: [], bodies };
}

/** 表三: three header rows (申请人情况 › 法人或其他组织 › …), 一、二 / 三 / 四 as row groups. */
export function table3Layout(stats: FormattedStatistics, format: AnnualReportFormat): TableLayout {
  const { columns, rows, note, headerGroup } = format.table3;
  const applicantsId = 't3-applicants';
  const groupIds = new Map<string, string>();
  for (const c of columns)
    if (c.group && !groupIds.has(c.group)) groupIds.set(c.group, ident('t3-cg', String(groupIds.size + 1)));
  const columnId = (j: number) => ident('t3-c', columns[j]!.key);
  const columnHeaders = columns.map((c, j) => [
    applicantsId,
    ...(c.group ? [groupIds.get(c.group)!] : []),
    columnId(j),
  ]);

  const second: LayoutCell[] = [];
  const third: LayoutCell[] = [];
  columns.forEach((c, j) => {
    if (!c.group) {
      second.push({ tag: 'th', text: c.label, id: columnId(j), rowspan: 2, scope: 'col', headers: [applicantsId] });
      return;
    }
    if (columns[j - 1]?.group !== c.group) {
      const span = columns.filter((x) => x.group === c.group).length;
      second.push({
        tag: 'th',
        text: c.group,
        id: groupIds.get(c.group),
        colspan: span,
        scope: 'colgroup',
        headers: [applicantsId],
      });
    }
    third.push({
      tag: 'th',
      text: c.label,
      id: columnId(j),
      scope: 'col',
      headers: [applicantsId, groupIds.get(c.group)!],
    });
  });
  const head: LayoutCell[][] = [
    [
      // The format's top-left cell states the table's identity; it heads no column, so it is not a <th>.
      { tag: 'td', text: note, colspan: 3, rowspan: 3 },
      { tag: 'th', text: headerGroup, id: applicantsId, colspan: columns.length, scope: 'colgroup' },
    ],
    second,
    third,
  ];

  // Row groups: rows before 三, the rows of 三, rows after it.
  const outer = rows.find((r) => r.groups.length > 0)!.groups[0]!;
  const outerId = 't3-g-outcomes';
  const subIds = new Map<string, string>();
  const bodies: LayoutCell[][][] = [[], [], []];
  rows.forEach((row: Table3Row, i) => {
    const rowId = ident('t3-r', row.key);
    const cells: LayoutCell[] = [];
    const [, sub] = row.groups;
    if (row.groups.length === 0) {
      cells.push({ tag: 'th', text: row.label, id: rowId, colspan: 3, scope: 'row' });
    } else {
      if (rows[i - 1]?.groups[0] !== outer) {
        const span = rows.filter((r) => r.groups[0] === outer).length;
        cells.push({ tag: 'th', text: outer, id: outerId, rowspan: span, scope: 'rowgroup' });
      }
      if (sub && rows[i - 1]?.groups[1] !== sub) {
        subIds.set(sub, ident('t3-g', row.key.split('.')[0]!));
        const span = rows.filter((r) => r.groups[1] === sub).length;
        // scope="row": a rowgroup scope would run to the end of the <tbody>.
        cells.push({ tag: 'th', text: sub, id: subIds.get(sub), rowspan: span, scope: 'row', headers: [outerId] });
      }
      cells.push({
        tag: 'th',
        text: row.label,
        id: rowId,
        colspan: sub ? undefined : 2,
        scope: 'row',
        headers: sub ? [outerId, subIds.get(sub)!] : [outerId],
      });
    }
    const rowHeaders = [...(row.groups.length ? [outerId] : []), ...(sub ? [subIds.get(sub)!] : []), rowId];
    rowValues(stats.applications, row.key).forEach((v, j) => cells.push(td(v, [...columnHeaders[j]!, ...rowHeaders])));
    const body = row.groups.length ? 1 : bodies[1]!.length ? 2 : 0;
    bodies[body]!.push(cells);
  });
  return { table: 3, id: 'nb-table-3', caption: TABLE_TITLES[3], colgroups: [3, columns.length], head, bodies };
}

/** 表四: 行政复议 | 行政诉讼 (未经复议直接起诉 | 复议后起诉), five columns each, one data row. */
export function table4Layout(stats: FormattedStatistics, format: AnnualReportFormat): TableLayout {
  const { groups, columns } = format.table4;
  const first: LayoutCell[] = [];
  const second: LayoutCell[] = [];
  const third: LayoutCell[] = [];
  const data: LayoutCell[] = [];
  const topIds = new Map<string, string>();
  groups.forEach((g) => {
    const [top, sub] = g.labels as [string, string | undefined];
    const groupId = ident('t4-g', g.key);
    let topId = groupId;
    if (sub) {
      topId = topIds.get(top) ?? ident('t4-top', String(topIds.size + 1));
      if (!topIds.has(top)) {
        topIds.set(top, topId);
        const span = groups.filter((x) => x.labels[0] === top).length * columns.length;
        first.push({ tag: 'th', text: top, id: topId, colspan: span, scope: 'colgroup' });
      }
      second.push({ tag: 'th', text: sub, id: groupId, colspan: columns.length, scope: 'colgroup', headers: [topId] });
    } else {
      topIds.set(top, groupId);
      first.push({ tag: 'th', text: top, id: groupId, colspan: columns.length, scope: 'colgroup' });
    }
    const chain = sub ? [topId, groupId] : [groupId];
    columns.forEach((label, j) => {
      const id = ident('t4', g.key, `c${j + 1}`);
      const cell: LayoutCell = {
        tag: 'th',
        text: label,
        id,
        scope: 'col',
        headers: chain,
        rowspan: sub ? undefined : 2,
      };
      (sub ? third : second).push(cell);
      data.push(td(stats.appeals[g.key]![j]!, [...chain, id]));
    });
  });
  const tops = [...new Set(groups.map((g) => g.labels[0]))].map(
    (top) => groups.filter((g) => g.labels[0] === top).length * columns.length,
  );
  return {
    table: 4,
    id: 'nb-table-4',
    caption: TABLE_TITLES[4],
    colgroups: tops,
    head: [first, second, third],
    bodies: [[data]],
  };
}

export function tableLayouts(
  stats: FormattedStatistics,
  format: AnnualReportFormat,
): [TableLayout, TableLayout, TableLayout] {
  return [table2Layout(stats, format), table3Layout(stats, format), table4Layout(stats, format)];
}

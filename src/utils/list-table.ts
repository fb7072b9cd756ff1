/**
 * Sorting and filtering a data list's rows: pure functions shared by the
 * build (default order, filter choices) and the browser table
 * (browser/lists/table.ts). Rows are arrays of cell text in column order.
 * Every operation is one pass or one sort: O(n) or O(n log n).
 */
export type CellKind = 'text' | 'date' | 'number';

/** Values of a multi-valued cell, e.g. 处罚类别 "警告、罚款". */
export const cellValues = (cell: string): string[] => cell.split('、').filter(Boolean);

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

/** A comparator for one column; empty cells always sort last. */
export function compareBy(
  index: number,
  kind: CellKind,
  descending: boolean,
): (a: readonly string[], b: readonly string[]) => number {
  const sign = descending ? -1 : 1;
  return (a, b) => {
    const x = a[index] ?? '';
    const y = b[index] ?? '';
    if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
    if (kind === 'number') return sign * (Number(x) - Number(y));
    // ISO dates (and 长期, after every date) order as plain strings.
    if (kind === 'date') return sign * (x < y ? -1 : x > y ? 1 : 0);
    return sign * collator.compare(x, y);
  };
}

/** A stable sort into a new array (the input keeps its order). */
export function sortRows<T extends readonly string[]>(
  rows: readonly T[],
  index: number,
  kind: CellKind,
  descending: boolean,
): T[] {
  return [...rows].sort(compareBy(index, kind, descending));
}

export interface RowFilter {
  /** Words that must all occur somewhere in the row (case-insensitive). */
  query: string;
  /** Column index → the value a choice filter requires. */
  choices: ReadonlyMap<number, string>;
}

/**
 * The lower-cased text of each row, computed once and reused by every query.
 * Cells are joined with a line break: query words are split on whitespace, so
 * none can match across two cells, and (unlike a control character) a line
 * break is allowed in the page's inline script (W3C validator).
 */
export const searchTextOf = (row: readonly string[]): string => row.join('\n').toLowerCase();

export function filterRows<T extends readonly string[]>(
  rows: readonly T[],
  texts: readonly string[],
  filter: RowFilter,
): T[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  const choices = [...filter.choices];
  const out: T[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (!choices.every(([col, value]) => cellValues(row[col] ?? '').includes(value))) continue;
    if (!words.every((w) => texts[i]!.includes(w))) continue;
    out.push(row);
  }
  return out;
}

/** The distinct values of a column (multi-valued cells split), in collation order. */
export function choicesOf(rows: readonly (readonly string[])[], index: number): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const v of cellValues(row[index] ?? '')) seen.add(v);
  return [...seen].sort(collator.compare);
}

/** A cell as readers see it: dates in the site's one format (2025年03月10日), like every other date on the site. */
export function displayCell(value: string, kind: CellKind | undefined): string {
  return kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? `${value.slice(0, 4)}年${value.slice(5, 7)}月${value.slice(8, 10)}日`
    : value;
}

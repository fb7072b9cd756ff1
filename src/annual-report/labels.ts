/**
 * Names of 年报 table cells for messages editors read: the table, the row
 * and the column in the words of the national format, followed by the
 * frontmatter path, e.g.
 * `表三 收到和处理政府信息公开申请情况 ›“（三）不予公开 › 4.保护第三方合法权益”行 ›“科研机构”列（statistics.applications.denied.thirdParty[2]）`.
 */
import { fieldLabels } from '../schemas/labels.ts';
import {
  formatForYear,
  TABLE_TITLES,
  table3RowName,
  type AnnualReportFormat,
} from '../schemas/annual-report-format.ts';

const STATISTICS_LABEL = fieldLabels.statistics!;
export const PUBLISHED_LABEL = '本年主动公开信息数量（按栏目）';

const TABLE_OF: Record<string, keyof typeof TABLE_TITLES> = { proactive: 2, applications: 3, appeals: 4 };

/** `['statistics', 'applications', 'denied', 'thirdParty', 2]` → `statistics.applications.denied.thirdParty[2]`. */
export function codePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (code, part) => (typeof part === 'number' ? `${code}[${part}]` : code ? `${code}.${String(part)}` : String(part)),
    '',
  );
}

/**
 * The frontmatter path named at the end of a cell name (the inverse of
 * codePath): `…（statistics.applications.granted[6]）` → `['statistics', 'applications', 'granted', 6]`.
 */
export function codePathOf(field: string): PropertyKey[] {
  const code = [...field.matchAll(/（(statistics[^（）\s]*)/g)].at(-1)?.[1];
  if (!code) return ['statistics'];
  return [...code.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

export interface CellName {
  table: keyof typeof TABLE_TITLES;
  row?: string | undefined;
  /** Rows of table 四 are groups of columns (组); a row group of table 三 is 各行. */
  rowWord?: '行' | '各行' | '组' | undefined;
  column?: string | undefined;
  path: readonly PropertyKey[];
}

export function cellName({ table, row, rowWord = '行', column, path }: CellName): string {
  const parts: string[] = [TABLE_TITLES[table]];
  if (row) parts.push(`“${row}”${rowWord}`);
  if (column) parts.push(`“${column}”列`);
  return `${parts.join(' ›')}（${codePath(path)}）`;
}

/**
 * Describes a path below `statistics` for the format of the report's year.
 * Unknown keys fall back to the key itself (the schema reports them).
 */
export function describeStatisticsPath(path: readonly PropertyKey[], format: AnnualReportFormat): string {
  const [, section, ...rest] = path;
  const table = TABLE_OF[String(section)];
  if (section === undefined) return `${STATISTICS_LABEL}（${codePath(path)}）`;
  if (section === 'published') {
    return `${PUBLISHED_LABEL}${rest.length ? ` ›“${String(rest[0])}”栏目` : ''}（${codePath(path)}）`;
  }
  if (!table) return `${STATISTICS_LABEL} › ${String(section)}（${codePath(path)}）`;
  const index = rest.findIndex((p) => typeof p === 'number');
  const keys = (index === -1 ? rest : rest.slice(0, index)).map(String);
  const col = index === -1 ? undefined : (rest[index] as number);
  if (table === 2) {
    const block = format.table2.find((b) => b.rows.some((r) => r.key === keys[0]));
    const row = block?.rows.find((r) => r.key === keys[0]);
    return cellName({
      table,
      row: row?.label ?? keys[0],
      column: col === undefined ? undefined : (block?.columns[col]?.label ?? `第${col + 1}个数`),
      path,
    });
  }
  if (table === 3) {
    const key = keys.join('.');
    const row = format.table3.rows.find((r) => r.key === key);
    const column = col === undefined ? undefined : (format.table3.columns[col]?.label ?? `第${col + 1}个数`);
    if (row) return cellName({ table, row: table3RowName(row), column, path });
    // A group key such as `denied`: its sub-rows.
    const group = format.table3.rows.find((r) => r.key.startsWith(`${key}.`))?.groups.at(-1);
    return cellName({ table, row: group ?? (key || undefined), rowWord: group ? '各行' : '行', column, path });
  }
  const group = format.table4.groups.find((g) => g.key === keys[0]);
  return cellName({
    table,
    row: group ? group.labels.join(' › ') : keys[0],
    rowWord: '组',
    column: col === undefined ? undefined : (format.table4.columns[col] ?? `第${col + 1}个数`),
    path,
  });
}

/** The keys allowed at a path below `statistics`, for typo suggestions. */
export function statisticsKeysAt(path: readonly PropertyKey[], format: AnnualReportFormat): string[] | undefined {
  const [, section, group] = path;
  if (section === undefined) return ['proactive', 'applications', 'appeals', 'published'];
  if (section === 'proactive') return format.table2.flatMap((b) => b.rows.map((r) => r.key));
  if (section === 'appeals') return format.table4.groups.map((g) => g.key);
  if (section !== 'applications') return undefined;
  const keys = format.table3.rows.map((r) => r.key);
  if (group === undefined) return [...new Set(keys.map((k) => k.split('.')[0]!))];
  return keys.filter((k) => k.startsWith(`${String(group)}.`)).map((k) => k.split('.')[1]!);
}

/**
 * How check-content names the fields of a report whose frontmatter failed
 * validation: statistics paths by table, row and column of the report
 * year's format; everything else as usual.
 */
export function reportIssuePaths(
  frontmatter: Record<string, unknown>,
  describeOther: (path: readonly PropertyKey[]) => string,
) {
  const year = typeof frontmatter.year === 'number' ? frontmatter.year : Number.NaN;
  const format = frontmatter.reportType === '年度报告' ? formatForYear(year) : undefined;
  const isStatistics = (path: readonly PropertyKey[]) => path[0] === 'statistics' && path.length > 1;
  return {
    describe: (path: readonly PropertyKey[]) =>
      isStatistics(path) && format ? describeStatisticsPath(path, format) : describeOther(path),
    knownAt: (path: readonly PropertyKey[]) =>
      path[0] === 'statistics' && format ? statisticsKeysAt(path, format) : undefined,
  };
}

/**
 * Entered 年报 figures beside the ones computed from the catalogue
 * (catalogue-stats.ts): the 规章 and 行政规范性文件 rows of table 二 and the
 * optional per-column 主动公开 counts. The page shows every pair; the content
 * check warns about each pair that differs.
 */
import { COUNTED_KINDS, type CatalogueYearStats, type KindCounts } from './catalogue-stats.ts';
import { formats, type FormatId } from '../schemas/annual-report-format.ts';
import { cellName, PUBLISHED_LABEL } from './labels.ts';
import type { FormattedStatistics } from '../schemas/annual-report-statistics.ts';

export interface Comparison {
  /** A table 二 cell, or a per-column count (`statistics.published`). */
  source: 'table2' | 'published';
  /** Where the entered figure is, in an editor's words. */
  field: string;
  /** Row and column in the table's words, for the page. */
  row: string;
  column: string;
  entered: number;
  computed: number;
  /** What the catalogue counted, e.g. 成文日期在2024年的规章. */
  basis: string;
}

/** Which catalogue count each table 二 column of the policy rows is compared with. */
export const COLUMN_COUNTS: Record<FormatId, (keyof KindCounts)[]> = {
  2021: ['issued', 'repealed', 'inForce'],
  2019: ['issued', 'published', 'publishedToDate'],
};

function basis(count: keyof KindCounts, year: number, kind: string): string {
  switch (count) {
    case 'issued':
      return `成文日期在${year}年的${kind}`;
    case 'repealed':
      return `${year}年废止或失效的${kind}`;
    case 'inForce':
      return `${year}年12月31日仍有效的${kind}`;
    case 'published':
      return `发布日期在${year}年的${kind}`;
    case 'publishedToDate':
      return `${year}年12月31日前发布的${kind}`;
  }
}

/**
 * @param columnNames catalogue column key → name, for the per-column counts.
 */
export function compareWithCatalogue(
  year: number,
  stats: FormattedStatistics,
  computed: CatalogueYearStats,
  columnNames: ReadonlyMap<string, string>,
): Comparison[] {
  const format = formats[stats.format];
  const result: Comparison[] = [];
  for (const [kind, rowKey] of Object.entries(COUNTED_KINDS)) {
    const block = format.table2.find((b) => b.rows.some((r) => r.key === rowKey))!;
    const row = block.rows.find((r) => r.key === rowKey)!;
    const entered = stats.proactive[rowKey]!;
    COLUMN_COUNTS[stats.format].forEach((count, i) => {
      const column = block.columns[i]!.label;
      result.push({
        source: 'table2',
        field: cellName({ table: 2, row: row.label, column, path: ['statistics', 'proactive', rowKey, i] }),
        row: row.label,
        column,
        entered: entered[i]!,
        computed: computed[rowKey][count],
        basis: basis(count, year, kind),
      });
    });
  }
  for (const [key, entered] of Object.entries(stats.published ?? {})) {
    const name = columnNames.get(key) ?? key;
    result.push({
      source: 'published',
      field: `${PUBLISHED_LABEL} ›“${name}”栏目（statistics.published.${key}）`,
      row: name,
      column: PUBLISHED_LABEL,
      entered,
      computed: computed.published.get(key) ?? 0,
      basis: `发布日期在${year}年的“${name}”栏目信息`,
    });
  }
  return result;
}

/** The content-check warning for one differing pair. */
export function differenceText(c: Comparison): { expected: string; found: string } {
  const gap = c.entered - c.computed;
  return {
    expected: `与本站政府信息公开目录的统计一致：${c.basis}共 ${c.computed} 件`,
    found: `报告填写 ${c.entered}，比目录统计${gap > 0 ? '多' : '少'} ${Math.abs(gap)}；如目录缺少文件请补录，如报告有误请更正`,
  };
}

export interface CategoryCount {
  key: string;
  name: string;
  /** Items the catalogue has published in the year under this column. */
  computed: number;
  /** The department's own count, when it entered one (`statistics.published`). */
  entered?: number | undefined;
}

/**
 * The year's 主动公开 items per category: every top-level column of the
 * catalogue and the 年报 column, in site order, then any other column the
 * report entered a count for.
 */
export function publishedByCategory(
  computed: CatalogueYearStats,
  categories: ReadonlyArray<{ key: string; name: string }>,
  columnNames: ReadonlyMap<string, string>,
  entered: Readonly<Record<string, number>> = {},
): CategoryCount[] {
  const keys = [
    ...categories.map((c) => c.key),
    ...Object.keys(entered).filter((k) => !categories.some((c) => c.key === k)),
  ];
  return keys.map((key) => ({
    key,
    name: columnNames.get(key) ?? key,
    computed: computed.published.get(key) ?? 0,
    entered: entered[key],
  }));
}

/**
 * The 年报 data as files: one CSV per table and the whole report as JSON,
 * written at build time (pages/zwgk/nb/[...file].ts).
 *
 * CSV is RFC 4180 with CRLF line ends and a UTF-8 byte-order mark, so Excel
 * and WPS open the Chinese headings correctly; one row per table row, the
 * row's groups joined with " / " in the first column. Table 二 has different
 * columns in each block, so its CSV is long: one line per figure.
 */
import { csvField } from '../utils/csv.ts';
import { formats, rowValues, table3RowName, type AnnualReportFormat } from '../schemas/annual-report-format.ts';
import type { CatalogueYearStats } from './catalogue-stats.ts';
import type { Comparison } from './compare.ts';
import type { FormattedStatistics } from '../schemas/annual-report-statistics.ts';

export const DOWNLOAD_FILES = { 2: 'table2.csv', 3: 'table3.csv', 4: 'table4.csv', json: 'data.json' } as const;

export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export function table2Rows(stats: FormattedStatistics, format: AnnualReportFormat): (string | number)[][] {
  const rows: (string | number)[][] = [['条款', '信息内容', '项目', '数值']];
  for (const block of format.table2) {
    for (const r of block.rows) {
      block.columns.forEach((c, j) => rows.push([block.block, r.label, c.label, stats.proactive[r.key]![j]!]));
    }
  }
  return rows;
}

export function table3Rows(stats: FormattedStatistics, format: AnnualReportFormat): (string | number)[][] {
  const { columns, rows } = format.table3;
  return [
    ['项目', ...columns.map((c) => (c.group ? `${c.group} / ${c.label}` : c.label))],
    ...rows.map((r) => [[...r.groups, r.label].join(' / '), ...rowValues(stats.applications, r.key)]),
  ];
}

export function table4Rows(stats: FormattedStatistics, format: AnnualReportFormat): (string | number)[][] {
  return [
    ['类别', ...format.table4.columns],
    ...format.table4.groups.map((g) => [g.labels.join(' / '), ...stats.appeals[g.key]!]),
  ];
}

export function tableCsv(table: 2 | 3 | 4, stats: FormattedStatistics): string {
  const format = formats[stats.format];
  const rows =
    table === 2 ? table2Rows(stats, format) : table === 3 ? table3Rows(stats, format) : table4Rows(stats, format);
  return toCsv(rows);
}

export interface ReportJsonInput {
  year: number;
  title: string;
  url: string;
  publishDate: string;
  statistics: FormattedStatistics;
  catalogue: CatalogueYearStats;
  comparisons: Comparison[];
}

/**
 * The report's data, self-describing: every row with its label, groups and
 * numbers (columns named once per table), the raw frontmatter values, and the
 * figures computed from the catalogue beside the entered ones.
 */
export function reportJson(input: ReportJsonInput): unknown {
  const { statistics: stats } = input;
  const format = formats[stats.format];
  const { format: _id, ...entered } = stats;
  return {
    reportYear: input.year,
    title: input.title,
    url: input.url,
    publishDate: input.publishDate,
    format: { id: format.id, name: format.name, sections: format.sections },
    tables: {
      table2: format.table2.map((b) => ({
        block: b.block,
        columns: b.columns.map((c) => c.label),
        rows: b.rows.map((r) => ({ key: r.key, label: r.label, values: stats.proactive[r.key] })),
      })),
      table3: {
        columns: format.table3.columns.map((c) => ({ key: c.key, label: c.label, group: c.group ?? null })),
        rows: format.table3.rows.map((r) => ({
          key: r.key,
          label: r.label,
          name: table3RowName(r),
          groups: r.groups,
          values: rowValues(stats.applications, r.key),
        })),
      },
      table4: {
        columns: format.table4.columns,
        groups: format.table4.groups.map((g) => ({ key: g.key, labels: g.labels, values: stats.appeals[g.key] })),
      },
    },
    statistics: entered,
    catalogue: {
      regulations: input.catalogue.regulations,
      normativeDocuments: input.catalogue.normativeDocuments,
      publishedTotal: input.catalogue.publishedTotal,
      publishedByColumn: Object.fromEntries(input.catalogue.published),
      comparisons: input.comparisons.map(({ row, column, entered: e, computed, basis }) => ({
        row,
        column,
        entered: e,
        computed,
        basis,
        matches: e === computed,
      })),
    },
  };
}

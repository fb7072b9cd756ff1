/**
 * The 年报 part of the content check, run over the entries that passed their
 * schema. Errors stop the build; warnings are printed and the build goes on.
 *
 * Errors: a broken table identity; the six sections missing or out of order;
 * two reports for one year; a `published` column key the site does not have.
 * Warnings: 二、上年结转 differing from last year's 四; an entered table 二
 * figure differing from the catalogue; last year's report missing after
 * 31 January (条例 art. 49).
 */
import path from 'node:path';
import type { CheckedEntry } from '../catalogue/entry.ts';
import { renderMarkdownFile } from '../markdown/render-body.ts';
import { disclosureCollections, type DisclosureCollection } from '../schemas/collections.ts';
import { columnFor, type ColumnInfo } from '../catalogue/catalogue-tree.ts';
import type { ContentProblem } from '../schemas/format-issues.ts';
import {
  catalogueRecord,
  catalogueStats,
  columnNames,
  listedColumns,
  type CatalogueRecord,
} from './catalogue-stats.ts';
import { compareWithCatalogue, differenceText } from './compare.ts';
import { dueReportYear, pastDeadline } from './deadline.ts';
import { formats } from '../schemas/annual-report-format.ts';
import { carryOverProblems, identityProblems } from './identities.ts';
import { codePathOf, PUBLISHED_LABEL } from './labels.ts';
import type { FormattedStatistics } from '../schemas/annual-report-statistics.ts';
import { sectionHeadings, sectionOrderProblem } from './sections.ts';

export interface AnnualCheckInput {
  /** Every entry that passed its schema. */
  entries: readonly CheckedEntry[];
  columns: ReadonlyMap<string, ColumnInfo>;
  /** The build date, `YYYY-MM-DD` (deadline.ts). */
  today: string;
  /** The content folder as shown to editors, e.g. `content`. */
  shownRoot: string;
  /** The file line of a frontmatter path of an entry (checks/source-lines.ts); line 1 when not given. */
  lineOf?: ((e: CheckedEntry, path: readonly PropertyKey[]) => number) | undefined;
  /** The file line of an entry's first body line; line 1 when not given. */
  bodyLine?: ((e: CheckedEntry) => number) | undefined;
}

const statisticsOf = (e: CheckedEntry) => e.data.statistics as FormattedStatistics | undefined;
const isPublished = (e: CheckedEntry) => e.data.disclosure === '主动公开';

/** Column keys an entry is counted under (catalogue-stats.ts listedColumns). */
function entryColumns(e: CheckedEntry, columns: ReadonlyMap<string, ColumnInfo>): string[] {
  const leaf = columnFor(columns, {
    collection: e.collection as DisclosureCollection,
    kind: e.data.kind as string | undefined,
    reportType: e.data.reportType as string | undefined,
    category: e.data.category as string | undefined,
  });
  return listedColumns(leaf, columns, e.collection === 'reports' && e.data.reportType === '年度报告');
}

export function checkAnnualReports(input: AnnualCheckInput): { errors: ContentProblem[]; warnings: ContentProblem[] } {
  const { entries, columns, today, shownRoot } = input;
  const lineOf = input.lineOf ?? (() => 1);
  // A statistics problem names its cell's path at the end of its field.
  const at = (e: CheckedEntry, field: string) => ({ file: e.file, line: lineOf(e, codePathOf(field)) });
  const errors: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const reports = entries.filter((e) => e.collection === 'reports' && e.data.reportType === '年度报告');
  const names = columnNames(columns);

  for (const e of reports) {
    const stats = statisticsOf(e);
    if (!stats) continue;
    for (const p of identityProblems(stats)) errors.push({ ...at(e, p.field), ...p });
    const order = sectionOrderProblem(sectionHeadings(renderMarkdownFile(e.path)), formats[stats.format].sections);
    if (order) {
      errors.push({
        file: e.file,
        line: input.bodyLine?.(e) ?? 1,
        field: '正文二级标题（## ）',
        expected: `年度报告正文应依次有这六个二级标题，不多不少：${formats[stats.format].sections.join('；')}`,
        found: order,
      });
    }
    for (const key of Object.keys(stats.published ?? {})) {
      if (names.has(key)) continue;
      errors.push({
        file: e.file,
        line: lineOf(e, ['statistics', 'published', key]),
        field: `${PUBLISHED_LABEL} › 栏目代码（statistics.published.${key}）`,
        expected: `信息公开目录的栏目代码之一：${[...names].map(([k, n]) => `${k}（${n}）`).join('、')}`,
        found: `"${key}"`,
      });
    }
  }

  const byYear = new Map<number, CheckedEntry>();
  for (const e of reports.filter(isPublished)) {
    const year = e.data.year as number;
    const first = byYear.get(year);
    if (first) {
      errors.push({
        file: e.file,
        line: lineOf(e, ['year']),
        field: '报告年度（year）',
        expected: `每个年度只有一份年度报告；${year}年度已有 ${first.file}`,
        found: `${year}（数字）`,
      });
    } else byYear.set(year, e);
  }

  for (const [year, e] of byYear) {
    const previous = byYear.get(year - 1);
    const [now, before] = [statisticsOf(e), previous && statisticsOf(previous)];
    if (now && before)
      for (const p of carryOverProblems(before, now, year - 1, previous!.file))
        warnings.push({ ...at(e, p.field), ...p });
  }

  const compared = [...byYear].filter(([, e]) => statisticsOf(e));
  if (compared.length > 0) {
    const stats = catalogueStats(
      catalogueRecords(entries, columns),
      compared.map(([year]) => year),
    );
    for (const [year, e] of compared) {
      for (const c of compareWithCatalogue(year, statisticsOf(e)!, stats.get(year)!, names)) {
        if (c.entered !== c.computed) warnings.push({ ...at(e, c.field), field: c.field, ...differenceText(c) });
      }
    }
  }

  const due = dueReportYear(today);
  if (pastDeadline(today) && !byYear.has(due)) {
    warnings.push({
      file: path.join(shownRoot, 'reports'),
      field: `${due}年度政府信息公开工作年度报告`,
      expected: `按《条例》第四十九条，${due}年度报告应于${due + 1}年1月31日前公布（reportType: 年度报告，year: ${due}）`,
      found: `今天是${today}，本站还没有${due}年度的年度报告`,
    });
  }
  return { errors, warnings };
}

/** The published catalogue entries as records for catalogueStats, in one pass. */
function* catalogueRecords(
  entries: readonly CheckedEntry[],
  columns: ReadonlyMap<string, ColumnInfo>,
): Iterable<CatalogueRecord> {
  for (const e of entries) {
    if (!(disclosureCollections as readonly string[]).includes(e.collection) || !isPublished(e)) continue;
    yield catalogueRecord(e.data, entryColumns(e, columns));
  }
}

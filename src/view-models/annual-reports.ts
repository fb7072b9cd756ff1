/**
 * The 年报 as the pages see them: every published 年度报告 with its checked
 * statistics, the same figures counted from the catalogue, and the pairs
 * that differ. Built once per build from the catalogue model (one pass over
 * its metadata), like view-models/catalogue.ts.
 */
import {
  ANNUAL_REPORT_COLUMN,
  catalogueRecord,
  catalogueStats,
  columnNames,
  listedColumns,
  type CatalogueYearStats,
} from '../annual-report/catalogue-stats.ts';
import {
  compareWithCatalogue,
  publishedByCategory,
  type CategoryCount,
  type Comparison,
} from '../annual-report/compare.ts';
import type { FormattedStatistics } from '../schemas/annual-report-statistics.ts';
import { getCatalogue, type DocItem } from './catalogue.ts';

export interface AnnualReportView {
  item: DocItem;
  year: number;
  statistics?: FormattedStatistics | undefined;
  /** Only with statistics. */
  catalogue?: CatalogueYearStats | undefined;
  comparisons: Comparison[];
  /** Only with statistics: the year's 主动公开 items per top-level column, beside any entered counts. */
  categories: CategoryCount[];
}

export interface AnnualReports {
  /** Newest report year first. */
  reports: AnnualReportView[];
  byItem: Map<DocItem, AnnualReportView>;
  /** Reports with statistics, oldest first (the overview charts). */
  withStatistics: Array<AnnualReportView & { statistics: FormattedStatistics; catalogue: CatalogueYearStats }>;
}

let cached: Promise<AnnualReports> | undefined;

export function getAnnualReports(): Promise<AnnualReports> {
  cached ??= load();
  return cached;
}

async function load(): Promise<AnnualReports> {
  const catalogue = await getCatalogue();
  const reports: AnnualReportView[] = catalogue.annualReports.map((item) => {
    const data = item.entry.data as { year: number; statistics?: FormattedStatistics };
    return { item, year: data.year, statistics: data.statistics, comparisons: [], categories: [] };
  });
  const years = reports.filter((r) => r.statistics).map((r) => r.year);
  if (years.length > 0) {
    const isAnnual = (i: DocItem) => i.entry.collection === 'reports' && i.entry.data.reportType === '年度报告';
    const stats = catalogueStats(
      catalogue.items.map((i) =>
        catalogueRecord(i.data as Record<string, unknown>, listedColumns(i.column, catalogue.columns, isAnnual(i))),
      ),
      years,
    );
    const names = columnNames(catalogue.columns);
    const topLevel = [...catalogue.columns]
      .filter(([, info]) => !info.parent)
      .map(([key, info]) => ({ key, name: info.node.name }));
    const categories = [...topLevel, ANNUAL_REPORT_COLUMN];
    for (const r of reports) {
      if (!r.statistics) continue;
      r.catalogue = stats.get(r.year)!;
      r.comparisons = compareWithCatalogue(r.year, r.statistics, r.catalogue, names);
      r.categories = publishedByCategory(r.catalogue, categories, names, r.statistics.published);
    }
  }
  const withStatistics = reports
    .filter(
      (r): r is AnnualReports['withStatistics'][number] => r.statistics !== undefined && r.catalogue !== undefined,
    )
    .sort((a, b) => a.year - b.year);
  return { reports, byItem: new Map(reports.map((r) => [r.item, r])), withStatistics };
}

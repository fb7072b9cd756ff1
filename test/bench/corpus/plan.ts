/**
 * The corpus plan: every document's metadata, decided before any body is
 * written. The steps run in a fixed order on one random stream (see
 * planner.ts); the 年报 statistics use a stream of their own.
 */
import { alignWithCatalogue, corpusStatistics } from './annual-reports.ts';
import { addDays } from './calendar.ts';
import type { Doc } from './document.ts';
import { assignFileIds, assignIndexNumbers } from './identifiers.ts';
import { plantNeedles } from './needles.ts';
import { planCatalogue } from './plan-catalogue.ts';
import { planInterpretations } from './plan-interpretations.ts';
import { planNews } from './plan-news.ts';
import { planPolicies, retirePolicies } from './plan-policies.ts';
import { planReports } from './plan-reports.ts';
import { collectionSizes, newPlanner } from './planner.ts';
import { Rng } from './random.ts';
import type { SiteInfo } from './site.ts';

export interface PlanOptions {
  seed: number;
  /** Number of documents. */
  docs: number;
  site: SiteInfo;
  traditionalShare: number;
  mdxShare: number;
  attachmentShare: number;
}

/** All N documents, in plan order: policies, interpretations, reports, catalogue, news. */
export function planCorpus({
  seed,
  docs: N,
  site,
  traditionalShare: tradShare,
  mdxShare,
  attachmentShare,
}: PlanOptions): Doc[] {
  const r = new Rng(seed, 0);
  const plan = newPlanner(r);
  const docs = plan.docs;
  const sizes = collectionSizes(N);

  const policies = planPolicies(plan, sizes.policies);
  planInterpretations(plan, policies, sizes.interpretations);
  planReports(plan, sizes.reports);
  planCatalogue(plan, sizes.catalogue, site.catalogueLeaves);
  planNews(plan, sizes.news, site.newsColumns);
  retirePolicies(r, policies);

  // --- 年报 statistics, from their own stream so nothing else changes with them
  const annual = docs.filter((d) => d.reportType === '年度报告');
  const sr = new Rng(seed, 0x5eed);
  const statistics = corpusStatistics(
    annual.map((d) => d.reportYear!),
    (min, max) => sr.int(min, max),
  );
  for (const d of annual) d.statistics = statistics.get(d.reportYear!);

  // --- flags, written dates
  for (const d of docs) {
    // A 年报 with statistics keeps the format's simplified section headings.
    d.trad = r.chance(tradShare) && !d.statistics;
    d.ext = r.chance(mdxShare) ? '.mdx' : '.md';
    if (d.coll !== 'news') {
      d.attach = r.chance(attachmentShare);
      if (d.coll !== 'catalogue' || r.chance(0.7)) {
        const w = addDays(d.date.slice(0, 10), -r.int(1, 15));
        d.written = w;
      }
    }
  }

  alignWithCatalogue(
    statistics,
    docs
      .filter((d) => d.coll === 'policies')
      .map((d) => ({
        kind: d.kind,
        validity: d.validity,
        validityDate: d.validityDate,
        writtenDate: d.written,
        publishDate: d.date,
        columns: [],
      })),
  );

  assignIndexNumbers(r, docs);
  plantNeedles(r, docs, N);
  assignFileIds(docs);
  return docs;
}

/**
 * Relevance benchmark on the sample site: the judged queries of
 * test/bench/relevance/judgments.ts, ranked by the site's search and by
 * stock Pagefind over the same built pages; prints NDCG@10, MRR and
 * "named document first" per kind of query, and the precision of phrase
 * queries (share of returned pages whose full text, converted to
 * simplified with OpenCC rather than the index's fold, contains every
 * phrase of the query).
 *
 *   npm run bench:relevance [-- --dist tmp/test/sample-dist] [--before <root of an older checkout with its dist/>] [--json out.json] [--corpus 1500]
 *
 * Without --dist the sample site is built into tmp/relevance/dist first.
 * --before ranks with that checkout's engine over its own build (the
 * "before" column). Exits non-zero when the targets are missed: named
 * document first in ≥ 98 % of target queries, NDCG@10 ≥ 0.85.
 *
 * --corpus N also generates N documents (test/bench/generate-corpus.ts,
 * seed 7), indexes them and asks for the documents named by their titles
 * and 发文字号 (test/bench/relevance/corpus.ts), with this checkout's engine
 * and, with --before, the older checkout's index build and engine. The
 * corpus has no HTML pages, so stock Pagefind is not measured on it. The
 * same corpus queries run in the test suite on 500 documents
 * (test/build/corpus-relevance.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../support/browser.ts';
import { writeBlankSite } from '../support/engine-bundle.ts';
import { buildSite } from '../support/build-site.ts';
import { projectRoot } from '../support/paths.ts';
import { oraclePages } from '../support/recall-oracle.ts';
import { sampleJudgments } from './relevance/resolve.ts';
import { TARGETS } from './relevance/targets.ts';
import { scoreQuery, summarise, type KindSummary } from './relevance/metrics.ts';
import { phrasePrecision } from './relevance/precision.ts';
import { bundleEngine, buildStockIndex, rankWithEngine, rankWithStock } from './relevance/run.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const work = path.join(projectRoot, 'tmp', 'relevance');
let dist = option('dist');
if (!dist) {
  dist = path.join(work, 'dist');
  const built = buildSite(path.join(projectRoot, 'content'), dist);
  if (built.status !== 0) throw new Error(built.output);
}
const before = option('before');
// Judgments name documents by file; their URLs come from the sample content.
const JUDGED = sampleJudgments();
const queries = JUDGED.map((j) => j.q);
const pages = oraclePages(path.join(projectRoot, 'content'));

const browser = await launchBrowser();
const columns: Array<{ name: string; lists: string[][] }> = [];
try {
  if (before)
    columns.push({
      name: '之前',
      lists: await rankWithEngine(
        browser,
        path.join(before, 'dist'),
        await bundleEngine(path.join(before, 'src/browser/search/engine.ts')),
        queries,
      ),
    });
  columns.push({
    name: '现在',
    lists: await rankWithEngine(
      browser,
      dist,
      await bundleEngine(path.join(projectRoot, 'src/browser/search/engine.ts')),
      queries,
    ),
  });
  await buildStockIndex(dist, path.join(work, 'stock-site'));
  columns.push({ name: 'Pagefind 原生', lists: await rankWithStock(browser, path.join(work, 'stock-site'), queries) });
} finally {
  await browser.close();
}

const summaries = columns.map((c) => ({
  name: c.name,
  kinds: summarise(JUDGED.map((j, i) => scoreQuery(j, c.lists[i]!))),
  precision: phrasePrecision(JUDGED, c.lists, pages),
}));
const fmt = (x: number | null) => (x === null ? '—' : x.toFixed(3));
const pct = (s: KindSummary) =>
  s.targetFirst === null ? '—' : `${(s.targetFirst * 100).toFixed(0)} % of ${s.targets}`;
console.log(`\n${JUDGED.length} judged queries on the sample site (${pages.length} pages)\n`);
console.log(
  `| kind | n | ${summaries.map((s) => `NDCG@10 ${s.name} | MRR ${s.name} | named first ${s.name}`).join(' | ')} |`,
);
console.log(`|---|---:|${summaries.map(() => '---:|---:|---:').join('|')}|`);
for (const [k, kind] of summaries[0]!.kinds.entries()) {
  console.log(
    `| ${kind.kind} | ${kind.n} | ${summaries.map((s) => `${fmt(s.kinds[k]!.ndcg)} | ${fmt(s.kinds[k]!.mrr)} | ${pct(s.kinds[k]!)}`).join(' | ')} |`,
  );
}
console.log(
  `\nPhrase precision (returned pages containing every phrase of the query, OpenCC fold, ${summaries[0]!.precision.queries} phrase queries): ${summaries.map((s) => `${s.name} ${s.precision.precision.toFixed(3)} (${s.precision.kept}/${s.precision.returned}), recall ${s.precision.recall.toFixed(3)}`).join('; ')}`,
);
const corpusDocs = Number(option('corpus') ?? 0);
if (corpusDocs > 0) {
  const { corpusJudgments } = await import('./relevance/corpus.ts');
  const runs: Array<{ name: string; root: string }> = [
    ...(before ? [{ name: '之前', root: before }] : []),
    { name: '现在', root: projectRoot },
  ];
  const corpusBrowser = await launchBrowser();
  try {
    let judged: ReturnType<typeof corpusJudgments> = [];
    const rows: Array<{ name: string; kinds: KindSummary[] }> = [];
    for (const run of runs) {
      // Each checkout indexes the corpus with its own build (its own src/).
      const { buildCorpusIndex } = (await import(
        path.join(run.root, 'test/support/corpus-index.ts')
      )) as typeof import('../support/corpus-index.ts');
      const cwork = path.join(work, `corpus-${run.name === '现在' ? 'now' : 'before'}`);
      const site = path.join(cwork, 'site');
      await buildCorpusIndex({ docs: corpusDocs, seed: 7, shardSize: 250, work: cwork, site });
      writeBlankSite(site);
      if (judged.length === 0) judged = corpusJudgments(path.join(cwork, 'content'));
      const lists = await rankWithEngine(
        corpusBrowser,
        site,
        await bundleEngine(path.join(run.root, 'src/browser/search/engine.ts')),
        judged.map((j) => j.q),
      );
      rows.push({ name: run.name, kinds: summarise(judged.map((j, i) => scoreQuery(j, lists[i]!))) });
    }
    console.log(`\nGenerated corpus, ${corpusDocs} documents, ${judged.length} queries naming one document\n`);
    console.log(
      `| kind | n | ${rows.map((r) => `NDCG@10 ${r.name} | MRR ${r.name} | named first ${r.name}`).join(' | ')} |`,
    );
    console.log(`|---|---:|${rows.map(() => '---:|---:|---:').join('|')}|`);
    for (const [k, kind] of rows[0]!.kinds.entries())
      console.log(
        `| ${kind.kind} | ${kind.n} | ${rows.map((r) => `${fmt(r.kinds[k]!.ndcg)} | ${fmt(r.kinds[k]!.mrr)} | ${pct(r.kinds[k]!)}`).join(' | ')} |`,
      );
  } finally {
    await corpusBrowser.close();
  }
}

const json = option('json');
if (json)
  fs.writeFileSync(
    json,
    JSON.stringify(
      {
        summaries,
        lists: Object.fromEntries(
          columns.map((c) => [c.name, Object.fromEntries(queries.map((q, i) => [q, c.lists[i]!.slice(0, 10)]))]),
        ),
      },
      null,
      1,
    ),
  );

const now = summaries.find((s) => s.name === '现在')!.kinds.find((k) => k.kind === '全部')!;
if (now.ndcg < TARGETS.ndcg || (now.targetFirst ?? 1) < TARGETS.targetFirst) {
  console.log(
    `\nMISSED: NDCG@10 ${now.ndcg.toFixed(3)} (target ${TARGETS.ndcg}), named first ${fmt(now.targetFirst)} (target ${TARGETS.targetFirst})`,
  );
  process.exitCode = 1;
}

/**
 * Search benchmark: generates a corpus, builds its search index, then runs
 * the corpus' ground-truth queries in Chromium against the index served from
 * 127.0.0.1 and prints, per corpus size:
 *   index build time and peak memory of the largest process, index size,
 *   bytes and milliseconds of a first (cold) query, bytes of a later query
 *   in the same tab, and recall against the ground truth.
 *
 *   npm run bench:search -- --docs 10000 [--docs 100000] [--queries 60] [--seed 42] [--keep] [--reuse] [--shard-size N]
 *
 * A first query is what the search page does: search newest shards first
 * until a page of results is found or the step's download budget is spent,
 * then load the first page of results. Recall is
 * measured on a complete search (every shard that can match).
 * --keep leaves the corpus and index in tmp/bench-search/N; --reuse measures
 * an index kept there instead of building it again (no build figures).
 *
 * The browser runs the site's own search engine module (src/browser/search/
 * engine.ts), bundled for the page by esbuild.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../support/browser.ts';
import { bundleSearchEngine, type EngineWindow, writeBlankSite } from '../support/engine-bundle.ts';
import { serveDirectory } from '../support/static-server.ts';
import { generateCorpus } from './generate-corpus.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface GroundTruth {
  id: string;
  query: string;
  kind: string;
  expectedUrls: string[];
}

interface QueryMeasure {
  kind: string;
  firstBytes: number;
  firstMs: number;
  laterBytes: number;
  recall: number;
  shards: number;
  candidates: number;
  /** The first step searched every shard that can match. */
  complete: boolean;
}

/** What a transferred file is, for the breakdown of first-query bytes. */
function transferPart(urlPath: string): string {
  if (/\/core\/(pagefind\.js|pagefind-worker\.js|wasm\.)/.test(urlPath)) return 'code';
  if (/manifest\.json|t2s\.txt\.gz|\/router\/|\/core\//.test(urlPath)) return 'routing';
  if (/pf_meta|pagefind-entry\.json/.test(urlPath)) return 'shard meta';
  if (urlPath.includes('/index/')) return 'index chunks';
  if (urlPath.includes('/fragment/')) return 'fragments';
  return 'other';
}

const args = process.argv.slice(2);
const sizes = args.flatMap((a, i) => (a === '--docs' ? [Number(args[i + 1])] : []));
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : 0;
};
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

/** Picks up to `limit` queries, spread over the kinds. */
function pickQueries(truth: GroundTruth[], limit: number): GroundTruth[] {
  const byKind = new Map<string, GroundTruth[]>();
  for (const q of truth) byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), q]);
  const picked: GroundTruth[] = [];
  for (let round = 0; picked.length < limit && [...byKind.values()].some((l) => l.length > round); round++) {
    for (const list of byKind.values()) if (list[round] && picked.length < limit) picked.push(list[round]!);
  }
  return picked;
}

/** Generates the corpus and builds its index; returns the printed build line. */
async function buildIndex(docs: number, seed: number, work: string, content: string, site: string): Promise<string> {
  fs.rmSync(work, { recursive: true, force: true });
  await generateCorpus({ docs, out: content, seed });
  writeBlankSite(site);
  const timeFile = path.join(work, 'index.time');
  const started = process.hrtime.bigint();
  const built = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%U %S %M',
      '-o',
      timeFile,
      process.execPath,
      path.join(REPO, 'test/bench/build-search-index.ts'),
      content,
      path.join(site, 'search-index'),
      path.join(work, 'cache'),
      ...(args.includes('--shard-size') ? [String(option('shard-size', 0))] : []),
    ],
    { encoding: 'utf8', cwd: REPO, maxBuffer: 64 * 1024 * 1024 },
  );
  if (built.status !== 0) throw new Error(`index build failed:\n${built.stderr}`);
  const indexSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const [user, sys, maxKb] = fs.readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-3).map(Number);
  const stats = JSON.parse(built.stdout.trim().split('\n').pop()!) as { records: number; shards: number };
  const indexBytes = (fs.readdirSync(path.join(site, 'search-index'), { recursive: true }) as string[])
    .map((f) => fs.statSync(path.join(site, 'search-index', f)))
    .filter((s) => s.isFile())
    .reduce((n, s) => n + s.size, 0);
  const core = path.join(site, 'search-index', 'core');
  const shippedCode = ['pagefind.js', 'pagefind-worker.js', 'wasm.unknown.pagefind'].reduce(
    (n, f) => n + fs.statSync(path.join(core, f)).size,
    0,
  );
  const attachmentLines = built.stderr.split('\n').filter((l) => l.startsWith('附件'));
  return `${attachmentLines.join('\n')}\nindex build: ${indexSeconds.toFixed(1)} s wall, ${(user! + sys!).toFixed(1)} s CPU, peak RSS ${(maxKb! / 1024).toFixed(0)} MB; ${stats.records} records in ${stats.shards} shards; index ${(indexBytes / 1024 / 1024).toFixed(0)} MB; search code shipped ${kb(shippedCode)} (Pagefind JS + worker + WASM)`;
}

async function benchSize(docs: number, queryLimit: number, seed: number): Promise<string[]> {
  const work = path.join(REPO, 'tmp', 'bench-search', String(docs));
  const content = path.join(work, 'content');
  const site = path.join(work, 'site');
  const reuse = args.includes('--reuse') && fs.existsSync(path.join(site, 'search-index', 'manifest.json'));
  const buildLine = reuse
    ? 'index build: reused from an earlier --keep run'
    : await buildIndex(docs, seed, work, content, site);

  const truth = JSON.parse(fs.readFileSync(path.join(content, 'ground-truth.json'), 'utf8')) as GroundTruth[];
  const queries = pickQueries(truth, queryLimit);
  const bundle = await bundleSearchEngine();
  const server = await serveDirectory(site);
  const browser = await launchBrowser();
  const snapshot = () => new Map(server.sent);
  const sentByPart = (before: Map<string, number>) => {
    const parts = new Map<string, number>();
    for (const [p, b] of server.sent) {
      if (!p.startsWith('/search-index/')) continue;
      const part = transferPart(p);
      parts.set(part, (parts.get(part) ?? 0) + b - (before.get(p) ?? 0));
    }
    return parts;
  };
  const measures: QueryMeasure[] = [];
  const partTotals = new Map<string, number[]>();
  try {
    for (const [i, q] of queries.entries()) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/`);
      await page.addScriptTag({ content: bundle });
      const beforeParts = snapshot();
      const first = await page.evaluate(async (query) => {
        const w = window as unknown as EngineWindow;
        const t0 = performance.now();
        w.engine = new w.GongkaiSearch.SearchEngine('/search-index/');
        const perPage = w.GongkaiSearch.RESULTS_PER_PAGE;
        const out = await w.engine.search(query, { enough: perPage, budget: w.GongkaiSearch.STEP_BUDGET_BYTES });
        await Promise.all(out.results.slice(0, perPage).map((r: { data: () => Promise<unknown> }) => r.data()));
        return {
          ms: performance.now() - t0,
          shards: out.shardsSearched as number,
          candidates: out.shardsTotal as number,
          complete: out.unsearched === null,
        };
      }, q.query);
      const firstParts = sentByPart(beforeParts);
      const firstBytes = [...firstParts.values()].reduce((n, b) => n + b, 0);
      for (const [part, bytes] of firstParts) partTotals.set(part, [...(partTotals.get(part) ?? []), bytes]);
      // A later query in the same tab: the next query in the list.
      const next = queries[(i + 1) % queries.length]!;
      const beforeLater = snapshot();
      await page.evaluate(async (query) => {
        const w = window as unknown as EngineWindow;
        const perPage = w.GongkaiSearch.RESULTS_PER_PAGE;
        const out = await w.engine.search(query, { enough: perPage, budget: w.GongkaiSearch.STEP_BUDGET_BYTES });
        await Promise.all(out.results.slice(0, perPage).map((r: { data: () => Promise<unknown> }) => r.data()));
      }, next.query);
      const laterBytes = [...sentByPart(beforeLater).values()].reduce((n, b) => n + b, 0);
      // Recall: every result's URL from a complete search (not counted in the transfer figures).
      const urls = await page.evaluate(async (query) => {
        const w = window as unknown as EngineWindow;
        const out = await w.engine.search(query);
        const data = await Promise.all(out.results.map((r: { data: () => Promise<{ url: string }> }) => r.data()));
        return data.map((d) => d.url);
      }, q.query);
      // A match in an attachment is a record of its own at the document's address plus #fjN.
      const found = new Set(urls.map((u) => u.replace(/#.*$/, '')));
      const recall = q.expectedUrls.length
        ? q.expectedUrls.filter((u) => found.has(u)).length / q.expectedUrls.length
        : 1;
      measures.push({
        kind: q.kind,
        firstBytes,
        firstMs: first.ms,
        laterBytes,
        recall,
        shards: first.shards,
        candidates: first.candidates,
        complete: first.complete,
      });
      if (recall < 1) {
        const missing = q.expectedUrls.filter((u) => !found.has(u));
        console.log(
          `recall ${recall.toFixed(3)} for ${q.kind} "${q.query}": missing ${missing.length} of ${q.expectedUrls.length}, e.g. ${missing.slice(0, 3).join(' ')}`,
        );
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const lines = [`${docs} documents`, buildLine];
  const kinds = [...new Set(measures.map((m) => m.kind)), 'all'];
  const rows = kinds.map((kind) => {
    const ms = measures.filter((m) => kind === 'all' || m.kind === kind);
    return [
      kind,
      String(ms.length),
      kb(median(ms.map((m) => m.firstBytes))),
      kb(Math.max(...ms.map((m) => m.firstBytes))),
      `${median(ms.map((m) => m.firstMs)).toFixed(0)} ms`,
      `${Math.max(...ms.map((m) => m.firstMs)).toFixed(0)} ms`,
      kb(median(ms.map((m) => m.laterBytes))),
      `${median(ms.map((m) => m.shards)).toFixed(0)} of ${median(ms.map((m) => m.candidates)).toFixed(0)}`,
      `${Math.round((100 * ms.filter((m) => m.complete).length) / ms.length)} %`,
      (ms.reduce((n, m) => n + m.recall, 0) / ms.length).toFixed(3),
      Math.min(...ms.map((m) => m.recall)).toFixed(3),
    ];
  });
  const head = [
    'queries',
    'n',
    'first KB med',
    'first KB max',
    'first ms med',
    'first ms max',
    'later KB med',
    'shards med (searched of matching)',
    'complete in 1st step',
    'recall mean',
    'recall min',
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
  lines.push(line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line));
  lines.push(
    `first-query bytes by part (median / max): ${[...partTotals]
      .map(
        ([part, xs]) =>
          `${part} ${kb(median([...xs, ...Array(queries.length - xs.length).fill(0)]))} / ${kb(Math.max(...xs))}`,
      )
      .join('; ')}`,
  );
  if (!args.includes('--keep')) fs.rmSync(work, { recursive: true, force: true });
  return lines;
}

const output: string[] = [];
for (const docs of sizes.length ? sizes : [10000]) {
  const lines = await benchSize(docs, option('queries', 60), option('seed', 42));
  console.log(lines.join('\n'));
  output.push(...lines, '');
}

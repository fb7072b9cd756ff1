/**
 * Search benchmark: generates a corpus, builds its search index, then runs
 * the corpus' ground-truth queries in Chromium against the index served from
 * 127.0.0.1 and prints, per corpus size:
 *   index build time and peak memory of the largest process, index size,
 *   bytes and milliseconds of a first (cold) query, bytes of a later query
 *   in the same tab, and recall against the ground truth.
 *
 *   npm run bench:search -- --docs 10000 [--docs 100000] [--queries 60] [--seed 42]
 *
 * The browser runs the site's own search engine module (src/scripts/search/
 * engine.ts), bundled for the page by esbuild.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../support/browser.ts';
import { bundleSearchEngine, writeBlankSite } from '../support/engine-bundle.ts';
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

async function benchSize(docs: number, queryLimit: number, seed: number): Promise<string[]> {
  const work = path.join(REPO, 'tmp', 'bench-search', String(docs));
  fs.rmSync(work, { recursive: true, force: true });
  const content = path.join(work, 'content');
  const site = path.join(work, 'site');
  await generateCorpus({ docs, out: content, seed });
  writeBlankSite(site);

  const timeFile = path.join(work, 'index.time');
  const started = process.hrtime.bigint();
  const built = spawnSync(
    '/usr/bin/time',
    ['-f', '%U %S %M', '-o', timeFile, process.execPath, path.join(REPO, 'test/bench/build-search-index.ts'), content, path.join(site, 'search-index'), path.join(work, 'cache')],
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
  const shippedCode = ['pagefind.js', 'pagefind-worker.js', 'wasm.unknown.pagefind'].reduce((n, f) => n + fs.statSync(path.join(core, f)).size, 0);

  const truth = JSON.parse(fs.readFileSync(path.join(content, 'ground-truth.json'), 'utf8')) as GroundTruth[];
  const queries = pickQueries(truth, queryLimit);
  const bundle = await bundleSearchEngine();
  const server = await serveDirectory(site);
  const browser = await launchBrowser();
  const sentSince = (before: number) => [...server.sent].filter(([p]) => p.startsWith('/search-index/')).reduce((n, [, b]) => n + b, 0) - before;
  const totalSent = () => sentSince(0);
  const measures: QueryMeasure[] = [];
  try {
    for (const [i, q] of queries.entries()) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/`);
      await page.addScriptTag({ content: bundle });
      const before = totalSent();
      const first = await page.evaluate(async (query) => {
        const w = window as unknown as { GongkaiSearch: { SearchEngine: new (root: string) => any }; engine: any };
        const t0 = performance.now();
        w.engine = new w.GongkaiSearch.SearchEngine('/search-index/');
        const out = await w.engine.search(query);
        await Promise.all(out.results.slice(0, 10).map((r: { data: () => Promise<unknown> }) => r.data()));
        return { ms: performance.now() - t0, shards: out.shardsSearched as number };
      }, q.query);
      const firstBytes = sentSince(before);
      // A later query in the same tab: the next query in the list.
      const next = queries[(i + 1) % queries.length]!;
      const beforeLater = totalSent();
      await page.evaluate(async (query) => {
        const w = window as unknown as { engine: any };
        const out = await w.engine.search(query);
        await Promise.all(out.results.slice(0, 10).map((r: { data: () => Promise<unknown> }) => r.data()));
      }, next.query);
      const laterBytes = sentSince(beforeLater);
      // Recall: every result's URL (not counted in the transfer figures).
      const urls = await page.evaluate(async (query) => {
        const w = window as unknown as { engine: any };
        const out = await w.engine.search(query);
        const data = await Promise.all(out.results.map((r: { data: () => Promise<{ url: string }> }) => r.data()));
        return data.map((d) => d.url);
      }, q.query);
      const found = new Set(urls);
      const recall = q.expectedUrls.length ? q.expectedUrls.filter((u) => found.has(u)).length / q.expectedUrls.length : 1;
      measures.push({ kind: q.kind, firstBytes, firstMs: first.ms, laterBytes, recall, shards: first.shards });
      if (recall < 1) {
        const missing = q.expectedUrls.filter((u) => !found.has(u));
        console.log(`recall ${recall.toFixed(3)} for ${q.kind} "${q.query}": missing ${missing.length} of ${q.expectedUrls.length}, e.g. ${missing.slice(0, 3).join(' ')}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const lines = [
    `${docs} documents: ${stats.records} records in ${stats.shards} shards`,
    `index build: ${indexSeconds.toFixed(1)} s wall, ${(user! + sys!).toFixed(1)} s CPU, peak RSS ${(maxKb! / 1024).toFixed(0)} MB; index ${(indexBytes / 1024 / 1024).toFixed(0)} MB; search code shipped ${kb(shippedCode)} (Pagefind JS + worker + WASM)`,
  ];
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
      median(ms.map((m) => m.shards)).toFixed(0),
      (ms.reduce((n, m) => n + m.recall, 0) / ms.length).toFixed(3),
      Math.min(...ms.map((m) => m.recall)).toFixed(3),
    ];
  });
  const head = ['queries', 'n', 'first KB med', 'first KB max', 'first ms med', 'first ms max', 'later KB med', 'shards med', 'recall mean', 'recall min'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
  lines.push(line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line));
  if (!args.includes('--keep')) fs.rmSync(work, { recursive: true, force: true });
  return lines;
}

const output: string[] = [];
for (const docs of sizes.length ? sizes : [10000]) {
  const lines = await benchSize(docs, option('queries', 60), option('seed', 42));
  console.log(lines.join('\n'));
  output.push(...lines, '');
}

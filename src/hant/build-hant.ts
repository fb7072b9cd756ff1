/**
 * The 繁體 pass, run when Astro has written every page (astro:build:done):
 * a Traditional twin of every built HTML page under `zh-hant/` of the same
 * output folder (Astro's staging folder, so a failed build publishes none
 * of it).
 *
 * Pages are handed out in batches, to worker threads on a large site or
 * on the main thread for a small one (starting threads costs more than a
 * few hundred pages). Each page is read and converted on its own, so the
 * pass never holds more than a batch of pages; twins of unchanged pages
 * come from the cache (page-cache.ts), so a rebuild after one edit converts
 * only the pages that changed.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import { HANT_DIR } from '../utils/hant-paths.ts';
import type { HantStandard } from './converter.ts';
import { finishCache, readManifest, stampOfFile, type CacheManifest } from './page-cache.ts';
import { pageJob, type HantJobSettings, type JobTotals } from './page-job.ts';

/** Pages per message to a worker: large enough that messages cost nothing, small enough to share the work evenly. */
const BATCH = 200;
/** Below this many pages the main thread does the work (a worker needs ~0.2 s to load the dictionary). */
const WORKER_THRESHOLD = 3000;

export interface HantBuildOptions {
  /** The build's output folder. */
  outDir: string;
  /** The built HTML pages, relative to `outDir` (`xxgk/abc/index.html`, `404.html`). */
  files: readonly string[];
  base: string;
  /** The project's cache folder; twins are kept in its `zh-hant/` folder. */
  cacheDir: string;
  /** Names never converted (none on the site: names are shown in the page's script). */
  protect: string[];
  /** Character standard and regional phrases (site setting `hant`). */
  standard?: HantStandard;
  phrases?: boolean;
  /** Worker threads; 0 = the main thread. Default: one per core on a large site. */
  workers?: number;
  /**
   * Pages that are the published site's own, unchanged files and whose
   * published twin is already linked into `outDir` (publish/carried-pages.ts).
   * Their twins are kept without reading the page, when the converter is the
   * one that made them and the twin is the file the cache recorded.
   */
  carried?: ReadonlySet<string>;
}

export interface HantBuildStats {
  pages: number;
  reused: number;
  converted: number;
  /** Characters of the converted pages. */
  chars: number;
  /** Characters the dictionary saw (text not skipped as markup, ASCII or memo hits). */
  dictionaryChars: number;
  memoHits: number;
  pruned: number;
  workers: number;
  ms: number;
}

function sourceDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return [here, path.resolve('src/hant')].find((d) => fs.existsSync(path.join(d, 'rewrite-page.ts'))) ?? here;
}

/** A digest of everything a twin depends on besides its page: the pass's code, the dictionaries, the settings. */
export function converterFingerprint(
  base: string,
  protect: readonly string[],
  standard: HantStandard = 't',
  phrases = false,
): string {
  const hash = createHash('sha1')
    .update(STPhrases)
    .update(STCharacters)
    .update(base)
    .update(JSON.stringify([protect, standard, phrases]));
  const dir = sourceDir();
  const sources = [
    ...fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .sort()
      .map((f) => path.join(dir, f)),
    path.join(dir, '../utils/hant-paths.ts'),
  ];
  for (const file of sources)
    if (fs.existsSync(file)) hash.update(file.slice(dir.length)).update(fs.readFileSync(file));
  return hash.digest('hex');
}

function addTotals(into: JobTotals, add: JobTotals): void {
  into.pages += add.pages;
  into.reused += add.reused;
  into.chars += add.chars;
  into.dictionaryChars += add.dictionaryChars;
  into.memoHits += add.memoHits;
  for (const key of add.keys) into.keys.push(key);
}

async function runInline(settings: HantJobSettings, batches: string[][], totals: JobTotals): Promise<void> {
  const job = pageJob(settings);
  for (const batch of batches) {
    addTotals(totals, job.run(batch));
    // Let the search build's child processes be answered between batches.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function runWorkers(settings: HantJobSettings, batches: string[][], totals: JobTotals, count: number): Promise<void> {
  const script = path.join(sourceDir(), 'hant-worker.ts');
  let next = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let running = 0;
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      for (const w of workers) void w.terminate();
      reject(error);
    };
    const feed = (worker: Worker) => {
      if (next < batches.length) worker.postMessage(batches[next++]);
      else {
        void worker.terminate();
        if (--running === 0 && !failed) resolve();
      }
    };
    for (let i = 0; i < count; i++) {
      // A small young generation: pages are garbage at once, and the threads' memory adds to the build's.
      const worker = new Worker(script, { workerData: settings, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
      workers.push(worker);
      running++;
      worker.on('message', (message: { totals?: JobTotals; error?: string }) => {
        if (message.error) return fail(new Error(`繁體版页面生成失败：${message.error}`));
        addTotals(totals, message.totals!);
        feed(worker);
      });
      worker.on('error', (error) => fail(error));
      feed(worker);
    }
  });
}

/**
 * Keeps the twins of carried pages as they are (counted as reused) and
 * returns the pages still to do. A carried twin whose converter or file
 * changed since is removed first: it is a link to the published file, and
 * the pass must write a new one, not into that.
 */
function keepCarriedTwins(
  options: HantBuildOptions,
  previous: CacheManifest,
  fingerprint: string,
  totals: JobTotals,
): string[] {
  const carried = options.carried;
  if (!carried?.size) return [...options.files];
  const sameConverter = previous.fingerprint === fingerprint;
  const rest: string[] = [];
  for (const file of options.files) {
    if (!carried.has(file)) {
      rest.push(file);
      continue;
    }
    const twin = path.join(options.outDir, HANT_DIR, file);
    const key = sameConverter ? previous.keyOfPage.get(file) : undefined;
    const stamp = key === undefined ? undefined : previous.stamps.get(key);
    if (stamp !== undefined && stampOfFile(twin) === stamp) {
      totals.pages++;
      totals.reused++;
      totals.keys.push([key!, stamp, file]);
    } else {
      fs.rmSync(twin, { force: true });
      rest.push(file);
    }
  }
  return rest;
}

export async function buildHant(options: HantBuildOptions): Promise<HantBuildStats> {
  const started = performance.now();
  const clash = options.files.find((f) => f.startsWith(`${HANT_DIR}/`));
  if (clash) {
    throw new Error(`网址 /${HANT_DIR}/ 留给繁體版页面，但网站中有页面 ${clash}；请给该页面换一个网址。`);
  }
  const cacheDir = path.join(options.cacheDir, HANT_DIR);
  const previous = readManifest(cacheDir);
  const fingerprint = converterFingerprint(options.base, options.protect, options.standard, options.phrases);
  const settings: HantJobSettings = {
    outDir: options.outDir,
    base: options.base,
    cacheDir,
    fingerprint,
    protect: options.protect,
    standard: options.standard ?? 't',
    phrases: options.phrases ?? false,
    previous: previous.stamps,
  };
  const totals: JobTotals = { pages: 0, reused: 0, chars: 0, dictionaryChars: 0, memoHits: 0, keys: [] };
  const files = keepCarriedTwins(options, previous, fingerprint, totals);
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH));
  const workers = Math.min(
    options.workers ?? (files.length >= WORKER_THRESHOLD ? os.availableParallelism() : 0),
    batches.length,
  );
  if (workers > 0) await runWorkers(settings, batches, totals, workers);
  else await runInline(settings, batches, totals);
  const pruned = finishCache(cacheDir, fingerprint, previous.stamps, totals.keys);
  return {
    pages: totals.pages,
    reused: totals.reused,
    converted: totals.pages - totals.reused,
    chars: totals.chars,
    dictionaryChars: totals.dictionaryChars,
    memoHits: totals.memoHits,
    pruned,
    workers,
    ms: performance.now() - started,
  };
}

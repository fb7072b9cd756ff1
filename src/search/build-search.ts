/**
 * Builds the whole search index: plans shards, indexes the changed ones in
 * parallel child processes (unchanged shards come from the cache), and
 * makes the router, the character map and the manifest the search page
 * reads. publish.ts puts the result into the site.
 */
import { createHash } from 'node:crypto';
import { statKey } from '../catalogue/file-digests.ts';
import { fork, type ChildProcess } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AttachmentSearchSources } from './attachment-records.ts';
import type { CheckedEntry } from '../catalogue/entry.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { sitePaths } from '../utils/site-paths.ts';
import { buildCharMap, buildS2tCharMap, serialiseCharMap } from '../utils/search-char-map.ts';
import { indexPlaceholder, INDEX_LANGUAGE } from './index-shard.ts';
import { searchRecordSources, type SearchRecordSource } from './records.ts';
import type { SearchManifest, ShardEntry } from '../utils/search-manifest.ts';
import { planShards, type ShardPlan } from './shards.ts';
import { workerScript } from '../fs/worker-script.ts';

/** Bump when tokenizing or record layout changes, to invalidate cached shards. */
export const SEARCH_FORMAT_VERSION = 14;
/**
 * Records per shard. Smaller shards build faster in parallel and use less
 * memory (10,000 records, 2 cores: 5,000-record shards 40 s and 2.6 GB peak,
 * 2,500-record shards 29 s and 1.4 GB). Every shard a query opens costs the
 * browser its page list (about 11 bytes a record) and one ~30 KB index chunk
 * per term; since the search page opens shards newest first and stops at a
 * page of results, a smaller newest shard also answers broad queries cheaper.
 */
export const DEFAULT_SHARD_SIZE = 2500;
/**
 * Records per shard in the newest year (shards.ts): an edit to a new
 * document re-indexes its month's shard of at most this many records.
 * Pagefind's cost is about linear in records (≈ 6 ms CPU each on the 2-core
 * project machine), so a 2,500-record shard took ≈ 15 s CPU per edit, a
 * 500-record one ≈ 3 s; the search page opens the newest shards first, so
 * small newest shards also answer broad queries with smaller downloads.
 */
export const NEWEST_SHARD_SIZE = 500;

/** What a shard costs the browser, so the search page can budget its downloads. */
function shardCosts(bundle: string): Pick<ShardEntry, 'openBytes' | 'chunkBytes'> {
  const size = (file: string) => fs.statSync(path.join(bundle, file)).size;
  const openBytes = fs
    .readdirSync(bundle)
    .filter((f) => f.endsWith('.pf_meta') || f === 'pagefind-entry.json')
    .reduce((n, f) => n + size(f), 0);
  const chunks = fs.readdirSync(path.join(bundle, 'index'));
  const chunkBytes = chunks.length
    ? Math.round(chunks.reduce((n, f) => n + size(path.join('index', f)), 0) / chunks.length)
    : 0;
  return { openBytes, chunkBytes };
}

export interface SearchBuildStats {
  records: number;
  shards: number;
  rebuilt: number;
  reused: number;
  ms: number;
}

export interface SearchBuildOptions {
  entries: readonly CheckedEntry[];
  site: SiteSettings;
  base: string;
  /** Where built shards are kept between builds. */
  cacheDir: string;
  shardSize?: number;
  /** Records per shard in the newest year (NEWEST_SHARD_SIZE). */
  newestShardSize?: number;
  workers?: number;
  /** Attachment text to search, by 索引号 (search/attachment-records.ts). */
  attachments?: AttachmentSearchSources;
  /** The records, if the caller made them already (from the same entries, site, base and attachments). */
  records?: SearchRecordSource[] | undefined;
  /** Stat keys of the content files, from this build's content check; a file not in it is stat-ed. */
  fileKeys?: FileKeys;
}

/** Absolute path → the stat key (catalogue/file-digests.ts statKey) the check read the file at. */
export type FileKeys = ReadonlyMap<string, { key: string }>;

/**
 * What a record's body is read from, as a version: for a content file its
 * stat key, taken from the check when it handed one over (a stat of each of
 * 100,000 files was 0.8 s of a one-edit build's main thread); for an
 * attachment's text the extraction result's path, which names its digest.
 */
function sourceVersion(r: SearchRecordSource, fileKeys: FileKeys | undefined): string {
  if (r.attachment) return r.path;
  return fileKeys?.get(r.path)?.key ?? statKey(fs.statSync(r.path));
}

function shardDigest(plan: ShardPlan<SearchRecordSource>, fileKeys: FileKeys | undefined): string {
  const hash = createHash('sha1').update(`v${SEARCH_FORMAT_VERSION}\n`);
  for (const r of plan.records) {
    hash.update(JSON.stringify([r.url, r.title, r.date, r.filters, r.meta, r.identifiers, sourceVersion(r, fileKeys)]));
  }
  return hash.digest('hex').slice(0, 16);
}

interface Job {
  plan: ShardPlan<SearchRecordSource>;
  dir: string;
}

/** The gzipped router buckets of the shards in `dirs`, made on a worker thread (router-worker.ts). */
function routerBuckets(dirs: string[]): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerScript(import.meta.url, 'search/router-worker.ts'), { workerData: dirs });
    let done = false;
    worker.once('message', (buckets: Uint8Array[]) => {
      done = true;
      resolve(buckets.map((b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength)));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!done) reject(new Error(`搜索索引出错：路由表线程退出（${code}）`));
    });
  });
}

/** Runs jobs on a pool of child processes, at most one job per process at a time. */
async function runPool(jobs: Job[], workers: number, t2s: string): Promise<void> {
  if (jobs.length === 0) return;
  const queue = [...jobs];
  const children: ChildProcess[] = [];
  const run = (child: ChildProcess) =>
    new Promise<void>((resolve, reject) => {
      const next = () => {
        const job = queue.shift();
        if (!job) return resolve();
        child.once('message', (reply: { ok: boolean; terms?: string[]; error?: string }) => {
          if (!reply.ok) return reject(new Error(reply.error));
          fs.writeFileSync(path.join(job.dir, 'terms.txt'), reply.terms!.join('\n'));
          next();
        });
        child.send({ id: job.plan.id, records: job.plan.records, outDir: path.join(job.dir, 'bundle'), t2s });
      };
      child.once('exit', (code) => (queue.length ? reject(new Error(`搜索索引进程意外退出（${code}）`)) : resolve()));
      next();
    });
  try {
    const count = Math.max(1, Math.min(workers, jobs.length));
    for (let i = 0; i < count; i++)
      children.push(
        fork(workerScript(import.meta.url, 'search/shard-worker.ts'), [], {
          execArgv: [],
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        }),
      );
    await Promise.all(children.map(run));
  } finally {
    // Closing the IPC channel lets each worker exit on its own (and its Pagefind process with it).
    await Promise.all(
      children.map((child) =>
        child.exitCode !== null
          ? undefined
          : new Promise<void>((resolve) => {
              child.once('exit', () => resolve());
              child.disconnect();
            }),
      ),
    );
  }
}

/** A built search index, ready to be published into a site (see publish.ts). */
export interface SearchIndexBuild {
  stats: SearchBuildStats;
  manifest: SearchManifest;
  /** Gzipped router buckets, by bucket number. */
  router: Buffer[];
  /** Gzipped traditional → simplified character map. */
  t2s: Buffer;
  /** Gzipped simplified → traditional character map, for showing results on the 繁體 search page. */
  s2t: Buffer;
  /** Pagefind bundles: folder name in the output → folder in the cache. */
  bundles: Array<{ name: string; source: string }>;
}

export async function buildSearch(options: SearchBuildOptions): Promise<SearchIndexBuild> {
  const started = Date.now();
  const paths = sitePaths(options.base);
  const records = options.records ?? searchRecordSources(options.entries, options.site, paths, options.attachments);
  const plans = planShards(
    records,
    options.shardSize ?? DEFAULT_SHARD_SIZE,
    options.newestShardSize ?? NEWEST_SHARD_SIZE,
  );
  const t2s = serialiseCharMap(buildCharMap());
  const shardCache = path.join(options.cacheDir, 'search-shards');
  fs.mkdirSync(shardCache, { recursive: true });

  const dirs = plans.map((plan) => path.join(shardCache, `${plan.id}-${shardDigest(plan, options.fileKeys)}`));
  const jobs: Job[] = plans
    .map((plan, i) => ({ plan, dir: dirs[i]! }))
    .filter((j) => !fs.existsSync(path.join(j.dir, 'terms.txt')));
  for (const job of jobs) {
    fs.rmSync(job.dir, { recursive: true, force: true });
    fs.mkdirSync(job.dir, { recursive: true });
  }
  await runPool(jobs, options.workers ?? os.availableParallelism(), t2s);

  // The core bundle: one placeholder record, so the page can load Pagefind without any shard.
  const core = path.join(options.cacheDir, `search-core-v${SEARCH_FORMAT_VERSION}`);
  if (!fs.existsSync(path.join(core, 'pagefind.js'))) await indexPlaceholder(core);

  const router = await routerBuckets(dirs);
  const manifest: SearchManifest = {
    version: SEARCH_FORMAT_VERSION,
    language: INDEX_LANGUAGE,
    routerBuckets: router.length,
    shards: plans.map((p, i) => ({
      id: p.id,
      dir: path.basename(dirs[i]!),
      from: p.from,
      to: p.to,
      records: p.records.length,
      ...shardCosts(path.join(dirs[i]!, 'bundle')),
    })),
  };

  // Keep only the shards of this build in the cache.
  const keep = new Set(dirs.map((d) => path.basename(d)));
  for (const name of fs.readdirSync(shardCache))
    if (!keep.has(name)) fs.rmSync(path.join(shardCache, name), { recursive: true, force: true });

  return {
    stats: {
      records: records.length,
      shards: plans.length,
      rebuilt: jobs.length,
      reused: plans.length - jobs.length,
      ms: Date.now() - started,
    },
    manifest,
    router,
    t2s: gzipSync(t2s),
    s2t: gzipSync(serialiseCharMap(buildS2tCharMap())),
    bundles: [
      { name: 'core', source: core },
      ...plans.map((_p, i) => ({ name: path.basename(dirs[i]!), source: path.join(dirs[i]!, 'bundle') })),
    ],
  };
}

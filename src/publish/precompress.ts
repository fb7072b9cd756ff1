/**
 * Writes `.br` and `.gz` copies beside every text file of the built site
 * worth compressing (site setting `precompress: true`), so a web server can
 * send them as they are (nginx `gzip_static`, Apache rewrite rules, Caddy
 * `precompressed`; see deploy/) instead of compressing on every request, and
 * at higher settings than a server uses on the fly.
 *
 * A file carried over unchanged from the published site (the same inode:
 * carried-pages.ts and the attachment store link files, never copy them)
 * takes the published copies too, so an incremental build compresses only
 * what it wrote anew.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/** Text types the build compresses. */
export const PRECOMPRESSED_TYPES = [
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.xml',
  '.svg',
  '.csv',
  '.txt',
  '.webmanifest',
];
/** Smaller files gain too little: a compressed response has its own overhead. */
export const MIN_BYTES = 1024;

const brotli = promisify(zlib.brotliCompress);

/**
 * Brotli's best setting (11) costs about 70 ms for a 10–30 KB page and 16 s
 * for the CMS's 2 MB script; setting 6 takes about 1 ms and its output is
 * about 12% larger (settings 7 to 10 cost 5 to 50 ms for 2–3% less). The
 * shared styles and scripts (/_astro/, a handful of files every page loads)
 * get the best; pages, feeds and the rest, thousands of files on a large
 * site, get 6.
 */
function brotliQuality(file: string, size: number): number {
  return file.includes(`${path.sep}_astro${path.sep}`) && size < 512 * 1024 ? zlib.constants.BROTLI_MAX_QUALITY : 6;
}
const gzip = promisify(zlib.gzip);

export interface PrecompressStats {
  files: number;
  /** Files whose copies were taken from the published site. */
  reused: number;
  bytes: number;
  brBytes: number;
  gzBytes: number;
  ms: number;
}

function* candidates(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* candidates(file);
    else if (entry.isFile() && PRECOMPRESSED_TYPES.includes(path.extname(entry.name).toLowerCase())) yield file;
  }
}

function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [fs.statSync(a), fs.statSync(b)];
    return x.ino === y.ino && x.dev === y.dev;
  } catch {
    return false;
  }
}

/** Links the published `.br`/`.gz` of an unchanged file; false when there are none to take. */
function reuse(file: string, published: string): boolean {
  if (!sameFile(file, published) || !fs.existsSync(`${published}.br`) || !fs.existsSync(`${published}.gz`))
    return false;
  for (const ext of ['.br', '.gz']) {
    fs.rmSync(file + ext, { force: true });
    fs.linkSync(published + ext, file + ext);
  }
  return true;
}

async function compress(file: string, size: number): Promise<[number, number]> {
  const data = await fs.promises.readFile(file);
  const [br, gz] = await Promise.all([
    brotli(data, {
      params: {
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_QUALITY]: brotliQuality(file, size),
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size,
      },
    }),
    gzip(data, { level: zlib.constants.Z_BEST_COMPRESSION }),
  ]);
  await Promise.all([fs.promises.writeFile(`${file}.br`, br), fs.promises.writeFile(`${file}.gz`, gz)]);
  return [br.length, gz.length];
}

/**
 * Precompresses the text files under `root` (the staged site); `published`
 * is the site it replaces, whose copies of unchanged files are reused.
 */
export async function precompressTree(root: string, published?: string): Promise<PrecompressStats> {
  const started = performance.now();
  const stats: PrecompressStats = { files: 0, reused: 0, bytes: 0, brBytes: 0, gzBytes: 0, ms: 0 };
  const queue: Array<{ file: string; size: number }> = [];
  for (const file of candidates(root)) {
    const size = fs.statSync(file).size;
    if (size < MIN_BYTES) continue;
    stats.files++;
    stats.bytes += size;
    if (published && reuse(file, path.join(published, path.relative(root, file)))) {
      stats.reused++;
      stats.brBytes += fs.statSync(`${file}.br`).size;
      stats.gzBytes += fs.statSync(`${file}.gz`).size;
    } else queue.push({ file, size });
  }
  // As many files at once as zlib has threads to compress them on.
  const lanes = Math.max(1, Math.min(os.availableParallelism(), Number(process.env.UV_THREADPOOL_SIZE ?? 4)));
  let next = 0;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < queue.length) {
        const { file, size } = queue[next++]!;
        const [br, gz] = await compress(file, size);
        stats.brBytes += br;
        stats.gzBytes += gz;
      }
    }),
  );
  stats.ms = performance.now() - started;
  return stats;
}

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
const pct = (part: number, whole: number) => `${whole ? Math.round((1 - part / whole) * 100) : 0}%`;

/** The build log's line. */
export function precompressSummary(s: PrecompressStats): string {
  return (
    `预压缩：${s.files} 个文本文件（沿用 ${s.reused}），${mb(s.bytes)} → br ${mb(s.brBytes)}（省 ${pct(s.brBytes, s.bytes)}）、` +
    `gz ${mb(s.gzBytes)}（省 ${pct(s.gzBytes, s.bytes)}），用时 ${(s.ms / 1000).toFixed(1)} 秒`
  );
}

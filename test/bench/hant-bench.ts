/**
 * The 繁體 pass on its own, over a site that is already built: time, CPU,
 * characters per second and peak memory for
 *   cold — no cached twins (every page converted);
 *   warm — every twin from the cache (nothing changed);
 *   edit — one page changed.
 *
 *   node_modules/.bin/node test/bench/hant-bench.ts --dist tmp/bench/10000/dist [--workers N] [--base /]
 *
 * Works on a copy of nothing: it writes `zh-hant/` into the given folder
 * (replacing one a build left there) and keeps its cache in a temporary
 * folder beside it, deleted at the end. Peak RSS is the whole process's
 * (the pass's threads included), measured in a child process per run so
 * the runs do not inherit each other's peak.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHant, type HantBuildStats } from '../../src/hant/build-hant.ts';
import { HANT_DIR } from '../../src/utils/hant-paths.ts';
import { calibrate } from './build-bench.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The simplified pages of a built site, found by walking it (files/, _astro/ and the index skipped). */
function pagesOf(dist: string): string[] {
  const skip = new Set(['_astro', 'files', 'search-index', HANT_DIR]);
  const found: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!(rel === '' && skip.has(e.name))) walk(path.join(dir, e.name), r);
      } else if (e.name.endsWith('.html')) found.push(r);
    }
  };
  walk(dist, '');
  return found.sort();
}

interface RunResult {
  stats: HantBuildStats;
  cpu: number;
  peakMb: number;
}

/** One run of the pass in this process (the child side). */
async function runOnce(dist: string, cache: string, workers: number | undefined, base: string): Promise<void> {
  fs.rmSync(path.join(dist, HANT_DIR), { recursive: true, force: true });
  const files = pagesOf(dist);
  const cpuBefore = process.cpuUsage();
  // As the build runs it (site setting hant: standard t, no phrases): no protected names since issue 18, every line in one script.
  const stats = await buildHant({
    outDir: dist,
    files,
    base,
    cacheDir: cache,
    protect: [],
    standard: 't',
    phrases: false,
    workers,
  });
  const cpu = process.cpuUsage(cpuBefore);
  const result: RunResult = {
    stats,
    cpu: (cpu.user + cpu.system) / 1e6,
    peakMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function run(
  scenario: string,
  dist: string,
  cache: string,
  workers: string | undefined,
  base: string,
): RunResult & { scenario: string } {
  const self = fileURLToPath(import.meta.url);
  const args = [
    self,
    '--child',
    '--dist',
    dist,
    '--cache',
    cache,
    '--base',
    base,
    ...(workers ? ['--workers', workers] : []),
  ];
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${scenario} failed:\n${result.stderr}`);
  return { scenario, ...(JSON.parse(result.stdout.trim().split('\n').pop()!) as RunResult) };
}

/** Appends a sentence to one page, as an edit would change it. */
function editOnePage(dist: string): string {
  const page = pagesOf(dist).find((f) => f.startsWith('xxgk/'))!;
  const file = path.join(dist, page);
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('</main>', `<p>基准测试修改：${Date.now()}</p></main>`));
  return page;
}

async function main(): Promise<void> {
  const dist = path.resolve(arg('dist') ?? 'dist');
  const base = arg('base') ?? '/';
  const workers = arg('workers');
  if (process.argv.includes('--child'))
    return runOnce(dist, arg('cache')!, workers === undefined ? undefined : Number(workers), base);
  const cache = `${dist}.hant-bench-cache`;
  fs.rmSync(cache, { recursive: true, force: true });
  // The same CPU yardstick as bench:build, so runs on a busy machine can be compared.
  const calibration = calibrate();
  const runs = [run('cold', dist, cache, workers, base), run('warm', dist, cache, workers, base)];
  const edited = editOnePage(dist);
  runs.push(run('one edit', dist, cache, workers, base));
  fs.rmSync(cache, { recursive: true, force: true });
  const htmlMb = pagesOf(dist).reduce((n, f) => n + fs.statSync(path.join(dist, f)).size, 0) / 1024 / 1024;
  console.log(
    `${runs[0]!.stats.pages} pages, ${htmlMb.toFixed(0)} MB of HTML; edited ${edited}; CPU calibration loop ${calibration.toFixed(2)} s`,
  );
  console.log(
    '| run | workers | wall s | CPU s | converted | reused | M chars | M chars/s (wall) | dictionary M chars | peak RSS MB |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of runs) {
    const s = r.stats;
    const wall = s.ms / 1000;
    console.log(
      `| ${r.scenario} | ${s.workers} | ${wall.toFixed(2)} | ${r.cpu.toFixed(2)} | ${s.converted} | ${s.reused} | ${(s.chars / 1e6).toFixed(1)} | ${(s.chars / 1e6 / wall).toFixed(1)} | ${(s.dictionaryChars / 1e6).toFixed(1)} | ${r.peakMb.toFixed(0)} |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

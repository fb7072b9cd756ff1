/**
 * Build benchmark: generates a corpus of N documents, builds it with
 * `npm run build`'s command, and prints wall time, CPU time, peak memory of
 * the largest process, page count and output size for
 *   cold      — no output, no cache;
 *   warm      — a second build with nothing changed (the published site is kept);
 *   next day  — the same content built a day later (only the date changed);
 *   one edit  — a build after editing one document, on that next day.
 *
 *   npm run bench:build -- --docs 10000 [--seed 42] [--keep] [--check-baseline] [--attachment-share 0.28]
 *                          [--peer [--peer-mem-limit 8]]
 *
 * --peer also builds the same corpus with Hugo + stock Pagefind (hugo-peer.ts)
 * and prints both in one table with the ratios Gongkai ÷ peer. CPU is user +
 * system of the whole process tree (reap-time.py); "tree RSS" is the sampled sum
 * of resident memory over the tree, "max proc RSS" the largest single
 * process (measure.ts).
 *
 * --check-baseline compares cold CPU time per document, divided by a fixed
 * CPU calibration loop measured in the same run, with test/bench/baseline.json,
 * and exits non-zero on a regression of more than 50 %. A ratio, not an
 * absolute time, so it means the same on a slow or a busy machine. The
 * baseline corpus has no attachments to read unless baseline.json says
 * `attachmentShare` (the default corpus gives 28 % of non-news documents one).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './generate-corpus.ts';
import { readStages } from '../../src/publish/stage-timer.ts';
import { buildDate } from '../../src/utils/dates.ts';
import { printComparison, printStages, type BuildStages, type Row } from './bench-table.ts';
import { buildPeer, ensureHugo, hugoName, hugoVersion, prepareHugoSite, type PeerRun } from './hugo-peer.ts';
import { measure } from './measure.ts';
import { buildEnv } from '../support/build-site.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BASELINE_FILE = path.join(REPO, 'test/bench/baseline.json');

interface Run {
  scenario: string;
  /** `npm run build` found nothing changed and kept the published site. */
  kept: boolean;
  /** The build's attachment lines (counts, cache hits, reading cost by type). */
  attachments: string[];
  wall: number;
  cpu: number;
  /** GNU time's CPU figure (measure.ts), printed beside the baseline ratio. */
  ownCpu: number;
  /** Largest single process. */
  peakMb: number;
  /** The whole process tree (sampled). */
  treeMb: number;
  pages: number;
  outputMb: number;
  /** Time per stage, as the build wrote it (src/publish/stage-timer.ts). */
  stages?: BuildStages;
}

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

/** Seconds of one fixed CPU-bound loop: the yardstick for the baseline ratio. */
export function calibrate(): number {
  const started = process.hrtime.bigint();
  let data = Buffer.alloc(1024 * 1024, 7);
  for (let i = 0; i < 400; i++)
    data = Buffer.from(
      createHash('sha256')
        .update(data)
        .digest('hex')
        .repeat(16384)
        .slice(0, 1024 * 1024),
    );
  return Number(process.hrtime.bigint() - started) / 1e9;
}

function dirStats(dir: string): { pages: number; bytes: number } {
  let pages = 0;
  let bytes = 0;
  for (const f of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const st = fs.statSync(path.join(dir, f));
    if (!st.isFile()) continue;
    bytes += st.size;
    if (f.endsWith('.html')) pages++;
  }
  return { pages, bytes };
}

/**
 * Runs `npm run build`'s command (src/integrations/build-cli.ts, which runs
 * `astro build` unless nothing changed), measured (measure.ts): CPU and peak
 * RSS of the whole process tree. `today` is the build date (GONGKAI_TODAY).
 */
async function build(scenario: string, content: string, out: string, cache: string, today: string): Promise<Run> {
  const result = await measure(process.execPath, [path.join(REPO, 'src/integrations/build-cli.ts')], {
    cwd: REPO,
    env: buildEnv(content, out, cache, today),
  });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}\n`);
    throw new Error(`${scenario} build failed (exit ${result.status})`);
  }
  const { pages, bytes } = dirStats(out);
  // The attachment summary: its first line carries the logger's prefix, the reading cost by type follows it.
  const attachments = result.stdout
    .split('\n')
    .flatMap((l) => (/\[gongkai\] 附件|^附件读取用时/.test(l) ? [l.replace(/^.*\[gongkai\] /, '')] : []));
  return {
    scenario,
    kept: result.stdout.includes('网站保持原样'),
    attachments,
    wall: result.wall,
    cpu: result.cpu,
    ownCpu: result.ownCpu,
    peakMb: result.maxProcMb,
    treeMb: result.treeMb,
    pages,
    outputMb: bytes / 1024 / 1024,
    stages: readStages(cache),
  };
}

/** Appends a sentence to the newest policy, as an editor would; returns the file and the sentence. */
function editOneDocument(content: string): { file: string; sentence: string } {
  const dir = path.join(content, 'policies');
  const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.mdx?$/.test(f)).sort();
  const file = path.join(dir, files[files.length - 1]!);
  const sentence = `本文件于基准测试中修改：${Date.now()}。`;
  fs.appendFileSync(file, `\n${sentence}\n`);
  return { file: path.relative(content, file), sentence };
}

/**
 * After the edit: the pages written since `since` (unchanged pages keep their
 * files), and whether the edited document's page is among them with the new
 * sentence. A rebuild that kept a stale page must not pass as fast.
 */
function rewrittenPages(out: string, since: number, sentence: string): { rewritten: number; found: boolean } {
  let rewritten = 0;
  let found = false;
  for (const file of fs.readdirSync(out, { recursive: true }) as string[]) {
    if (!file.endsWith('.html') || file.startsWith('zh-hant')) continue;
    const full = path.join(out, file);
    if (fs.statSync(full).mtimeMs < since) continue;
    rewritten++;
    if (!found && file.startsWith('xxgk') && fs.readFileSync(full, 'utf8').includes(sentence)) found = true;
  }
  return { rewritten, found };
}

const gongkaiRow = (r: Run): Row => ({
  name: `Gongkai ${r.scenario}`,
  scenario: r.scenario,
  wall: r.wall,
  cpu: r.cpu,
  treeMb: r.treeMb,
  procMb: r.peakMb,
  pages: r.pages,
  outputMb: r.outputMb,
});

function peerRows(p: PeerRun): Row[] {
  const pf = p.pagefind;
  const killed = pf?.killedAtGib !== undefined ? `killed at ${pf.killedAtGib.toFixed(1)} GiB` : undefined;
  const rows: Row[] = [
    {
      name: `Hugo ${p.scenario}`,
      scenario: p.scenario,
      wall: p.hugo.wall,
      cpu: p.hugo.cpu,
      treeMb: p.hugo.treeMb,
      procMb: p.hugo.maxProcMb,
      pages: p.pages,
    },
  ];
  if (pf) {
    rows.push({
      name: `Pagefind ${p.scenario}`,
      scenario: p.scenario,
      wall: pf.wall,
      cpu: pf.cpu,
      treeMb: pf.treeMb,
      procMb: pf.maxProcMb,
      ...(killed && { note: killed }),
    });
    // One after the other: times add up, memory is the larger of the two.
    rows.push({
      name: `Hugo + Pagefind ${p.scenario}`,
      scenario: p.scenario,
      wall: p.hugo.wall + pf.wall,
      cpu: p.hugo.cpu + pf.cpu,
      treeMb: Math.max(p.hugo.treeMb, pf.treeMb),
      procMb: Math.max(p.hugo.maxProcMb, pf.maxProcMb),
      pages: p.pages,
      peer: true,
      ...(killed && { note: killed }),
    });
  }
  return rows;
}

/**
 * --peer: Hugo + stock Pagefind over the same corpus, cold, warm (nothing
 * changed) and after the same one-document edit. Hugo has no build cache
 * between runs and Pagefind indexes everything each time, so warm and edit
 * are full runs too — measured, not assumed.
 */
async function runPeerScenarios(dir: string, editedFile: string, sentence: string): Promise<Row[]> {
  const limitGib = Number(arg('peer-mem-limit', '8'));
  console.log(`peer: ${hugoVersion()} + Pagefind (node_modules), Pagefind killed above ${limitGib} GiB`);
  const limit = limitGib * 2 ** 30;
  const cold = await buildPeer('cold', REPO, dir, limit);
  const warm = await buildPeer('warm', REPO, dir, limit);
  fs.appendFileSync(path.join(dir, 'content', hugoName(editedFile)), `\n${sentence}\n`);
  const edit = await buildPeer('one edit', REPO, dir, limit);
  return [cold, warm, edit].flatMap(peerRows);
}

async function main(): Promise<void> {
  const docs = Number(arg('docs', '2000'));
  const seed = Number(arg('seed', '42'));
  const work = path.join(REPO, 'tmp', 'bench', String(docs));
  const content = path.join(work, 'content');
  const out = path.join(work, 'dist');
  const cache = path.join(work, 'cache');
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  // The baseline was measured on a corpus without attachments to read: --check-baseline builds the same kind
  // (baseline.json's attachmentShare, 0 when absent), so the ratio compares like with like.
  const baseline = flag('check-baseline')
    ? (JSON.parse(fs.readFileSync(BASELINE_FILE, 'utf8')) as { docs: number; ratio: number; attachmentShare?: number })
    : undefined;
  const attachmentShare =
    arg('attachment-share') !== undefined
      ? Number(arg('attachment-share'))
      : baseline
        ? (baseline.attachmentShare ?? 0)
        : undefined;
  const corpus = await generateCorpus({
    docs,
    out: content,
    seed,
    ...(attachmentShare !== undefined && { attachmentShare }),
  });
  console.log(
    `corpus: ${corpus.docs} documents, ${corpus.files} files, ${(corpus.bytes / 1024 / 1024).toFixed(0)} MB (${corpus.attachments} attachments, ${(corpus.attachmentBytes / 1024 / 1024).toFixed(1)} MB), generated in ${corpus.seconds.toFixed(1)} s`,
  );

  // The Hugo copy is made before Gongkai's edit, and later edited the same way.
  const skip = flag('peer') ? ensureHugo() : undefined;
  if (skip) console.log(`peer: ${skip}`);
  const peerDir = flag('peer') && !skip ? path.join(work, 'hugo') : undefined;
  if (peerDir) prepareHugoSite(content, peerDir);

  const calibration = calibrate();
  // Warm: nothing changed, so `npm run build` keeps the published site (src/publish/build-inputs.ts).
  // Next day: the same content a day later, which Astro builds again (征集意见 and reminders follow the date).
  // The edit is built on that next day too, so that it is the only change.
  const today = buildDate();
  const nextDay = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const runs = [
    await build('cold', content, out, cache, today),
    await build('warm', content, out, cache, today),
    await build('next day', content, out, cache, nextDay),
  ];
  if (!runs[1]!.kept) {
    console.error('The warm build (nothing changed) did not keep the published site.');
    process.exitCode = 1;
  }
  const edited = editOneDocument(content);
  const editStart = Date.now();
  runs.push(await build('one edit', content, out, cache, nextDay));
  const peer = peerDir ? await runPeerScenarios(peerDir, edited.file, edited.sentence) : [];
  printComparison(docs, [...runs.map(gongkaiRow), ...peer]);
  printStages(runs.map((r) => ({ scenario: r.scenario, wall: r.wall, stages: r.stages })));
  for (const r of runs) if (r.attachments.length) console.log(`${r.scenario}: ${r.attachments.join('\n  ')}`);
  const check = rewrittenPages(out, editStart, edited.sentence);
  console.log(
    `edited: ${edited.file}; simplified pages rewritten: ${check.rewritten}; CPU calibration loop: ${calibration.toFixed(2)} s`,
  );
  // The edit touched one document's text, not a file: nothing may be read again.
  const reread = /本次读取 (\d+)/.exec(runs[3]!.attachments.join('\n'))?.[1];
  // A corpus without attachments (the baseline check's) reports no reading at all.
  const hasAttachments = /本次读取/.test(runs[0]!.attachments.join('\n'));
  if (hasAttachments && reread !== '0') {
    console.error(
      `The one-document edit read ${reread ?? 'an unknown number of'} attachments again: unchanged files must come from the cache.`,
    );
    process.exitCode = 1;
  }
  if (!check.found) {
    console.error(
      `The edited document's page does not show the edit ("${edited.sentence}"): the rebuild kept a stale page.`,
    );
    process.exitCode = 1;
  }

  // All processes (reap-time.py), Pagefind services included: GNU time counts a service only when its worker
  // outlives it, which changed with the worker's own work after indexing (2026-12-07: 15.7 → 25.9 s GNU time
  // for the same 26 s of CPU), so it no longer says whether the build got slower.
  // The guard builds cold a second time and keeps the lower figure: on this shared machine one cold build's
  // CPU varies by up to 40 % between runs (docs/benchmarks-build.md), while a regression shows in both.
  let coldCpu = runs[0]!.cpu;
  if (baseline) {
    const again = await build(
      'cold (again, for the guard)',
      content,
      path.join(work, 'dist-again'),
      path.join(work, 'cache-again'),
      today,
    );
    console.log(`second cold build for the guard: ${again.cpu.toFixed(1)} s CPU (first ${coldCpu.toFixed(1)} s)`);
    coldCpu = Math.min(coldCpu, again.cpu);
  }
  const ratio = coldCpu / docs / calibration;
  console.log(
    `cold CPU per 1,000 documents ÷ calibration: ${(ratio * 1000).toFixed(3)} (all processes ${coldCpu.toFixed(1)} s; GNU time's way ${runs[0]!.ownCpu.toFixed(1)} s)`,
  );
  if (baseline) {
    const limit = baseline.ratio * 1.5;
    const ok = ratio <= limit;
    console.log(
      `baseline ${(baseline.ratio * 1000).toFixed(3)}, limit ${(limit * 1000).toFixed(3)}: ${ok ? 'ok' : 'REGRESSION'}`,
    );
    if (!ok) process.exitCode = 1;
  }
  if (!flag('keep')) fs.rmSync(work, { recursive: true, force: true });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

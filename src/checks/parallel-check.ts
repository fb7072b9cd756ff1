/**
 * Checks the content files the check cache does not know yet on every core
 * before checkContent() runs, and puts the valid ones into the cache as if
 * an earlier run had checked them. checkContent() then finds them there and
 * stays what it was: one pass, in file order, that alone decides and
 * reports (a file with problems is left out here and checked again there,
 * so its messages and line numbers come from the same code as always).
 *
 * Why: checking each file on its own (read, frontmatter, schema, body facts)
 * was 83 % of a cold check in a profile of 10,000 documents (3.4 of 4.1 s),
 * all on one core, and the whole build waits for the check. The main thread
 * checks batches itself while the worker threads start, so a small batch of
 * new files costs no start-up (docs/benchmarks-build.md, finding 22).
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { statKey } from '../catalogue/file-digests.ts';
import type { ContentProblem } from '../schemas/format-issues.ts';
import type { CheckCache } from './check-cache.ts';
import { checkOneFile, type CheckJob, type CheckedFile } from './check-job.ts';
import type { ContentFile } from './content-files.ts';
import { sourceFileProblems } from './check-source-file.ts';
import { workerScript } from '../fs/worker-script.ts';

/** Files per message: large enough that messages cost little, small enough that both cores finish together. */
const BATCH = 64;
/** Below this many unknown files a worker's start-up (about 0.7 s on two cores) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 500;

export interface ParallelCheckStats {
  /** Files not in the cache, checked here. */
  files: number;
  /** Worker threads used besides the main thread. */
  workers: number;
  /** Of `files`, those the worker threads checked. */
  byWorkers: number;
}

export interface ParallelCheckOptions {
  /** Worker threads besides the main thread; default one per further core. */
  workers?: number;
  /** Fewest unknown files worth starting workers for (default MIN_FILES_FOR_WORKERS). */
  minFiles?: number;
  /** False: only the workers check files (the tests' way to see what the workers hand back). */
  mainThread?: boolean;
}

/** The listed files that `cache` has no result for and that the check would read. */
function unknownFiles(root: string, files: readonly ContentFile[], cache: CheckCache): CheckJob[] {
  // Problems are reported by checkContent() itself; here a file with one is simply not checked.
  const ignored: ContentProblem[] = [];
  const jobs: CheckJob[] = [];
  for (const { collection, relative, full, file, lstat, stat } of files) {
    if (!lstat || !stat) continue;
    const key = statKey(stat);
    if (cache.knows(full, key)) continue;
    if (!sourceFileProblems(full, relative, file, root, stat.size, ignored, ignored, lstat)) continue;
    jobs.push({ collection, relative, file, path: full, key });
  }
  return jobs;
}

/**
 * Checks the `files` of the content folder `root` that `cache` does not
 * know, on the main thread and worker threads, and adds the valid ones to
 * `cache`. Pass checkContent() the same `files`.
 */
export async function checkUnknownFiles(
  root: string,
  files: readonly ContentFile[],
  cache: CheckCache,
  options: ParallelCheckOptions = {},
): Promise<ParallelCheckStats> {
  const jobs = unknownFiles(root, files, cache);
  const add = (results: readonly CheckedFile[]) => {
    for (const r of results) cache.add(r.path, r.key, r.data, r.facts);
  };
  const wanted = options.workers ?? os.availableParallelism() - 1;
  const workers = jobs.length >= (options.minFiles ?? MIN_FILES_FOR_WORKERS) ? Math.max(0, wanted) : 0;
  const batches: CheckJob[][] = [];
  for (let i = 0; i < jobs.length; i += BATCH) batches.push(jobs.slice(i, i + BATCH));
  let next = 0;
  let byWorkers = 0;
  const threads = Array.from({ length: workers }, () =>
    runWorker(
      batches,
      () => next++,
      (results, count) => {
        add(results);
        byWorkers += count;
      },
    ),
  );
  // The main thread takes batches too, yielding between them so the workers' answers come in.
  while ((options.mainThread ?? true) && next < batches.length) {
    add(batches[next++]!.map(checkOneFile).filter((r) => r !== undefined));
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(threads);
  return { files: jobs.length, workers, byWorkers };
}

/**
 * One worker thread: takes batches until none are left, hands back the valid
 * files. A worker that fails only loses speed: the files of its batch are
 * not in the cache, so checkContent() checks them (and reports any problem).
 */
function runWorker(
  batches: readonly CheckJob[][],
  take: () => number,
  add: (results: readonly CheckedFile[], checked: number) => void,
): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(workerScript(import.meta.url, 'checks/check-worker.ts'), {
      resourceLimits: { maxYoungGenerationSizeMb: 32 },
    });
    const stop = () => void worker.terminate().then(() => resolve());
    let inFlight = 0;
    worker.on('message', (message: { results?: CheckedFile[]; checked?: number; error?: string }) => {
      if (message.error) return stop();
      if (message.results) {
        add(message.results, message.checked!);
        inFlight--;
      }
      // Two batches queued: the next one is waiting when a batch ends, even while the main thread is busy with its own.
      while (inFlight < 2) {
        const i = take();
        if (i >= batches.length) break;
        worker.postMessage(batches[i]);
        inFlight++;
      }
      if (inFlight === 0) stop();
    });
    worker.on('error', () => resolve());
  });
}

/**
 * Reads the text of every attachment once per version of the file: results
 * are kept in Astro's cache folder under the file's SHA-256 (the digest the
 * published copy is stored under, publish/published-files.ts), so a rebuild
 * reads only new or replaced files. Files are read in worker threads, several
 * at a time, each with a size, time and memory limit: a file that cannot be
 * read within them gets a reason (shown as a warning), never a failed build.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { isReadable } from './readable-types.ts';
import type { ExtractResult } from './types.ts';
import { workerScript } from '../fs/worker-script.ts';

/** Bump when an extractor's output changes: every file is read again. */
export const EXTRACT_VERSION = 3;
/** Larger files are not read (their text would not fit a search record anyway). */
export const MAX_EXTRACT_BYTES = 50 * 1024 * 1024;
/** Time one file may take. */
export const EXTRACT_TIMEOUT_MS = 30_000;
/** Memory one worker may use; a decompression bomb ends the worker, not the build. */
const WORKER_HEAP_MB = 1024;

export interface ExtractJob {
  source: string;
  sha256: string;
  /** Lower-case extension without the dot. */
  ext: string;
  bytes: number;
}

export interface TypeCost {
  files: number;
  bytes: number;
  ms: number;
}

export interface ExtractionStats {
  /** Distinct file versions with a reader. */
  files: number;
  /** Of those, results taken from the cache. */
  cached: number;
  /** Read in this run. */
  read: number;
  failed: number;
  ms: number;
  /** Files read in this run, by type: count, bytes and worker time. */
  byType: Record<string, TypeCost>;
}

export class AttachmentTexts {
  readonly dir: string;

  constructor(cacheDir: string) {
    this.dir = path.join(cacheDir, `attachment-text-v${EXTRACT_VERSION}`);
  }

  /** Where one version's result is kept (JSON of ExtractResult). */
  resultFile(sha256: string): string {
    return path.join(this.dir, `${sha256}.json`);
  }

  read(sha256: string): ExtractResult | undefined {
    try {
      return JSON.parse(fs.readFileSync(this.resultFile(sha256), 'utf8')) as ExtractResult;
    } catch {
      return undefined;
    }
  }

  /** Removes the results of versions no longer published (replaced or removed files), after a finished build. */
  prune(keep: ReadonlySet<string>): number {
    let removed = 0;
    for (const name of fs.existsSync(this.dir) ? fs.readdirSync(this.dir) : []) {
      if (keep.has(name.replace(/\.json$/, ''))) continue;
      fs.rmSync(path.join(this.dir, name), { force: true });
      removed++;
    }
    return removed;
  }

  /** Reads every job's file that has no result yet; returns what it did. */
  async extractAll(
    jobs: readonly ExtractJob[],
    options: { workers?: number; timeoutMs?: number; maxBytes?: number } = {},
  ): Promise<ExtractionStats> {
    const started = Date.now();
    fs.mkdirSync(this.dir, { recursive: true });
    const unique = new Map<string, ExtractJob>();
    for (const j of jobs) if (isReadable(j.ext) && !unique.has(j.sha256)) unique.set(j.sha256, j);
    const todo = [...unique.values()].filter((j) => !fs.existsSync(this.resultFile(j.sha256)));
    const stats: ExtractionStats = {
      files: unique.size,
      cached: unique.size - todo.length,
      read: 0,
      failed: 0,
      ms: 0,
      byType: {},
    };
    const maxBytes = options.maxBytes ?? MAX_EXTRACT_BYTES;
    const queue: ExtractJob[] = [];
    for (const j of todo) {
      if (j.bytes > maxBytes) this.fail(j, `文件大于 ${Math.round(maxBytes / 1024 / 1024)} MB，未读取其内容`, stats);
      else queue.push(j);
    }
    const timeoutMs = options.timeoutMs ?? EXTRACT_TIMEOUT_MS;
    const count = Math.max(1, Math.min(options.workers ?? os.availableParallelism(), queue.length));
    if (queue.length) await Promise.all(Array.from({ length: count }, () => this.runWorker(queue, timeoutMs, stats)));
    stats.ms = Date.now() - started;
    return stats;
  }

  private fail(job: ExtractJob, reason: string, stats: ExtractionStats): void {
    fs.writeFileSync(this.resultFile(job.sha256), JSON.stringify({ ok: false, reason } satisfies ExtractResult));
    stats.failed++;
  }

  /** One worker thread working through the shared queue; replaced when a file takes too long or too much memory. */
  private async runWorker(queue: ExtractJob[], timeoutMs: number, stats: ExtractionStats): Promise<void> {
    let worker: Worker | undefined;
    try {
      for (let job = queue.shift(); job; job = queue.shift()) {
        worker ??= new Worker(workerScript(import.meta.url, 'attachments/extract-worker.ts'), {
          resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
        });
        const t0 = Date.now();
        const outcome = await this.runOne(worker, job, timeoutMs);
        const ms = Date.now() - t0;
        const cost = (stats.byType[job.ext] ??= { files: 0, bytes: 0, ms: 0 });
        cost.files++;
        cost.bytes += job.bytes;
        cost.ms += ms;
        stats.read++;
        if (outcome === 'ok') continue;
        if (outcome !== 'failed') {
          // The worker is stuck or dead: record why and start a fresh one for the next file.
          void worker.terminate();
          worker = undefined;
          this.fail(job, outcome, stats);
        } else stats.failed++;
      }
    } finally {
      await worker?.terminate();
    }
  }

  /** 'ok', 'failed' (the worker wrote the reason), or the reason the worker had to be ended. */
  private runOne(worker: Worker, job: ExtractJob, timeoutMs: number): Promise<string> {
    return new Promise((resolve) => {
      const done = (outcome: string) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve(outcome);
      };
      const onMessage = (reply: { ok: boolean }) => done(reply.ok ? 'ok' : 'failed');
      const onError = (error: Error) =>
        done(
          (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `读取时内存超过 ${WORKER_HEAP_MB} MB，未读取其内容`
            : `读取出错：${error.message.slice(0, 200)}`,
        );
      const onExit = () => done('读取进程意外退出');
      const timer = setTimeout(() => done(`读取超过 ${Math.round(timeoutMs / 1000)} 秒，未读取其内容`), timeoutMs);
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage({ file: job.source, ext: job.ext, out: this.resultFile(job.sha256) });
    });
  }
}

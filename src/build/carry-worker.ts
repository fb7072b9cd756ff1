/**
 * Worker thread of carried-pages.ts: links the published pages into the
 * staging folder one after another. Plain synchronous links on a thread of
 * their own beat many asynchronous ones: those queue on libuv's four-thread
 * pool, where they slowed Astro's own file reads during content sync, and
 * contend for the same directory locks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

export interface CarryTask {
  publishedDir: string;
  stagingDir: string;
  pages: string[];
}

export type CarryResult = { ok: true; linked: string[] } | { ok: false; error: string };

/**
 * Gone from the published site (deleted by hand), on another disk, or
 * already made by Astro, which does not wait for this thread: the page is
 * then Astro's to make.
 */
const SKIPPED = new Set(['ENOENT', 'EEXIST', 'EXDEV', 'EPERM', 'EMLINK']);

function carry({ publishedDir, stagingDir, pages }: CarryTask): string[] {
  const madeDirs = new Set<string>();
  const linked: string[] = [];
  for (const page of pages) {
    const to = path.join(stagingDir, page);
    const folder = path.dirname(to);
    if (!madeDirs.has(folder)) {
      fs.mkdirSync(folder, { recursive: true });
      madeDirs.add(folder);
    }
    try {
      fs.linkSync(path.join(publishedDir, page), to);
      linked.push(to);
    } catch (error) {
      if (!SKIPPED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    }
  }
  return linked;
}

try {
  parentPort!.postMessage({ ok: true, linked: carry(workerData as CarryTask) } satisfies CarryResult);
} catch (error) {
  parentPort!.postMessage({ ok: false, error: (error as Error).stack ?? String(error) } satisfies CarryResult);
}

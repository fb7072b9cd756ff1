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
  /** Where each page's twin lives (`zh-hant`): linked too, when there is one. */
  twinDir: string;
}

/** Pages (output-relative) whose file, and whose twin, were linked. */
export type CarryResult = { ok: true; linked: string[]; twins: string[] } | { ok: false; error: string };

/**
 * Gone from the published site (deleted by hand), on another disk, or
 * already made by Astro, which does not wait for this thread: the page is
 * then Astro's to make.
 */
const SKIPPED = new Set(['ENOENT', 'EEXIST', 'EXDEV', 'EPERM', 'EMLINK']);

function carry({ publishedDir, stagingDir, pages, twinDir }: CarryTask): { linked: string[]; twins: string[] } {
  const madeDirs = new Set<string>();
  const link = (relative: string): boolean => {
    const from = path.join(publishedDir, relative);
    const to = path.join(stagingDir, relative);
    const folder = path.dirname(to);
    for (;;) {
      try {
        fs.linkSync(from, to);
        return true;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        // A folder is made on first need, and only for a file that is there:
        // a page without a twin (the web CMS) leaves no empty folder behind.
        if (code === 'ENOENT' && !madeDirs.has(folder) && fs.existsSync(from)) {
          fs.mkdirSync(folder, { recursive: true });
          madeDirs.add(folder);
          continue;
        }
        if (!SKIPPED.has(code)) throw error;
        return false;
      }
    }
  };
  const linked: string[] = [];
  const twins: string[] = [];
  for (const page of pages) {
    if (!link(page)) continue;
    linked.push(page);
    if (link(path.join(twinDir, page))) twins.push(page);
  }
  return { linked, twins };
}

try {
  parentPort!.postMessage({ ok: true, ...carry(workerData as CarryTask) } satisfies CarryResult);
} catch (error) {
  parentPort!.postMessage({ ok: false, error: (error as Error).stack ?? String(error) } satisfies CarryResult);
}

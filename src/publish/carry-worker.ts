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
  fs.mkdirSync(stagingDir, { recursive: true });
  // Folders known to exist. Each is made once, by a plain mkdir under a
  // parent already made: a link tried first into a missing folder, a look
  // at the source and a recursive mkdir per page cost three times the
  // system time (measured in docs/benchmarks-build.md).
  const madeDirs = new Set<string>([path.resolve(stagingDir)]);
  const ensureFolder = (dir: string, made: string[]): void => {
    if (madeDirs.has(dir)) return;
    ensureFolder(path.dirname(dir), made);
    try {
      fs.mkdirSync(dir);
      made.push(dir);
    } catch (error) {
      // Astro, which does not wait for this thread, may have made it.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    madeDirs.add(dir);
  };
  const link = (relative: string, twin: boolean): boolean => {
    const to = path.resolve(stagingDir, relative);
    const made: string[] = [];
    ensureFolder(path.dirname(to), made);
    try {
      fs.linkSync(path.join(publishedDir, relative), to);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (!SKIPPED.has(code)) throw error;
      // No twin to link (a page without one, such as the web CMS): the
      // folders made for it go again, so no empty folder is left behind.
      // Only twins: Astro may be making a page's folder this moment, and
      // finish() clears what a missing page left (carried-pages.ts).
      for (const dir of twin ? made.reverse() : []) {
        try {
          fs.rmdirSync(dir);
          madeDirs.delete(dir);
        } catch {
          break; // Astro put something in it meanwhile.
        }
      }
      return false;
    }
  };
  const linked: string[] = [];
  const twins: string[] = [];
  for (const page of pages) {
    if (!link(page, false)) continue;
    linked.push(page);
    if (link(path.join(twinDir, page), true)) twins.push(page);
  }
  return { linked, twins };
}

try {
  parentPort!.postMessage({ ok: true, ...carry(workerData as CarryTask) } satisfies CarryResult);
} catch (error) {
  parentPort!.postMessage({ ok: false, error: (error as Error).stack ?? String(error) } satisfies CarryResult);
}

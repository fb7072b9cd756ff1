/**
 * Atomic site output. Astro writes into an empty staging folder beside the
 * real one (`dist.staging` for `dist`); only when the whole build has
 * succeeded does it replace the published folder, by renaming. A build that
 * fails midway leaves the published site exactly as it was.
 *
 * The replaced site is deleted by a background process after the swap:
 * deleting 110,000 pages takes the better part of a minute, which used to
 * be the largest single cost of a rebuild (Astro emptied the output folder
 * before writing). Unchanged pages are hard-linked from the published folder
 * into the staging one (carried-pages.ts).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';

const trim = (dir: string) => dir.replace(/[\\/]+$/, '');

export function stagingDirFor(outDir: string): string {
  return `${trim(outDir)}.staging`;
}

/**
 * Moves a folder out of the way at once (`dist` → `dist.old-…`) and deletes it
 * in a detached process that outlives the build.
 */
export function removeInBackground(dir: string): void {
  if (!fs.existsSync(dir)) return;
  const trash = `${trim(dir)}.old-${process.pid}-${Date.now()}`;
  fs.renameSync(dir, trash);
  try {
    spawn('rm', ['-rf', trash], { detached: true, stdio: 'ignore' }).unref();
  } catch {
    fs.rmSync(trash, { recursive: true, force: true });
  }
}

/** Gets the staging folder ready: a leftover from a failed build is discarded. */
export function prepareStaging(outDir: string): string {
  const staging = stagingDirFor(outDir);
  removeInBackground(staging);
  return staging;
}

/** Puts the finished staging folder where the site is published; the old site is deleted in the background. */
export function swapIntoPlace(staging: string, outDir: string): void {
  removeInBackground(outDir);
  fs.renameSync(staging, outDir);
}

/**
 * Atomic site output. Astro writes into an empty staging folder beside the
 * real one (`dist.staging` for `dist`); only when the whole build has
 * succeeded is it published. A build that fails midway leaves the published
 * site exactly as it was.
 *
 * Publishing never leaves a moment without a site. `dist` is a symbolic link
 * to the folder of the current release (`dist.site-{time}-{pid}`, beside it,
 * linked by a relative name); the finished staging folder is renamed to a
 * new release, a new link to it is made under a temporary name, and that
 * link is renamed over `dist`: rename(2) replaces the old link atomically,
 * so every request sees either the old site or the new one, and a build
 * killed at any point leaves one of them published. (Two renames of
 * folders, the former way, left no `dist` for tens of milliseconds on every
 * publish.) Point the web server at `dist`: nginx, Apache and Caddy follow
 * the link on every request. The first publish over an older `dist` that is
 * a real folder moves it aside once, for the few microseconds between two
 * renames.
 *
 * The replaced release is kept until the next publish (a request may be
 * opening files through the old link); older ones are deleted by a
 * background process after the swap:
 * deleting 110,000 pages takes the better part of a minute, which used to
 * be the largest single cost of a rebuild (Astro emptied the output folder
 * before writing). Unchanged pages are hard-linked from the published folder
 * into the staging one (carried-pages.ts).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const trim = (dir: string) => dir.replace(/[\\/]+$/, '');

export function stagingDirFor(outDir: string): string {
  return `${trim(outDir)}.staging`;
}

/** The names of release folders beside `outDir`: `dist.site-…`. */
const releasePrefix = (outDir: string) => `${path.basename(trim(outDir))}.site-`;

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

/** The release folder `outDir` links to (absolute), if it is a link. */
export function currentRelease(outDir: string): string | undefined {
  const out = trim(outDir);
  try {
    return path.resolve(path.dirname(out), fs.readlinkSync(out));
  } catch {
    return undefined;
  }
}

/**
 * Gets the staging folder ready: a leftover from a failed build is
 * discarded, and so are releases a killed publish left unlinked.
 */
export function prepareStaging(outDir: string): string {
  const staging = stagingDirFor(outDir);
  removeInBackground(staging);
  const out = trim(outDir);
  const parent = path.dirname(out);
  if (!fs.existsSync(parent)) return staging;
  for (const name of fs.readdirSync(parent)) {
    if (name.startsWith(`${path.basename(out)}.link-`)) fs.rmSync(path.join(parent, name), { force: true });
  }
  // A killed publish may have left a release that was never linked; the previous one is kept (see swapIntoPlace).
  const releases = fs
    .readdirSync(parent)
    .filter((name) => name.startsWith(releasePrefix(out)) && !name.includes('.old-'))
    .map((name) => path.join(parent, name));
  const current = currentRelease(out);
  const newestOther = releases
    .filter((r) => r !== current)
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
  removeReleases(out, [current, newestOther]);
  return staging;
}

/**
 * Publishes the finished staging folder: it becomes a release, and `outDir`
 * is switched to it by renaming a new link over the old one (atomic). The
 * replaced release is deleted in the background.
 */
export function swapIntoPlace(staging: string, outDir: string): void {
  const out = trim(outDir);
  const release = newReleaseName(out);
  fs.renameSync(staging, release);
  const before = currentRelease(out);
  const link = `${out}.link-${process.pid}`;
  fs.rmSync(link, { force: true });
  fs.symlinkSync(path.basename(release), link, 'dir');
  const existing = fs.lstatSync(out, { throwIfNoEntry: false });
  let legacy: string | undefined;
  if (existing && !existing.isSymbolicLink()) {
    // An older layout's real folder: a link cannot be renamed over it. Once only.
    legacy = `${out}.site-legacy-${Date.now()}`;
    fs.renameSync(out, legacy);
  }
  fs.renameSync(link, out);
  // The release just replaced stays until the next publish: a request that
  // read the old link a moment ago may still be opening files through it.
  // Older ones go.
  removeReleases(out, [release, before ?? legacy]);
}

/**
 * A release name not yet taken. Time and pid alone are not enough: two
 * publishes within one millisecond in one process (tests do this) got the
 * same name, and renaming onto a full folder fails with ENOTEMPTY.
 */
function newReleaseName(out: string): string {
  for (let n = 0; ; n += 1) {
    const name = `${out}.site-${Date.now()}-${process.pid}${n ? `-${n}` : ''}`;
    if (!fs.existsSync(name)) return name;
  }
}

/** Deletes (in the background) the release folders beside `out` other than `keep`. */
function removeReleases(out: string, keep: readonly (string | undefined)[]): void {
  const parent = path.dirname(out);
  for (const name of fs.readdirSync(parent)) {
    const full = path.join(parent, name);
    if (name.startsWith(releasePrefix(out)) && !name.includes('.old-') && !keep.includes(full))
      removeInBackground(full);
  }
}

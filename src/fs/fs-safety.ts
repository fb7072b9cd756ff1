/**
 * File-system safety, in one place: every file the build writes, links or
 * reads from the content folder goes through these functions.
 *
 * Atomic write (writeFileAtomic, copyFileAtomic). A file is written under a
 * temporary name beside its target (same folder, so the same file system)
 * and renamed over it: rename(2) replaces the name in one step, so a reader
 * (or the next build, after this one was killed) sees the old content or
 * the new, never half of it. The temporary name carries the process, the
 * thread and a counter, so worker threads writing at once do not share one;
 * after a failure it is removed. `fsync: true` flushes the content to disk
 * before the rename, where a torn file would be trusted afterwards: the
 * store of published files (publish/published-files.ts) takes a file there
 * by its name (its digest) and never reads it again. Caches are read back
 * and checked (an unreadable one is an empty one), so they skip the flush.
 *
 * Link, else copy (linkOrCopy, linkTree). A hard link costs no bytes and no
 * time; where one cannot be made the file is copied (as a clone where the
 * file system can, atomically as above). The one error rule: a link that
 * fails with
 *   EXDEV        (source and target on different file systems),
 *   EPERM        (the file system refuses hard links, or a hardened kernel
 *                 refuses linking a file the build does not own),
 *   EMLINK       (the source has as many links as the file system allows:
 *                 ext4 65,000; one file attached to tens of thousands of
 *                 documents, across the published and the new site),
 *   ENOTSUP / EOPNOTSUPP (no hard links on this file system at all)
 * is copied instead; EEXIST (the target is there) follows the caller's
 * `ifExists` (thrown by default, or the target kept, or replaced in one
 * rename); any other error (ENOENT, EACCES, ENOSPC, …) is thrown, since a
 * copy would fail the same way or hide a real fault.
 *
 * Real-path containment (realFileWithin, readableFileWithin). Files a build
 * publishes or reads from the content folder are resolved with their real
 * path: a symbolic link inside content/ (`附件.pdf → /etc/passwd`, or a
 * folder linked to a home directory) would otherwise publish any file the
 * build machine can read. A link that stays inside the content folder is
 * fine; one that leaves it is refused. The content folder itself may be a
 * link (a checkout elsewhere): it is resolved too.
 *
 * Not here, because they move folders rather than files: the swap of the
 * staging folder into place (publish/staged-output.ts), the search index's
 * shard folders linked under a `.part` name first (search/publish.ts), and
 * the carried pages, which are linked or else left for Astro to render
 * (publish/carry-worker.ts), never copied.
 *
 * This module imports nothing of the project's own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

// ─── Atomic write ───────────────────────────────────────────────────────────

export interface AtomicOptions {
  /** Flush the content to disk before the rename (see the header: only where a torn file would be trusted). */
  fsync?: boolean;
}

let tempCounter = 0;
/** A temporary name beside `target`, unique to this process, thread and call. */
const tempBeside = (target: string) => `${target}.${process.pid}-${threadId}-${++tempCounter}.tmp`;

/** Writes `temp` with `write`, then renames it over `target`; on any failure `target` is untouched and `temp` removed. */
function replaceWith(target: string, write: (temp: string) => void, options: AtomicOptions): void {
  const temp = tempBeside(target);
  try {
    write(temp);
    if (options.fsync) {
      const fd = fs.openSync(temp, 'r+');
      try {
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
    }
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** Writes `data` to `target` so that `target` is never seen half-written. Its folder must exist. */
export function writeFileAtomic(
  target: string,
  data: string | NodeJS.ArrayBufferView,
  options: AtomicOptions = {},
): void {
  replaceWith(target, (temp) => fs.writeFileSync(temp, data), options);
}

/** Copies `source` to `target` (a clone where the file system can) so that `target` is never seen half-written. */
export function copyFileAtomic(source: string, target: string, options: AtomicOptions = {}): void {
  replaceWith(target, (temp) => fs.copyFileSync(source, temp, fs.constants.COPYFILE_FICLONE), options);
}

// ─── Link, else copy ────────────────────────────────────────────────────────

/** The link errors that fall back to a copy (see the header); every other one is thrown. */
export const COPY_INSTEAD_OF_LINK: ReadonlySet<string> = new Set(['EXDEV', 'EPERM', 'EMLINK', 'ENOTSUP', 'EOPNOTSUPP']);

export interface LinkOptions {
  /** When `target` exists: throw EEXIST (the default), keep it as it is, or replace it in one rename. */
  ifExists?: 'throw' | 'keep' | 'replace';
}

export type Placed = 'linked' | 'copied' | 'kept';

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? '';

/** Puts `source` at `target`: a hard link where the file system allows one, else a copy (the error rule in the header). */
export function linkOrCopy(source: string, target: string, options: LinkOptions = {}): Placed {
  try {
    fs.linkSync(source, target);
    return 'linked';
  } catch (error) {
    const code = codeOf(error);
    if (code === 'EEXIST' && options.ifExists === 'keep') return 'kept';
    if (code === 'EEXIST' && options.ifExists === 'replace') return replaceByLink(source, target);
    if (!COPY_INSTEAD_OF_LINK.has(code)) throw error;
  }
  copyFileAtomic(source, target);
  return 'copied';
}

/** Replaces an existing `target` with a link to (or copy of) `source`, in one rename. */
function replaceByLink(source: string, target: string): Placed {
  let placed: Placed = 'linked';
  replaceWith(
    target,
    (temp) => {
      try {
        fs.linkSync(source, temp);
      } catch (error) {
        if (!COPY_INSTEAD_OF_LINK.has(codeOf(error))) throw error;
        fs.copyFileSync(source, temp, fs.constants.COPYFILE_FICLONE);
        placed = 'copied';
      }
    },
    {},
  );
  return placed;
}

/** Puts a folder tree at `target` file by file with linkOrCopy (instant, no extra disk where links work). */
export function linkTree(source: string, target: string): void {
  fs.mkdirSync(target, { recursive: true });
  for (const entry of fs.readdirSync(source, { withFileTypes: true })) {
    const from = path.join(source, entry.name);
    const to = path.join(target, entry.name);
    if (entry.isDirectory()) linkTree(from, to);
    else linkOrCopy(from, to);
  }
}

// ─── Real-path containment ──────────────────────────────────────────────────

export type RealFile = { ok: true; path: string } | { ok: false; problem: string };

/** Real paths of folders (and roots), resolved once each: a content folder of 100,000 files has a few hundred folders. */
const realDirs = new Map<string, string>();

function realDir(dir: string): string {
  let real = realDirs.get(dir);
  if (real === undefined) {
    try {
      real = fs.realpathSync.native(dir);
    } catch {
      real = path.resolve(dir);
    }
    realDirs.set(dir, real);
  }
  return real;
}

/** Whether `real` (a real, normalised path) is `root` or below it. */
export function isWithin(real: string, root: string): boolean {
  return real === root || real.startsWith(root.endsWith(path.sep) ? root : `${root}${path.sep}`);
}

/**
 * `file` as a real path, if it is an existing regular file whose real path
 * is inside `root`; otherwise what is wrong, in words for editors. `lstat`:
 * the file's own lstat, if the caller just made it.
 */
export function realFileWithin(file: string, root: string, lstat?: fs.Stats): RealFile {
  // One lstat for a file that is not a link (its folder's real path is cached), none when the caller
  // has it from listing the folder (checks/content-files.ts); a link is resolved in full.
  const stat = lstat ?? fs.lstatSync(file, { throwIfNoEntry: false });
  if (!stat) return { ok: false, problem: '文件夹中没有这个文件' };
  let real: string;
  let isFile = stat.isFile();
  if (stat.isSymbolicLink()) {
    try {
      real = fs.realpathSync.native(file);
      isFile = fs.statSync(real).isFile();
    } catch {
      return { ok: false, problem: '是指向不存在的文件的链接' };
    }
  } else {
    const absolute = path.isAbsolute(file) ? file : path.resolve(file);
    const cut = absolute.lastIndexOf(path.sep);
    real = `${realDir(absolute.slice(0, cut) || path.sep)}${path.sep}${absolute.slice(cut + 1)}`;
  }
  if (!isWithin(real, realDir(root))) return { ok: false, problem: `是指向内容文件夹以外（${real}）的链接，不能发布` };
  if (!isFile) return { ok: false, problem: '不是文件' };
  return { ok: true, path: real };
}

/** Like realFileWithin, but throws: for readers behind the content check (a file it refused never gets here in a build). */
export function readableFileWithin(file: string, root: string): string {
  const real = realFileWithin(file, root);
  if (!real.ok) throw new Error(`${file}：${real.problem}`);
  return real.path;
}

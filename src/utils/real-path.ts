/**
 * Files a build publishes or reads from the content folder, resolved with
 * their real path: a symbolic link inside content/ (`附件.pdf → /etc/passwd`,
 * or a folder linked to a home directory) would otherwise publish any file
 * the build machine can read. A link that stays inside the content folder
 * is fine; one that leaves it is refused. The content folder itself may be
 * a link (a checkout elsewhere): it is resolved too.
 */
import fs from 'node:fs';
import path from 'node:path';

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
 * is inside `root`; otherwise what is wrong, in words for editors.
 */
export function realFileWithin(file: string, root: string): RealFile {
  // One lstat for a file that is not a link (its folder's real path is cached); a link is resolved in full.
  const stat = fs.lstatSync(file, { throwIfNoEntry: false });
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

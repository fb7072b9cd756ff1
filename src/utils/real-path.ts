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

const realRoots = new Map<string, string>();

function realRoot(root: string): string {
  let real = realRoots.get(root);
  if (real === undefined) {
    try {
      real = fs.realpathSync(root);
    } catch {
      real = path.resolve(root);
    }
    realRoots.set(root, real);
  }
  return real;
}

/** Whether `real` (a real path) is `root` or below it. */
export function isWithin(real: string, root: string): boolean {
  const relative = path.relative(root, real);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

/**
 * `file` as a real path, if it is an existing regular file whose real path
 * is inside `root`; otherwise what is wrong, in words for editors.
 */
export function realFileWithin(file: string, root: string): RealFile {
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch {
    return { ok: false, problem: fs.lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink() ? '是指向不存在的文件的链接' : '文件夹中没有这个文件' };
  }
  if (!isWithin(real, realRoot(root))) return { ok: false, problem: `是指向内容文件夹以外（${real}）的链接，不能发布` };
  if (!fs.statSync(real).isFile()) return { ok: false, problem: '不是文件' };
  return { ok: true, path: real };
}

/** Like realFileWithin, but throws: for readers behind the content check (a file it refused never gets here in a build). */
export function readableFileWithin(file: string, root: string): string {
  const real = realFileWithin(file, root);
  if (!real.ok) throw new Error(`${file}：${real.problem}`);
  return real.path;
}

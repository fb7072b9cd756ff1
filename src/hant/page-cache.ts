/**
 * The 繁體 pages of the last build, kept between builds. A twin depends only
 * on its simplified page (its bytes and its path) and on the converter (its
 * code, OpenCC's dictionaries, the base path and the protected names), so it
 * is stored under a digest of those: a page that has not changed since the
 * last build is copied from here instead of converted again. Twins no page
 * of this build asked for are deleted at the end, so the folder holds one
 * site's worth at most.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const MANIFEST = 'keys.txt';

/** The key of one page's twin. */
export function pageKey(fingerprint: string, file: string, html: Buffer): string {
  return createHash('sha1').update(fingerprint).update('\0').update(file).update('\0').update(html).digest('hex');
}

export class HantPageCache {
  readonly dir: string;
  private readonly madeDirs = new Set<string>();

  constructor(dir: string) {
    this.dir = dir;
  }

  private fileOf(key: string): string {
    return path.join(this.dir, key.slice(0, 2), key);
  }

  /** Copies a cached twin to `dest`; false when there is none. */
  restore(key: string, dest: string): boolean {
    try {
      fs.copyFileSync(this.fileOf(key), dest);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  /** Keeps a copy of a freshly written twin (written beside, then renamed: a reader never sees half a file). */
  store(key: string, written: string): void {
    const target = this.fileOf(key);
    const folder = path.dirname(target);
    if (!this.madeDirs.has(folder)) {
      fs.mkdirSync(folder, { recursive: true });
      this.madeDirs.add(folder);
    }
    const temp = `${target}.${process.pid}.${process.hrtime.bigint()}.tmp`;
    fs.copyFileSync(written, temp);
    fs.renameSync(temp, target);
  }

  /** The keys the last build used. */
  previousKeys(): Set<string> {
    try {
      return new Set(fs.readFileSync(path.join(this.dir, MANIFEST), 'utf8').split('\n').filter(Boolean));
    } catch {
      return new Set();
    }
  }

  /** Records this build's keys and deletes the twins only the last build used. Returns how many were deleted. */
  finish(used: ReadonlySet<string>): number {
    let pruned = 0;
    for (const key of this.previousKeys()) {
      if (used.has(key)) continue;
      fs.rmSync(this.fileOf(key), { force: true });
      pruned++;
    }
    fs.mkdirSync(this.dir, { recursive: true });
    const temp = path.join(this.dir, `${MANIFEST}.${process.pid}.tmp`);
    fs.writeFileSync(temp, [...used].join('\n'));
    fs.renameSync(temp, path.join(this.dir, MANIFEST));
    return pruned;
  }
}

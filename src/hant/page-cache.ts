/**
 * The 繁體 pages of the last build, kept between builds. A twin depends only
 * on its simplified page (its bytes and its path) and on the converter (its
 * code, OpenCC's dictionaries, the base path and the protected names), so it
 * is stored under a digest of those: a page that has not changed since the
 * last build gets its twin from here instead of being converted again.
 *
 * Twins are hard links, not copies: on this kind of disk every file created
 * costs far more than the bytes in it, and a link is one operation where a
 * copy is several. The cached file and the published one are then the same
 * file, so the manifest records each twin's size and modification time, and
 * a twin changed in place (by a tool run over the output) is not reused. It
 * also records each twin's page and the converter's fingerprint, so that a
 * twin carried over with its unchanged page (publish/carried-pages.ts) is kept
 * without reading the page.
 * Where links are not possible (another file system) files are copied.
 * Twins no page of this build asked for are deleted at the end.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { linkOrCopy, writeFileAtomic } from '../fs/fs-safety.ts';

const MANIFEST = 'manifest.txt';

/** A cached twin's size and modification time when it was stored. */
export type Stamp = string;
const stampOf = (stat: fs.Stats): Stamp => `${stat.size}:${Math.floor(stat.mtimeMs)}`;

/** The key of one page's twin. */
export function pageKey(fingerprint: string, file: string, html: Buffer): string {
  return createHash('sha1').update(fingerprint).update('\0').update(file).update('\0').update(html).digest('hex');
}

/** The last build's twins: key → stamp, and each page's key (with the converter fingerprint they were made with). */
export interface CacheManifest {
  fingerprint: string;
  stamps: Map<string, Stamp>;
  keyOfPage: Map<string, string>;
}

/** Reads the last build's manifest: a `# fingerprint` line, then `key stamp page` lines. */
export function readManifest(dir: string): CacheManifest {
  const manifest: CacheManifest = { fingerprint: '', stamps: new Map(), keyOfPage: new Map() };
  try {
    for (const line of fs.readFileSync(path.join(dir, MANIFEST), 'utf8').split('\n')) {
      if (line.startsWith('# fingerprint ')) {
        manifest.fingerprint = line.slice('# fingerprint '.length);
        continue;
      }
      // The page is the rest of the line: a file name may hold spaces.
      const [key, stamp] = line.split(' ', 2);
      if (!key || !stamp) continue;
      const page = line.slice(key.length + stamp.length + 2);
      manifest.stamps.set(key, stamp);
      if (page) manifest.keyOfPage.set(page, key);
    }
  } catch {
    // No cache yet.
  }
  return manifest;
}

export const stampOfFile = (file: string): Stamp | undefined => {
  try {
    return stampOf(fs.statSync(file));
  } catch {
    return undefined;
  }
};

export class HantPageCache {
  readonly dir: string;
  private readonly previous: ReadonlyMap<string, Stamp>;
  private readonly madeDirs = new Set<string>();

  constructor(dir: string, previous: ReadonlyMap<string, Stamp>) {
    this.dir = dir;
    this.previous = previous;
  }

  private fileOf(key: string): string {
    return path.join(this.dir, key.slice(0, 2), key);
  }

  /** Puts the cached twin at `dest`; returns its stamp, or undefined when there is no unchanged one. */
  restore(key: string, dest: string): Stamp | undefined {
    const expected = this.previous.get(key);
    if (!expected) return undefined;
    const file = this.fileOf(key);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      return undefined;
    }
    if (stampOf(stat) !== expected) return undefined;
    linkOrCopy(file, dest);
    return expected;
  }

  /** Keeps a freshly written twin; returns its stamp. */
  store(key: string, written: string): Stamp {
    const target = this.fileOf(key);
    const folder = path.dirname(target);
    if (!this.madeDirs.has(folder)) {
      fs.mkdirSync(folder, { recursive: true });
      this.madeDirs.add(folder);
    }
    // A stale twin under the same key (changed in place since) is replaced.
    linkOrCopy(written, target, { ifExists: 'replace' });
    return stampOf(fs.statSync(target));
  }
}

/** One twin of this build: its key, its stamp and its page. */
export type UsedTwin = [key: string, stamp: Stamp, page: string];

/** Records this build's twins and deletes those only the last build used. Returns how many were deleted. */
export function finishCache(
  dir: string,
  fingerprint: string,
  previous: ReadonlyMap<string, Stamp>,
  used: readonly UsedTwin[],
): number {
  const usedKeys = new Set(used.map(([key]) => key));
  let pruned = 0;
  for (const key of previous.keys()) {
    if (usedKeys.has(key)) continue;
    fs.rmSync(path.join(dir, key.slice(0, 2), key), { force: true });
    pruned++;
  }
  fs.mkdirSync(dir, { recursive: true });
  writeFileAtomic(
    path.join(dir, MANIFEST),
    `# fingerprint ${fingerprint}\n${used.map(([key, stamp, page]) => `${key} ${stamp} ${page}\n`).join('')}`,
  );
  return pruned;
}

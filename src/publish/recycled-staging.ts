/**
 * A release folder the site no longer serves, made into the staging folder
 * of the next build instead of building a new tree of folders.
 *
 * Why: every page is a folder (`…/slug/index.html`), so carrying the pages
 * of the published site into a new staging folder made two folders and two
 * links a page (the page and its 繁體 twin), and the release it replaced was
 * later deleted folder by folder. On this disk a `mkdir` costs about a
 * hundred times a `lstat`: for the 22,521 pages of 10,000 documents, linking
 * into a new tree took 1.1–1.3 s (0.9–1.2 s of it in the kernel), bringing
 * the previous release up to date 0.17 s (docs/benchmarks-build.md,
 * finding 26).
 *
 * The previous release differs from the published one only in what the
 * last build changed, but nothing here trusts a record of that: every file
 * of the recycled folder is looked at. Afterwards the folder is exactly
 * what linking into an empty folder would have made:
 *
 * - a planned page (one the published site has) is the published file
 *   itself: kept when it already is (same inode), else replaced by a link to
 *   it in one rename; its 繁體 twin likewise, counted only with its page;
 * - the search index's shard folders stay (a shard folder is named after its
 *   content digest and is never written into; publishing the index removes
 *   those no longer listed: search/publish.ts);
 * - everything else goes (pages since deleted, feeds, assets, attachments,
 *   the index's other files, a failed build's leftovers), and the folders
 *   left empty with it: Astro and the later stages write those afresh, so
 *   no write lands in a file that may be shared with the published site.
 *
 * Nothing is written into a file: only links, renames and unlinks, so the
 * published release, which shares most of these files, never changes.
 * It must finish before Astro writes into the folder (phases/stage.ts waits
 * for it at `astro:build:start`, while Astro's content sync runs beside it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { linkOrCopy } from '../fs/fs-safety.ts';

/** The index's folder in the site, and its files that are rewritten each build (search/publish.ts). */
const SEARCH_DIR = 'search-index';
const SEARCH_REWRITTEN = new Set(['core', 'router']);

export interface RecycleResult {
  /** Planned pages that are now the published file (output-relative). */
  linked: string[];
  /** Of those, pages whose twin is the published twin too. */
  twins: string[];
  /** Files already the published ones / replaced by a link to them / removed. */
  kept: number;
  relinked: number;
  removed: number;
}

/**
 * Brings `stagingDir` (a former release) to the published pages `pages` of
 * `publishedDir` with their twins under `twinDir`. Planned pages missing from
 * it are left out of `linked`, for the caller to link as into a new folder.
 */
export function recycleStaging(
  publishedDir: string,
  stagingDir: string,
  pages: readonly string[],
  twinDir: string,
): RecycleResult {
  const planned = new Set(pages);
  const twinPrefix = `${twinDir}/`;
  const result: RecycleResult = { linked: [], twins: [], kept: 0, relinked: 0, removed: 0 };
  /** Twins kept or relinked, by their page's path, with which of the two. */
  const twinKept = new Map<string, 'kept' | 'relinked'>();
  const published = (relative: string): fs.Stats | undefined =>
    fs.lstatSync(path.join(publishedDir, relative), { throwIfNoEntry: false });

  /** Keeps or relinks a planned file; undefined when the published site has none (then it is removed). */
  const bringUpToDate = (full: string, relative: string): 'kept' | 'relinked' | undefined => {
    const source = published(relative);
    if (!source?.isFile()) return undefined;
    const here = fs.lstatSync(full);
    if (here.ino === source.ino && here.dev === source.dev) {
      result.kept++;
      return 'kept';
    }
    linkOrCopy(path.join(publishedDir, relative), full, { ifExists: 'replace' });
    result.relinked++;
    return 'relinked';
  };

  /** Walks one folder; returns whether anything is left in it. */
  const walk = (dir: string, relativeDir: string): boolean => {
    let left = 0;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const relative = relativeDir ? `${relativeDir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        const shard = relativeDir === SEARCH_DIR && !SEARCH_REWRITTEN.has(entry.name) && !entry.name.endsWith('.part');
        if (shard || walk(full, relative)) left++;
        else fs.rmdirSync(full);
        continue;
      }
      const twinOf = relative.startsWith(twinPrefix) ? relative.slice(twinPrefix.length) : undefined;
      const isTwin = twinOf !== undefined && planned.has(twinOf);
      const outcome = entry.isFile() && (isTwin || planned.has(relative)) ? bringUpToDate(full, relative) : undefined;
      if (outcome) {
        left++;
        if (isTwin) twinKept.set(twinOf, outcome);
        else result.linked.push(relative);
        continue;
      }
      fs.rmSync(full, { force: true });
      result.removed++;
    }
    return left > 0;
  };

  walk(stagingDir, '');
  // A twin stays only with its page (carried-pages.ts keeps the pair or
  // neither): the 繁體 pass writes the twin of every other page as a new file.
  const linked = new Set(result.linked);
  for (const [page, outcome] of twinKept) {
    if (linked.has(page)) continue;
    const twin = path.join(stagingDir, twinDir, page);
    fs.rmSync(twin, { force: true });
    result[outcome]--;
    result.removed++;
    removeEmptyFolders(path.dirname(twin), stagingDir);
  }
  result.twins = result.linked.filter((page) => twinKept.has(page));
  return result;
}

/** `dir` and its parents up to (not including) `root`, while they are empty. */
function removeEmptyFolders(dir: string, root: string): void {
  const top = path.resolve(root);
  for (let at = path.resolve(dir); at.startsWith(`${top}${path.sep}`); at = path.dirname(at)) {
    try {
      fs.rmdirSync(at);
    } catch {
      return; // Not empty.
    }
  }
}

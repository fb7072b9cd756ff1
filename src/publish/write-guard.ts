/**
 * Astro writes pages with `fs.promises.writeFile`, which writes into whatever
 * file is at the path. In a Gongkai build some of those files are hard links
 * shared with the published site, so while `astro build` runs, two kinds of
 * write are turned into "a new file, then a rename" that never touches the
 * file the old name pointed to:
 *
 * 1. Carried pages (publish/carried-pages.ts): a page path the linker may
 *    link from the published site into the staging folder.
 * 2. Astro's own cache copy of every page it renders (its incremental
 *    build keeps one under `<cacheDir>/dist/`, to restore a page missing
 *    from the output). Astro writes that copy right after the page itself,
 *    with the same bytes. Instead of that second write, the copy is made a
 *    hard link to the page just written in the staging folder, once its
 *    bytes are checked to be the same (otherwise it is written as a new
 *    file), and a page restored from its copy is linked back; paired cold
 *    builds measured 0.975 x wall and 27 % less system time
 *    (docs/benchmarks-build.md finding 20). Being a link, the copy is the
 *    published page after the swap, so no write may ever go into it in
 *    place: the rename takes care of it.
 *
 * The wrapper is installed once per process; each build sets what it
 * guards, and a failed build's settings are replaced by the next build's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type WriteFile = typeof fs.promises.writeFile;
type CopyFile = typeof fs.promises.copyFile;

/** The folder under Astro's cache where its incremental build keeps a copy of each page (astro/dist/core/build/incremental.js). */
export const ASTRO_PAGE_COPIES = 'dist';

interface CarriedGuard {
  planned: ReadonlySet<string>;
  replaced: Set<string>;
}
interface CopyGuard {
  /** Astro's copies folder, absolute, with a trailing separator. */
  copies: string;
  /** The staging folder Astro writes the pages into. */
  staging: string;
  /** How many copies were linked and how many written, for the tests and the log. */
  linked: number;
  written: number;
}

let carried: CarriedGuard | undefined;
let copies: CopyGuard | undefined;
let installed = false;

const pathOf = (file: unknown): string | undefined =>
  typeof file === 'string'
    ? path.resolve(file)
    : file instanceof URL && file.protocol === 'file:'
      ? fileURLToPath(file)
      : undefined;

const tempFor = (target: string) => `${target}.${process.pid}.new`;

/** The same bytes as `data` (a string or bytes; anything else is "not known to be the same"). */
function sameBytes(file: string, data: unknown): boolean {
  const wanted =
    typeof data === 'string'
      ? Buffer.from(data)
      : ArrayBuffer.isView(data)
        ? Buffer.from(data.buffer, data.byteOffset, data.byteLength)
        : undefined;
  if (!wanted) return false;
  try {
    const st = fs.statSync(file);
    return st.size === wanted.length && fs.readFileSync(file).equals(wanted);
  } catch {
    return false;
  }
}

function install(): void {
  if (installed) return;
  installed = true;
  const promises = fs.promises;
  const writeFile: WriteFile = promises.writeFile;
  const copyFile: CopyFile = promises.copyFile;
  const plannedPage = (target: string | undefined) =>
    target !== undefined && carried?.planned.has(target) ? target : undefined;
  const pageCopy = (target: string | undefined) =>
    target !== undefined && copies && target.startsWith(copies.copies) ? target : undefined;
  // A rename replaces a name without writing into the file it pointed to,
  // whether the carry linker got there before this write or gets there after
  // (it then finds the name taken and leaves it).
  const replace = async (target: string, write: (temp: string) => Promise<void>) => {
    const temp = tempFor(target);
    await write(temp);
    await promises.rename(temp, target);
  };
  const link = (from: string) => async (temp: string) => {
    await promises.rm(temp, { force: true });
    await promises.link(from, temp);
  };
  promises.writeFile = (async (file, data, options) => {
    const target = pathOf(file);
    const page = plannedPage(target);
    if (page !== undefined) {
      carried!.replaced.add(page);
      return replace(page, (temp) => writeFile(temp, data, options));
    }
    const copy = pageCopy(target);
    if (copy === undefined || !copies) return writeFile(file, data, options);
    const guard = copies;
    const written = path.join(guard.staging, copy.slice(guard.copies.length));
    if (sameBytes(written, data)) {
      guard.linked++;
      return replace(copy, link(written));
    }
    guard.written++;
    return replace(copy, (temp) => writeFile(temp, data, options));
  }) as WriteFile;
  promises.copyFile = (async (from, to, mode) => {
    const target = pathOf(to);
    const source = pathOf(from);
    // Astro restoring a page from its copy: the copy itself, linked (it is never written in place either).
    const restore = pageCopy(source) !== undefined && target?.startsWith(`${copies!.staging}${path.sep}`);
    const guarded = plannedPage(target) ?? pageCopy(target) ?? (restore ? target : undefined);
    if (guarded === undefined) return copyFile(from, to, mode);
    if (carried?.planned.has(guarded)) carried.replaced.add(guarded);
    return replace(guarded, restore ? link(source!) : (temp) => copyFile(from, temp, mode));
  }) as CopyFile;
}

/** From now on, writes to `planned` (absolute paths) replace the file; each such path is added to `replaced`. */
export function guardCarriedPages(planned: ReadonlySet<string>, replaced: Set<string>): void {
  install();
  carried = { planned, replaced };
}

/** Ends the carried-page rule set by `guardCarriedPages(planned, …)` (a later build's set is left alone). */
export function releaseCarriedPages(planned: ReadonlySet<string>): void {
  if (carried?.planned === planned) carried = undefined;
}

/**
 * From now on, Astro's copies of the pages it writes into `staging` (under
 * `<cacheDir>/dist/`) are links to those pages; returns the counters.
 */
export function linkAstroPageCopies(cacheDir: string, staging: string): Readonly<CopyGuard> {
  install();
  copies = {
    copies: `${path.resolve(cacheDir, ASTRO_PAGE_COPIES)}${path.sep}`,
    staging: path.resolve(staging),
    linked: 0,
    written: 0,
  };
  return copies;
}

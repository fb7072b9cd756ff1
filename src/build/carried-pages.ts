/**
 * Unchanged pages carried over from the published site by hard link.
 *
 * Astro's incremental build skips a page whose inputs have not changed; when
 * the page's file is missing from the output folder it copies it from its
 * cache. On this kind of disk, where creating a file costs far more than the
 * bytes in it, copying ~110,000 unchanged pages was half of a one-document
 * rebuild at 100,000 documents (32 s). A skipped page whose file is already
 * in the output folder is left as it is, so the pages of the last published
 * build are linked into the staging folder first, while Astro syncs content:
 * one link per page instead of a copy.
 *
 * A linked page is the same file as the published one. Astro rewrites a page
 * whose inputs changed with `fs.promises.writeFile`, which would write into
 * that shared file and change the published site before the build has
 * succeeded. While the build runs, a write to a linked page therefore goes to
 * a new file that then replaces the link (write, then rename): the published
 * file is never touched. Linked pages Astro no longer makes (a deleted
 * document) are removed before the staging folder is published.
 *
 * The list of published pages is kept in the cache folder, written only after
 * the site was swapped into place, with the folder it describes and a stamp
 * of Astro's incremental-build manifest at that moment. Astro saves that
 * manifest as soon as its pages are done, so a build that failed later (in
 * the search index, say) leaves Astro believing in pages that were never
 * published; the stamp no longer matches, and the next build does not carry
 * pages over but lets Astro restore them from its cache.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LIST = 'published-pages.txt';
/** Astro's record of what it rendered, in its cache folder (astro/dist/core/build/incremental.js). */
const ASTRO_MANIFEST = 'incremental-build.json';

function astroManifestStamp(cacheDir: string): string {
  try {
    const stat = fs.statSync(path.join(cacheDir, ASTRO_MANIFEST));
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'none';
  }
}
/** Links made at once; enough to keep the disk busy, few enough for the thread pool's queue. */
const CONCURRENCY = 64;

const header = (cacheDir: string, outDir: string) => `${path.resolve(outDir)}\t${astroManifestStamp(cacheDir)}`;

/**
 * The pages (output-relative paths) of the site last published to `outDir`,
 * or none when Astro's cache has moved on since (a failed build) or there is
 * no record.
 */
export function readPublishedPages(cacheDir: string, outDir: string): string[] {
  let text: string;
  try {
    text = fs.readFileSync(path.join(cacheDir, LIST), 'utf8');
  } catch {
    return [];
  }
  const [first, ...pages] = text.split('\n');
  return first === header(cacheDir, outDir) ? pages.filter(Boolean) : [];
}

/** Records the pages just published to `outDir`, with Astro's cache as it is now. */
export function writePublishedPages(cacheDir: string, outDir: string, pages: Iterable<string>): void {
  fs.mkdirSync(cacheDir, { recursive: true });
  const temp = path.join(cacheDir, `${LIST}.${process.pid}.tmp`);
  fs.writeFileSync(temp, `${header(cacheDir, outDir)}\n${[...pages].join('\n')}\n`);
  fs.renameSync(temp, path.join(cacheDir, LIST));
}

type WriteFile = typeof fs.promises.writeFile;
type CopyFile = typeof fs.promises.copyFile;

const pathOf = (file: unknown): string | undefined =>
  typeof file === 'string' ? path.resolve(file) : file instanceof URL && file.protocol === 'file:' ? fileURLToPath(file) : undefined;

/** The linked pages of the build under way; writes to them are turned into write-then-rename. */
let guarded: Set<string> | undefined;
let guardInstalled = false;

/**
 * Wraps fs.promises.writeFile and copyFile once per process. Only paths in
 * `guarded` are affected; a build that failed leaves its set behind, and the
 * next build's start() replaces it.
 */
function installGuard(): void {
  if (guardInstalled) return;
  guardInstalled = true;
  const promises = fs.promises;
  const writeFile: WriteFile = promises.writeFile;
  const copyFile: CopyFile = promises.copyFile;
  const replace = async (target: string, write: (temp: string) => Promise<void>) => {
    guarded!.delete(target);
    const temp = `${target}.${process.pid}.new`;
    await write(temp);
    await promises.rename(temp, target);
  };
  promises.writeFile = ((file, data, options) => {
    const target = guarded?.size ? pathOf(file) : undefined;
    if (target === undefined || !guarded!.has(target)) return writeFile(file, data, options);
    return replace(target, (temp) => writeFile(temp, data, options));
  }) as WriteFile;
  promises.copyFile = ((from, to, mode) => {
    const target = guarded?.size ? pathOf(to) : undefined;
    if (target === undefined || !guarded!.has(target)) return copyFile(from, to, mode);
    return replace(target, (temp) => copyFile(from, temp, mode));
  }) as CopyFile;
}

export class CarriedPages {
  /** Pages linked from the published site and not rewritten since: absolute paths in staging. */
  private readonly linked = new Set<string>();
  private linking: Promise<void> | undefined;

  constructor(
    private readonly publishedDir: string,
    private readonly stagingDir: string,
  ) {}

  /** How many pages are still the published site's files. */
  get size(): number {
    return this.linked.size;
  }

  /**
   * Starts linking `pages` from the published folder into staging, and from
   * now on turns writes to a linked page into write-and-replace. Pages that
   * are no longer published are skipped.
   */
  start(pages: readonly string[]): void {
    installGuard();
    guarded = this.linked;
    this.linking = this.linkAll(pages);
    // Awaited in ready(); keep an early failure from being unhandled meanwhile.
    this.linking.catch(() => undefined);
  }

  /** Resolves when every page is linked; Astro must not write a page before. */
  async ready(): Promise<void> {
    await this.linking;
  }

  private async linkAll(pages: readonly string[]): Promise<void> {
    const madeDirs = new Set<string>();
    let next = 0;
    const worker = async () => {
      while (next < pages.length) {
        const page = pages[next++]!;
        const from = path.join(this.publishedDir, page);
        const to = path.join(this.stagingDir, page);
        const folder = path.dirname(to);
        if (!madeDirs.has(folder)) {
          madeDirs.add(folder);
          await fs.promises.mkdir(folder, { recursive: true });
        }
        try {
          await fs.promises.link(from, to);
          this.linked.add(to);
        } catch (error) {
          // Gone from the published site (deleted by hand) or on another disk: Astro makes the page as usual.
          const code = (error as NodeJS.ErrnoException).code;
          if (code !== 'ENOENT' && code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK') throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  }

  /**
   * Ends the guard and removes linked pages that are not among `made` (the
   * pages Astro made or kept this time, absolute paths). Returns how many.
   */
  finish(made: ReadonlySet<string>): number {
    this.stop();
    let removed = 0;
    for (const file of this.linked) {
      if (made.has(file)) continue;
      fs.rmSync(file, { force: true });
      this.linked.delete(file);
      removed++;
    }
    return removed;
  }

  /** Ends the guard (also when the build failed). */
  stop(): void {
    if (guarded === this.linked) guarded = undefined;
  }
}

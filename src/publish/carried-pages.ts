/**
 * Unchanged pages, and their 繁體 twins, carried over from the published site
 * by hard link.
 *
 * Astro's incremental build skips a page whose inputs have not changed; when
 * the page's file is missing from the output folder it copies it from its
 * cache. On this kind of disk, where creating a file costs far more than the
 * bytes in it, copying ~110,000 unchanged pages was half of a one-document
 * rebuild at 100,000 documents (32 s). A skipped page whose file is already
 * in the output folder is left as it is, so the pages of the last published
 * build are linked into the staging folder, on a worker thread, while Astro
 * checks and syncs content and bundles: one link per page instead of a copy.
 * Astro does not wait for it; a page it reaches first it restores or makes
 * as usual.
 *
 * A linked page is the same file as the published one. Astro rewrites a page
 * whose inputs changed with `fs.promises.writeFile`, which would write into
 * that shared file and change the published site before the build has
 * succeeded. While the build runs, every write to a path the linker may link
 * therefore goes to a new file that then replaces whatever is at that path
 * (write, then rename; publish/write-guard.ts): the published file is never touched, whichever of
 * the two gets there first. Linked pages Astro no longer makes (a deleted
 * document) are removed before the staging folder is published. A page's
 * twin is linked with it and kept only if the page itself was carried over;
 * the 繁體 pass (hant/build-hant.ts) then keeps it without reading the page.
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
import { Worker } from 'node:worker_threads';
import type { CarryResult, CarryTask } from './carry-worker.ts';
import { writeFileAtomic } from '../fs/fs-safety.ts';
import { guardCarriedPages, releaseCarriedPages } from './write-guard.ts';
import { workerScript } from '../fs/worker-script.ts';

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
  writeFileAtomic(path.join(cacheDir, LIST), `${header(cacheDir, outDir)}\n${[...pages].join('\n')}\n`);
}

export class CarriedPages {
  /** Pages to link from the published site: absolute paths in staging. */
  private planned = new Set<string>();
  /** Pages the linker linked. */
  private readonly linked = new Set<string>();
  /** Pages whose twin the linker linked too (output-relative). */
  private readonly twins = new Set<string>();
  /** Planned pages written since (a changed page, or one Astro restored before the linker reached it). */
  private readonly replaced = new Set<string>();
  private readonly removed = new Set<string>();
  private linking: Promise<void> | undefined;
  /** How long linking took, for the build log. */
  linkMs = 0;

  constructor(
    private readonly publishedDir: string,
    private readonly stagingDir: string,
    /** The folder of the pages' twins (`zh-hant`), carried with their pages. */
    private readonly twinDir: string,
  ) {}

  private isCarried(file: string): boolean {
    return this.linked.has(file) && !this.replaced.has(file) && !this.removed.has(file);
  }

  /** How many pages are the published site's own files, carried over. */
  get size(): number {
    let n = 0;
    for (const file of this.linked) if (this.isCarried(file)) n++;
    return n;
  }

  /** Pages (output-relative) carried over with their twins: both are the published files. Valid after finish(). */
  carriedWithTwins(): Set<string> {
    const out = new Set<string>();
    for (const page of this.twins) if (this.isCarried(path.join(this.stagingDir, page))) out.add(page);
    return out;
  }

  /**
   * Starts linking `pages` from the published folder into staging on a
   * worker thread, and from now on turns every write to one of those paths
   * into write-and-replace. Astro need not wait: a page it reaches first it
   * makes or restores as usual, and the linker leaves that page alone.
   */
  start(pages: readonly string[]): void {
    this.planned = new Set(pages.map((page) => path.join(this.stagingDir, page)));
    guardCarriedPages(this.planned, this.replaced);
    this.linking = this.linkAll(pages);
    // Awaited in finish(); keep an early failure from being unhandled meanwhile.
    this.linking.catch(() => undefined);
  }

  /** Resolves when the linker is done. */
  async ready(): Promise<void> {
    await this.linking;
  }

  private linkAll(pages: readonly string[]): Promise<void> {
    if (pages.length === 0) return Promise.resolve();
    const started = performance.now();
    const task: CarryTask = {
      publishedDir: this.publishedDir,
      stagingDir: this.stagingDir,
      pages: [...pages],
      twinDir: this.twinDir,
    };
    return new Promise((resolve, reject) => {
      const worker = new Worker(workerScript(import.meta.url, 'publish/carry-worker.ts'), { workerData: task });
      worker.once('message', (result: CarryResult) => {
        if (result.ok) {
          for (const page of result.linked) this.linked.add(path.join(this.stagingDir, page));
          for (const page of result.twins) this.twins.add(page);
          this.linkMs = performance.now() - started;
          resolve();
        } else reject(new Error(`沿用未变页面时出错：${result.error}`));
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`沿用未变页面的线程意外退出（${code}）`)));
    });
  }

  /**
   * Waits for the linker, ends the guard, and removes planned pages that are
   * not among `made` (the pages Astro made or kept this time, absolute
   * paths). Returns how many were removed.
   */
  async finish(made: ReadonlySet<string>): Promise<number> {
    try {
      await this.ready();
    } finally {
      this.stop();
    }
    const emptied = new Set<string>();
    for (const file of this.planned) {
      if (made.has(file)) continue;
      if (!fs.existsSync(file)) {
        // Gone from the published site: the linker may have made its folder.
        emptied.add(path.dirname(file));
        continue;
      }
      fs.rmSync(file, { force: true });
      this.removed.add(file);
      emptied.add(path.dirname(file));
    }
    // A twin is carried only with its unchanged page: the twin of a page
    // rewritten or removed goes, so that nothing writes into the published one.
    for (const page of this.twins) {
      if (this.isCarried(path.join(this.stagingDir, page))) continue;
      const twin = path.join(this.stagingDir, this.twinDir, page);
      fs.rmSync(twin, { force: true });
      emptied.add(path.dirname(twin));
    }
    this.removeEmptyFolders(emptied);
    return this.removed.size;
  }

  /** The folders of removed pages, and their parents, once nothing is left in them: a removed page leaves no empty folder behind. */
  private removeEmptyFolders(folders: Iterable<string>): void {
    const root = path.resolve(this.stagingDir);
    for (const start of [...folders].sort((a, b) => b.length - a.length)) {
      for (let dir = path.resolve(start); dir.startsWith(`${root}${path.sep}`); dir = path.dirname(dir)) {
        try {
          fs.rmdirSync(dir);
        } catch {
          break; // Not empty (or gone): its parents are not empty either.
        }
      }
    }
  }

  /** Ends the guard (also when the build failed). */
  stop(): void {
    releaseCarriedPages(this.planned);
  }
}

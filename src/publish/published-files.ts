/**
 * The files a build publishes beside its pages: attachments under
 * /files/…, and the originals of images in bodies, which Astro's image
 * pipeline reads from the output folder.
 *
 * The integration makes the list once per build from the checked content
 * (collectPublishedFiles) and hands it to the pages (publish/handoff.ts,
 * publishedFiles): a page takes an attachment's digest or an image's size
 * from it instead of reading the file. Files are put into the output by hard links from a
 * store in Astro's cache folder, one copy per version of a file: a rebuild
 * of a site with 100,000 attachments writes no attachment bytes, only links.
 * The store is ours alone; linking the content files themselves would let an
 * editor overwriting a file in place change the published copy behind its
 * digest.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AttachmentFacts } from '../checks/check-attachments.ts';
import type { CheckReport } from '../checks/check-content.ts';
import { indexNumbersOf } from '../catalogue/entry.ts';
import { registerOfEntries } from '../catalogue/index-registry.ts';
import type { SiteSettings } from '../schemas/site.ts';
import type { ContentProblem } from '../schemas/format-issues.ts';
import { entryKey } from '../catalogue/index-number.ts';
import { FileDigests, type ImageInfo } from '../catalogue/file-digests.ts';
import { copyFileAtomic, linkOrCopy, writeFileAtomic } from '../fs/fs-safety.ts';
import { SAFE_SVG_VERSION, sanitizeSvg } from './safe-svg.ts';

export const SVG_SCRIPT_EXPECTED =
  'SVG 图片不含脚本、事件属性（onload 等）、javascript: 链接或 <foreignObject>；请在绘图软件中重新导出（或另存为 PNG）';

export interface PublishedImage extends ImageInfo {
  sha256: string;
  /** An SVG's sanitised text (publish/safe-svg.ts): what is published instead of the file's bytes. */
  safeSvg?: string | undefined;
  /** An earlier build made its sizes and formats (they are in Astro's asset cache). */
  made: boolean;
}

export interface PublishedAttachment {
  source: string;
  /** 索引号 of the entry. */
  indexNo: string;
  /** 1-based position in the entry's list. */
  n: number;
  sha256: string;
}

export interface PublishedFiles {
  /** Image file (absolute) → digest, size and format. */
  images: Map<string, PublishedImage>;
  /** Entry file (absolute) → the image files its body shows, in order. */
  entryImages: Map<string, string[]>;
  /** Every attachment of every published entry, and where it is published (one file may be attached to several entries). */
  attachments: PublishedAttachment[];
  /** Attachment file (absolute) → its digest. */
  attachmentDigests: Map<string, string>;
  /** What is inside each attachment version (by SHA-256), from the attachment check (checks/check-attachments.ts). */
  attachmentFacts?: Map<string, AttachmentFacts>;
  /** Different for every build (see view-models/body-images.ts, bodyImagesKey). */
  build: string;
  /** `astro build`, or the dev server (which reads files where they are); pages read it to know whether they are built. */
  command: 'build' | 'dev';
}

/** Where the originals of body images are put for the pipeline (view-models/body-images.ts), under the base path. */
export const BODY_IMAGE_DIR = '_astro/body';
/** An original's file name: 16 hex digits of its digest (unique among any number of images) and its extension. */
export const bodyImageName = (image: { sha256: string; format: string }) =>
  `${image.sha256.slice(0, 16)}.${image.format}`;

/**
 * The images whose sizes and formats a finished build made, kept inside
 * Astro's asset cache folder: deleting that folder forgets them too. A page
 * showing an image not (yet) among them is always rendered again: Astro's
 * incremental build restores an unchanged page without rendering it, and
 * then only its asset cache can supply the page's image files; if the
 * build that first rendered the page stopped while making them, or the
 * asset cache was deleted, the restored page would have none.
 */
const madeImagesFile = (cacheDir: string) => path.join(cacheDir, 'assets', 'gongkai-body-images.json');

export function madeImages(cacheDir: string): Set<string> {
  try {
    return new Set(JSON.parse(fs.readFileSync(madeImagesFile(cacheDir), 'utf8')) as string[]);
  } catch {
    return new Set();
  }
}

/** After a finished build: every image it shows has been made. */
export function rememberMadeImages(cacheDir: string, files: PublishedFiles): void {
  const file = madeImagesFile(cacheDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify([...new Set([...files.images.values()].map((i) => i.sha256))]));
}

/**
 * Digests every attachment and body image of the published entries (from the
 * cache for unchanged files) and reads each image's size. An image that
 * cannot be read is a problem with the entry's file and line.
 */
export async function collectPublishedFiles(
  report: CheckReport,
  site: SiteSettings,
  digests: FileDigests,
  command: PublishedFiles['command'],
  made: ReadonlySet<string> = new Set(),
): Promise<{ files: PublishedFiles; problems: ContentProblem[] }> {
  const files: PublishedFiles = {
    images: new Map(),
    entryImages: new Map(),
    attachments: [],
    attachmentDigests: new Map(),
    build: `${process.pid}-${Date.now()}`,
    command,
  };
  const problems: ContentProblem[] = [];
  for (const [entryPath, refs] of report.bodyImages) {
    const shown: string[] = [];
    for (const ref of refs) {
      if (!files.images.has(ref.path)) {
        try {
          const image = await digests.image(ref.path);
          let safeSvg: string | undefined;
          if (image.format === 'svg') {
            // Published on the site's origin: never the editor's bytes (safe-svg.ts); active content is refused outright.
            const safe = await sanitizeSvg(fs.readFileSync(ref.path, 'utf8'));
            if (safe.active.length > 0) {
              problems.push({
                file: ref.file,
                line: ref.line,
                field: '正文 › 图片',
                expected: SVG_SCRIPT_EXPECTED,
                found: `${ref.shown}：含有 ${safe.active.join('、')}`,
              });
              continue;
            }
            safeSvg = safe.svg;
          }
          files.images.set(ref.path, { ...image, safeSvg, made: made.has(image.sha256) });
        } catch (error) {
          problems.push({
            file: ref.file,
            line: ref.line,
            field: '正文 › 图片',
            expected: '能读取的 JPG、PNG、WebP、AVIF、GIF 或 SVG 图片',
            found: `${ref.shown}：${(error as Error).message}`,
          });
          continue;
        }
      }
      if (!shown.includes(ref.path)) shown.push(ref.path);
    }
    files.entryImages.set(entryPath, shown);
  }
  const { numbers } = indexNumbersOf(report.entries, site, registerOfEntries(report.entries));
  for (const e of report.entries) {
    const indexNo = numbers.get(entryKey(e));
    const list = (e.data.attachments as { file: string }[] | undefined) ?? [];
    if (!indexNo || list.length === 0) continue;
    list.forEach((a, i) => {
      const source = path.join(path.dirname(e.path), a.file);
      const sha256 = digests.sha256(source);
      files.attachments.push({ source, indexNo, n: i + 1, sha256 });
      files.attachmentDigests.set(source, sha256);
    });
  }
  return { files, problems };
}

/** A file to publish: its source, its digest, and where it goes in the output. */
export interface PublishJob {
  source: string;
  sha256: string;
  target: string;
  /** Published instead of the source's bytes (a sanitised SVG). */
  content?: string | undefined;
}

/**
 * The store of published files in the cache folder, one file per digest.
 * A version of a file is copied in once; after that it is only linked.
 */
export class FileStore {
  private readonly dir: string;
  private readonly used = new Set<string>();
  /** Output folders already made. */
  private readonly folders = new Set<string>();

  constructor(dir: string) {
    this.dir = dir;
    fs.mkdirSync(dir, { recursive: true });
  }

  /** The store's copy of a version (or of its sanitised content), made the first time it is seen. */
  private stored(source: string, sha256: string, content: string | undefined): string {
    const name = content === undefined ? sha256 : `${sha256}.safe-${SAFE_SVG_VERSION}`;
    const stored = path.join(this.dir, name);
    if (!this.used.has(name)) {
      if (!fs.existsSync(stored)) {
        // Flushed: a stored file is trusted by its name (its digest) ever after (fs/fs-safety.ts).
        if (content === undefined) copyFileAtomic(source, stored, { fsync: true });
        else writeFileAtomic(stored, content, { fsync: true });
      }
      this.used.add(name);
    }
    return stored;
  }

  private folderFor(target: string): void {
    const folder = path.dirname(target);
    if (this.folders.has(folder)) return;
    fs.mkdirSync(folder, { recursive: true });
    this.folders.add(folder);
  }

  /** Publishes every job (a link per job; a copy into the store for a version seen for the first time). */
  publishAll(jobs: readonly PublishJob[]): void {
    for (const j of jobs) {
      const stored = this.stored(j.source, j.sha256, j.content);
      this.folderFor(j.target);
      // A link where the file system allows one, else a copy (fs/fs-safety.ts); a target already there stays.
      linkOrCopy(stored, j.target, { ifExists: 'keep' });
    }
  }

  /** Removes the versions this build did not publish (old versions of replaced files). */
  prune(): number {
    let removed = 0;
    for (const name of fs.readdirSync(this.dir)) {
      if (this.used.has(name)) continue;
      fs.rmSync(path.join(this.dir, name), { force: true });
      removed++;
    }
    return removed;
  }
}

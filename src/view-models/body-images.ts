/**
 * Images in bodies through Astro's image pipeline: each image that is a
 * file beside its entry becomes a `<picture>` with AVIF and WebP sources and
 * a JPEG or PNG fallback, each at widths of 480, 960 and 1440 pixels (never
 * wider than the original), with width and height set so the page does not
 * move while it loads, lazily loaded unless it opens the body, and its alt
 * text kept.
 *
 * The renderer leaves a placeholder per image (markdown/local-images.ts);
 * `withPictures` replaces them, so a body without images costs nothing.
 * Images are named by a digest of their bytes (`/_astro/body/{digest}.png`
 * and Astro's transforms of it), so Astro's asset cache keeps every size
 * and format between builds and a replaced image gets new URLs. The
 * integration puts the originals where the pipeline reads them
 * (publish/published-files.ts).
 */
import path from 'node:path';
import type { GetImageResult, ImageMetadata, UnresolvedImageTransform } from 'astro';
import { FileDigests, type ImageInfo } from '../catalogue/file-digests.ts';
import { BODY_IMAGE_DIR, bodyImageName, type PublishedImage } from '../publish/published-files.ts';
import { publishedFiles } from '../publish/handoff.ts';
import { IMAGE_PLACEHOLDER, type BodyImageRef } from '../markdown/local-images.ts';

export type GetImage = (options: UnresolvedImageTransform) => Promise<GetImageResult>;

export interface PictureContext {
  /** `getImage` from `astro:assets`. */
  getImage: GetImage;
  /** The site's base path, `/` or `/portal/`. */
  base: string;
  /** Astro's dev server: images are read where they are (`/@fs/…`). Default: unless the integration says this is a build. */
  dev?: boolean | undefined;
}

/** Widths offered for every image, capped at the original's width. */
export const IMAGE_WIDTHS = [480, 960, 1440];
/** The widest a body is shown (the page's 1,200 px column less its padding), and that padding. */
const BODY_WIDTH = 1168;
const PAGE_PADDING = 32;
/** A first image that starts within this many characters of the body opens it, and loads at once. */
const OPENING = 300;

/** The widths to produce for an image `width` pixels wide. */
export function widthsFor(width: number): number[] {
  const largest = Math.min(width, IMAGE_WIDTHS.at(-1)!);
  return [...IMAGE_WIDTHS.filter((w) => w < largest), largest];
}

/** The `sizes` attribute: the image is shown at its own width, or the body's, or the screen's, whichever is least. */
export function sizesFor(width: number): string {
  const shown = Math.min(width, BODY_WIDTH);
  return `(min-width: ${shown + PAGE_PADDING}px) ${shown}px, calc(100vw - ${PAGE_PADDING}px)`;
}

/** The fallback format every browser shows: JPEG for photographs, PNG for the rest (charts keep sharp edges and transparency). */
export const fallbackFormat = (format: ImageInfo['format']) => (format === 'jpg' || format === 'tiff' ? 'jpg' : 'png');

const escapeAttribute = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function decodePath(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The image file a body's relative image URL names. */
export function imageFileOf(entryFile: string, src: string): string {
  return path.resolve(path.dirname(entryFile), decodePath(src.replace(/[?#].*$/, '')));
}

/**
 * The digests of the images an entry's body shows, for its page's cache
 * key: a replaced image re-renders the page. While an image has not been
 * made by a finished build, the key changes with every build, so the page is
 * rendered (and its images made) instead of restored (published-files.ts,
 * madeImages).
 */
export function bodyImagesKey(entryFile: string | undefined): string[] {
  const files = publishedFiles.read();
  if (!files || !entryFile) return [];
  return (files.entryImages.get(path.resolve(entryFile)) ?? []).map((p) => {
    const image = files.images.get(p);
    return image?.made ? image.sha256 : `${image?.sha256 ?? p} ${files.build}`;
  });
}

/** Size and digest of an image: from this build's list, or read now (dev server, unit tests). */
async function imageOf(file: string, entryFile: string, ref: BodyImageRef): Promise<PublishedImage | undefined> {
  const files = publishedFiles.read();
  const known = files?.images.get(file);
  if (known) return known;
  if (files?.command === 'build') {
    // The content check lists every image a body shows (checks/body-facts.ts); one it missed has no original in the output.
    throw new Error(`内容检查没有列出正文图片 ${ref.src}（${entryFile}），无法生成；请报告这个问题`);
  }
  try {
    return { ...(await new FileDigests().image(file)), made: false };
  } catch {
    // Reported by the content check (missing) or the build (unreadable).
    return undefined;
  }
}

/** Astro's `ImageMetadata` for an original; its path is kept out of the transforms' hashes (so moving a file does not redo them). */
function metadataFor(file: string, image: PublishedImage, ctx: PictureContext): ImageMetadata {
  const dev = ctx.dev ?? publishedFiles.read()?.command !== 'build';
  const src = dev ? `/@fs${file}` : `${ctx.base.replace(/\/?$/, '/')}${BODY_IMAGE_DIR}/${bodyImageName(image)}`;
  const metadata = { src, width: image.width, height: image.height, format: image.format } as ImageMetadata;
  // Astro deletes an original from the output once its transforms are made, if it knows its file path.
  Object.defineProperty(metadata, 'fsPath', { value: file, enumerable: false });
  return metadata;
}

/** One `<picture>`, or an `<img>` for formats that are not converted (SVG stays vector, GIF may be animated). */
async function pictureFor(
  ref: BodyImageRef,
  file: string,
  image: PublishedImage,
  eager: boolean,
  ctx: PictureContext,
): Promise<string> {
  const alt = escapeAttribute(ref.alt);
  const loading = eager ? 'eager' : 'lazy';
  const src = metadataFor(file, image, ctx);
  if (image.format === 'svg' || image.format === 'gif') {
    return `<img src="${escapeAttribute(src.src)}" alt="${alt}" width="${image.width}" height="${image.height}" loading="${loading}" decoding="async">`;
  }
  const widths = widthsFor(image.width);
  const width = widths.at(-1)!;
  const height = Math.round((image.height * width) / image.width);
  const sizes = sizesFor(width);
  const [avif, webp, fallback] = await Promise.all(
    (['avif', 'webp', fallbackFormat(image.format)] as const).map((format) =>
      ctx.getImage({ src, width, widths, format, sizes }),
    ),
  );
  const source = (type: string, result: GetImageResult) =>
    `<source type="${type}" srcset="${escapeAttribute(result.srcSet.attribute)}" sizes="${sizes}">`;
  return (
    `<picture>${source('image/avif', avif!)}${source('image/webp', webp!)}` +
    `<img src="${escapeAttribute(fallback!.src)}" srcset="${escapeAttribute(fallback!.srcSet.attribute)}" sizes="${sizes}" ` +
    `alt="${alt}" width="${width}" height="${height}" loading="${loading}" decoding="async"></picture>`
  );
}

/**
 * The body's HTML with each image placeholder replaced by its picture. An
 * image whose file cannot be read (the content check has reported it) is
 * shown as its alt text.
 */
export async function withPictures(
  html: string,
  refs: readonly BodyImageRef[],
  entryFile: string,
  ctx: PictureContext,
): Promise<string> {
  if (refs.length === 0) return html;
  const first = html.search(IMAGE_PLACEHOLDER);
  const pictures = await Promise.all(
    refs.map(async (ref, i) => {
      const file = imageFileOf(entryFile, ref.src);
      const image = await imageOf(file, entryFile, ref);
      if (!image) return escapeAttribute(ref.alt);
      return pictureFor(ref, file, image, i === 0 && first >= 0 && first < OPENING, ctx);
    }),
  );
  return html.replace(IMAGE_PLACEHOLDER, (_m, i: string) => pictures[Number(i)] ?? '');
}

/**
 * Content digests of the files a build publishes as they are (attachments)
 * or through the image pipeline (images in bodies), and the size and format
 * of each image. A digest is computed once per version of a file: the
 * results are kept in Astro's cache folder keyed on the file's size and
 * modification time (as the content check's cache is, check-cache.ts), so a
 * rebuild of a site with thousands of attachments reads none of them again.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import sharp, { type Metadata } from 'sharp';
import { RunMemo } from '../fs/run-memo.ts';

/** A file's identity for the caches (the content check's, the digests'): size and modification time. */
export function statKey(stat: fs.Stats): string {
  return `${stat.size}:${Math.floor(stat.mtimeMs)}`;
}

/** Image formats the pipeline reads (Astro's names). */
export type ImageFormat = 'jpg' | 'png' | 'webp' | 'avif' | 'gif' | 'svg' | 'tiff';

export interface ImageInfo {
  /** Width and height as displayed (EXIF rotation applied). */
  width: number;
  height: number;
  format: ImageFormat;
}

interface Stored {
  key: string;
  sha256: string;
  image?: ImageInfo | undefined;
}

/** The first 10 hex digits of a digest: enough to tell versions of one file apart in a URL. */
export const shortDigest = (sha256: string) => sha256.slice(0, 10);

/** SHA-256 of a file, read in 1 MiB pieces so a large attachment never sits in memory whole. */
export function sha256OfFile(file: string): string {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(1 << 20);
  const fd = fs.openSync(file, 'r');
  try {
    for (let n = fs.readSync(fd, buffer); n > 0; n = fs.readSync(fd, buffer)) hash.update(buffer.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

const SHARP_FORMATS: Record<string, ImageFormat> = {
  jpeg: 'jpg',
  png: 'png',
  webp: 'webp',
  heif: 'avif',
  gif: 'gif',
  svg: 'svg',
  tiff: 'tiff',
};

/** Reads an image's header; throws a Chinese message when it is not an image the pipeline can read. */
export async function readImageInfo(file: string): Promise<ImageInfo> {
  let meta: Metadata;
  try {
    meta = await sharp(file).metadata();
  } catch {
    throw new Error('无法读取图片：文件已损坏，或不是图片');
  }
  const format = SHARP_FORMATS[meta.format ?? ''];
  if (!format) throw new Error(`不支持的图片格式 ${meta.format ?? '未知'}`);
  if (!meta.width || !meta.height) throw new Error('无法读取图片的宽度和高度');
  // EXIF orientations 5–8 are turned a quarter; the pipeline (sharp's rotate()) shows them upright.
  const turned = (meta.orientation ?? 0) >= 5;
  return { width: turned ? meta.height : meta.width, height: turned ? meta.width : meta.height, format };
}

export class FileDigests {
  private readonly memo: RunMemo<Stored>;

  /** @param file where the digests are kept between builds; none: nothing is kept. */
  constructor(file?: string) {
    this.memo = new RunMemo(file);
  }

  private entry(filePath: string): Stored {
    const key = statKey(fs.statSync(filePath));
    let stored = this.memo.next.get(filePath);
    if (stored?.key === key) return stored;
    const before = this.memo.previous.get(filePath);
    stored = before?.key === key ? before : { key, sha256: sha256OfFile(filePath) };
    this.memo.next.set(filePath, stored);
    return stored;
  }

  /** SHA-256 (hex) of the file's bytes. */
  sha256(filePath: string): string {
    return this.entry(filePath).sha256;
  }

  /** Digest, size and format of an image. */
  async image(filePath: string): Promise<ImageInfo & { sha256: string }> {
    const stored = this.entry(filePath);
    stored.image ??= await readImageInfo(filePath);
    return { ...stored.image, sha256: stored.sha256 };
  }

  /** Keeps this build's digests (only the files it used) for the next one. */
  save(): void {
    this.memo.save();
  }
}

/**
 * Puts the files published beside the pages into the staging folder, linked
 * from the store in Astro's cache (publish/published-files.ts): the originals
 * of body images before any page is rendered (Astro's image pipeline reads
 * them from the output folder), the attachments under /files/ when the pages
 * are done.
 */
import path from 'node:path';
import { shortDigest } from '../../catalogue/file-digests.ts';
import { BODY_IMAGE_DIR, bodyImageName } from '../../publish/published-files.ts';
import { fileExtension } from '../../utils/file-info.ts';
import { sitePaths } from '../../utils/site-paths.ts';
import type { StagedBuild } from './state.ts';

/** At astro:build:setup: the first hook after Astro empties the output folder, and before any page or image is made. */
export function placeBodyImages({
  published,
  store,
  staging,
}: Pick<StagedBuild, 'published' | 'store' | 'staging'>): void {
  const images = [...published.images].map(([source, image]) => ({
    source,
    sha256: image.sha256,
    target: path.join(staging, BODY_IMAGE_DIR, bodyImageName(image)),
    content: image.safeSvg,
  }));
  store.publishAll(images);
}

/** At astro:build:done: each attachment under its versioned and its plain name (utils/site-paths.ts). */
export function placeAttachments(
  { published, store }: Pick<StagedBuild, 'published' | 'store'>,
  staging: string,
): void {
  // Site paths without the base: the output folder is the base.
  const paths = sitePaths('/');
  const jobs = published.attachments.flatMap((a) => {
    const ext = fileExtension(a.source);
    return [
      paths.attachmentVersion(a.indexNo, a.n, ext, shortDigest(a.sha256)),
      paths.attachment(a.indexNo, a.n, ext),
    ].map((sitePath) => ({
      source: a.source,
      sha256: a.sha256,
      target: path.join(staging, sitePath),
    }));
  });
  store.publishAll(jobs);
}

/**
 * Phase 4, at astro:build:done: completes the site in the staging folder
 * once Astro has rendered the pages. It publishes the sitemap index (written
 * by @astrojs/sitemap, which runs first) under the conventional name
 * /sitemap.xml as well, removes the carried pages of deleted entries
 * (publish/carried-pages.ts), writes the 繁體 twin of every page
 * (hant/build-hant.ts) while the search index is finishing, and puts the
 * index into the output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHant } from '../../hant/build-hant.ts';
import { publishSearchIndex } from '../../search/publish.ts';
import type { CompletedBuild, Logger, StagedBuild } from './state.ts';

/** Also published as /sitemap.xml; runs with or without a staged build. */
export function aliasSitemap(staging: string): void {
  const sitemapIndex = path.join(staging, 'sitemap-index.xml');
  if (fs.existsSync(sitemapIndex)) fs.copyFileSync(sitemapIndex, path.join(staging, 'sitemap.xml'));
}

/** Every HTML file Astro wrote or kept (public/ files are not pages of the site), as absolute paths. */
export function madePages(assets: ReadonlyMap<string, readonly URL[]>): string[] {
  return [...assets.values()]
    .flat()
    .map((url) => fileURLToPath(url))
    .filter((file) => file.endsWith('.html'));
}

/**
 * @param staging the output folder as Astro reports it at astro:build:done
 * @param made every page Astro wrote or kept (madePages)
 */
export async function completePhase(
  build: StagedBuild,
  staging: string,
  made: readonly string[],
  logger: Logger,
): Promise<CompletedBuild> {
  const { carried, site, base, cacheDir, timer } = build;
  timer.start('carried pages');
  const removed = await carried.finish(new Set(made));
  timer.end('carried pages');
  logger.info(
    `沿用未变页面 ${carried.size} 个（链接用时 ${(carried.linkMs / 1000).toFixed(1)} 秒），移除已删除页面 ${removed} 个`,
  );
  const pages = made.map((file) => path.relative(staging, file).replaceAll(path.sep, '/'));
  // The web CMS (/admin/) is a tool for editors, not a page of the site.
  const sitePages = pages.filter((file) => !file.startsWith('admin/'));
  // Names are converted like other text, so every line of a 繁體 page is in one script (docs/hant.md).
  timer.start('繁體 twins');
  const hant = await buildHant({
    outDir: staging,
    files: sitePages,
    base,
    cacheDir,
    protect: [],
    ...site.hant,
    carried: carried.carriedWithTwins(),
  });
  logger.info(
    `繁體版：${hant.pages} 个页面（转换 ${hant.converted}，复用 ${hant.reused}），${(hant.chars / 1e6).toFixed(1)} 百万字符，用时 ${(hant.ms / 1000).toFixed(1)} 秒`,
  );
  timer.end('繁體 twins');
  const index = await build.search;
  timer.start('publish');
  publishSearchIndex(index, path.join(staging, 'search-index'));
  return { ...build, staging, pages, index };
}

/**
 * Phase 5, at astro:build:done: precompresses the staging folder if the site
 * asks for it, swaps it into place as the published site in one rename
 * (publish/staged-output.ts), and only then lets go of what the previous site
 * still needed: the store's old file versions, the text read from old
 * attachments. It records what the new site holds for the next build's
 * carried pages and image check.
 */
import { AttachmentTexts } from '../../attachments/extraction.ts';
import { writePublishedPages } from '../../publish/carried-pages.ts';
import { precompressSummary, precompressTree } from '../../publish/precompress.ts';
import { rememberMadeImages } from '../../publish/published-files.ts';
import { swapIntoPlace } from '../../publish/staged-output.ts';
import { recordPublishedInputs } from '../../publish/build-inputs.ts';
import type { CompletedBuild, Logger } from './state.ts';

export async function publishPhase(build: CompletedBuild, logger: Logger): Promise<void> {
  const { staging, outDir, cacheDir, published, store, index } = build;
  if (build.site.precompress) logger.info(precompressSummary(await precompressTree(staging, outDir)));
  swapIntoPlace(staging, outDir);
  writePublishedPages(cacheDir, outDir, build.pages);
  // What the next `npm run build` compares with to know nothing changed (publish/build-inputs.ts).
  recordPublishedInputs(cacheDir, outDir, build.inputFingerprint);
  // Old versions of replaced files leave the store only once the new site is in place.
  store.prune();
  // Likewise the text read from old versions of attachments.
  new AttachmentTexts(cacheDir).prune(new Set(published.attachments.map((a) => a.sha256)));
  rememberMadeImages(cacheDir, published);
  build.timer.end('publish');
  build.timer.save(cacheDir);
  const stats = index.stats;
  logger.info(`网站已发布到 ${outDir}`);
  logger.info(
    `搜索索引：${stats.records} 条，${stats.shards} 个分片（重建 ${stats.rebuilt}，复用 ${stats.reused}），用时 ${(stats.ms / 1000).toFixed(1)} 秒`,
  );
}

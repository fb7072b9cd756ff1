/**
 * The Gongkai Astro integration:
 * - checks all content before the build starts and stops it, listing every
 *   problem;
 * - builds the sharded search index from the checked content while Astro
 *   renders the pages (the two run side by side), and puts it into the
 *   output when the pages are done;
 * - has Astro write into a staging folder that replaces the published one
 *   only when everything succeeded (build/staged-output.ts), so nothing
 *   half-built is ever published; the published site's pages are linked
 *   into it first, so that Astro keeps unchanged ones instead of copying
 *   them from its cache (build/carried-pages.ts);
 * - publishes the sitemap index (written by @astrojs/sitemap, which runs
 *   first) under the conventional name /sitemap.xml as well;
 * - digests the attachments and body images once (build/published-files.ts),
 *   puts the images' originals where Astro's image pipeline reads them, and
 *   the attachments under /files/ when the pages are done;
 * - writes the 繁體 twin of every page (hant/build-hant.ts) into the same
 *   staging folder, while the search index is finishing.
 */
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkContent, reportToText } from '../checks/check-content.ts';
import { CarriedPages, readPublishedPages, writePublishedPages } from '../build/carried-pages.ts';
import { prepareStaging, swapIntoPlace } from '../build/staged-output.ts';
import { entryCount, publishedEntryCount, shrinkConfirmed, shrinkProblem } from '../build/shrink-guard.ts';
import { buildHant } from '../hant/build-hant.ts';
import type { HantStandard } from '../hant/converter.ts';
import { buildSearch, type SearchIndexBuild } from '../search/build-search.ts';
import { publishSearchIndex } from '../search/publish.ts';
import { FileDigests, shortDigest } from '../build/file-digests.ts';
import { precompressSummary, precompressTree } from '../build/precompress.ts';
import {
  BODY_IMAGE_DIR,
  bodyImageName,
  collectPublishedFiles,
  FileStore,
  madeImages,
  rememberMadeImages,
  sharePublishedFiles,
  type PublishedFiles,
} from '../build/published-files.ts';
import { attachmentSummary, checkAttachments } from '../attachments/check-attachments.ts';
import { AttachmentTexts } from '../attachments/extraction.ts';
import { attachmentSearchSources } from '../attachments/search-records.ts';
import { contentRoot } from '../utils/content-root.ts';
import { HANT_DIR } from '../utils/hant-paths.ts';
import { fileExtension } from '../utils/file-info.ts';
import { sitePaths } from '../utils/site-paths.ts';
import { StageTimer } from '../build/stage-timer.ts';
import { loadSiteSettings } from '../utils/site-settings.ts';

export default function gongkai(): AstroIntegration {
  let search: Promise<SearchIndexBuild> | undefined;
  let outDir = '';
  let staging = '';
  let published: PublishedFiles | undefined;
  let store: FileStore | undefined;
  let cacheFolder = '';
  let base = '/';
  let hantSettings: { standard: HantStandard; phrases: boolean } = { standard: 't', phrases: false };
  let carried: CarriedPages | undefined;
  let precompress = false;
  // Time per stage, for the build benchmark (build/stage-timer.ts).
  const timer = new StageTimer();
  return {
    name: 'gongkai',
    hooks: {
      'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
        if (command !== 'build' && command !== 'dev') return;
        timer.start('check');
        const root = contentRoot();
        const report = checkContent(root, { cacheFile: path.join(fileURLToPath(config.cacheDir), 'content-check.json') });
        const text = reportToText({ errors: report.errors, warnings: report.warnings, freshness: report.freshness });
        if (report.errors.length > 0) {
          logger.error(`内容检查未通过\n\n${text}`);
          // Thrown before any page is written: nothing half-built is published.
          throw new Error(`内容检查发现 ${report.errors.length} 个错误（详见上方列表），网站未生成。`);
        }
        if (text) logger.warn(text);
        if (report.notices.length) logger.info(reportToText({ errors: [], warnings: [], notices: report.notices }));
        logger.info(`内容检查通过：${report.entries.length} 个条目`);
        if (command === 'build') {
          // Before anything is written: an emptied content folder must not replace the portal (build/shrink-guard.ts).
          const site = loadSiteSettings(root);
          const stop = shrinkProblem(publishedEntryCount(fileURLToPath(config.outDir)), entryCount(report.entries, site), site.shrinkLimit, shrinkConfirmed());
          if (stop) {
            logger.error(stop);
            throw new Error(stop);
          }
        }
        const cacheDir = fileURLToPath(config.cacheDir);
        const digests = new FileDigests(path.join(cacheDir, 'file-digests.json'));
        const files = await collectPublishedFiles(report, loadSiteSettings(root), digests, command, madeImages(cacheDir));
        if (files.problems.length > 0) {
          logger.error(`内容检查未通过\n\n${reportToText({ errors: files.problems, warnings: [] })}`);
          throw new Error(`图片检查发现 ${files.problems.length} 个错误（详见上方列表），网站未生成。`);
        }
        timer.next('check', 'attachment extraction');
        const attachments = await checkAttachments(report.entries, loadSiteSettings(root), digests, cacheDir);
        timer.end('attachment extraction');
        if (attachments.errors.length > 0) {
          logger.error(`内容检查未通过\n\n${reportToText({ errors: attachments.errors, warnings: attachments.warnings })}`);
          throw new Error(`附件检查发现 ${attachments.errors.length} 个错误（详见上方列表），网站未生成。`);
        }
        if (attachments.warnings.length) logger.warn(reportToText({ errors: [], warnings: attachments.warnings }));
        logger.info(attachmentSummary(attachments));
        digests.save();
        published = { ...files.files, attachmentFacts: attachments.facts };
        sharePublishedFiles(published);
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir);
        staging = prepareStaging(outDir);
        carried = new CarriedPages(outDir, staging, HANT_DIR);
        carried.start(readPublishedPages(cacheDir, outDir));
        // Astro would empty the staging folder before bundling, taking the carried pages with it; it is new anyway.
        updateConfig({ outDir: pathToFileURL(`${staging}/`), vite: { build: { emptyOutDir: false }, plugins: [timer.bundleEnd()] } });
        store = new FileStore(path.join(cacheDir, 'published-files'));
        cacheFolder = cacheDir;
        base = config.base;
        const site = loadSiteSettings(root);
        precompress = site.precompress;
        // Names are converted like other text, so every line of a 繁體 page is in one script (docs/hant.md).
        hantSettings = site.hant;
        search = timer.track('search index', buildSearch({ entries: report.entries, site, base, cacheDir, attachments: attachmentSearchSources(published, new AttachmentTexts(cacheDir)) }));
        // Reported when the pages are done; keep an early failure from being unhandled meanwhile.
        search.catch(() => undefined);
      },
      // Astro's content sync (and Vite's set-up) runs between these two hooks.
      'astro:config:done': () => timer.start('content sync'),
      'astro:build:start': () => timer.end('content sync'),
      // Bundling ends in timer.bundleEnd(), a Vite plugin; rendering follows.
      'astro:build:generated': () => timer.end('render'),
      // The first hook after Astro empties the output folder, and before any
      // page or image is made: the image pipeline reads originals from there.
      'astro:build:setup': () => {
        timer.start('bundle');
        if (!published || !store || !staging) return;
        const images = [...published.images].map(([source, image]) => ({
          source,
          sha256: image.sha256,
          target: path.join(staging, BODY_IMAGE_DIR, bodyImageName(image)),
          content: image.safeSvg,
        }));
        store.publishAll(images);
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const staging = fileURLToPath(dir);
        if (published && store) {
          // Site paths without the base: the output folder is the base.
          const paths = sitePaths('/');
          const jobs = published.attachments.flatMap((a) => {
            const ext = fileExtension(a.source);
            return [paths.attachmentVersion(a.indexNo, a.n, ext, shortDigest(a.sha256)), paths.attachment(a.indexNo, a.n, ext)].map((sitePath) => ({
              source: a.source,
              sha256: a.sha256,
              target: path.join(staging, sitePath),
            }));
          });
          store.publishAll(jobs);
        }
        const sitemapIndex = path.join(staging, 'sitemap-index.xml');
        if (fs.existsSync(sitemapIndex)) fs.copyFileSync(sitemapIndex, path.join(staging, 'sitemap.xml'));
        // Every HTML file Astro wrote or kept (public/ files are not pages of the site).
        const made = [...assets.values()]
          .flat()
          .map((url) => fileURLToPath(url))
          .filter((file) => file.endsWith('.html'));
        timer.start('carried pages');
        const removed = (await carried?.finish(new Set(made))) ?? 0;
        timer.end('carried pages');
        if (carried) logger.info(`沿用未变页面 ${carried.size} 个（链接用时 ${(carried.linkMs / 1000).toFixed(1)} 秒），移除已删除页面 ${removed} 个`);
        const madePaths = made.map((file) => path.relative(staging, file).replaceAll(path.sep, '/'));
        if (!search) return;
        // The web CMS (/admin/) is a tool for editors, not a page of the site.
        const pages = madePaths.filter((file) => !file.startsWith('admin/'));
        timer.start('繁體 twins');
        const hant = await buildHant({ outDir: staging, files: pages, base, cacheDir: cacheFolder, protect: [], ...hantSettings, carried: carried?.carriedWithTwins() });
        logger.info(
          `繁體版：${hant.pages} 个页面（转换 ${hant.converted}，复用 ${hant.reused}），${(hant.chars / 1e6).toFixed(1)} 百万字符，用时 ${(hant.ms / 1000).toFixed(1)} 秒`,
        );
        timer.end('繁體 twins');
        const index = await search;
        timer.start('publish');
        publishSearchIndex(index, path.join(staging, 'search-index'));
        if (precompress) logger.info(precompressSummary(await precompressTree(staging, outDir)));
        swapIntoPlace(staging, outDir);
        writePublishedPages(cacheFolder, outDir, madePaths);
        // Old versions of replaced files leave the store only once the new site is in place.
        store?.prune();
        // Likewise the text read from old versions of attachments.
        if (published) new AttachmentTexts(cacheFolder).prune(new Set(published.attachments.map((a) => a.sha256)));
        if (published) rememberMadeImages(cacheFolder, published);
        timer.end('publish');
        timer.save(cacheFolder);
        const stats = index.stats;
        logger.info(`网站已发布到 ${outDir}`);
        logger.info(
          `搜索索引：${stats.records} 条，${stats.shards} 个分片（重建 ${stats.rebuilt}，复用 ${stats.reused}），用时 ${(stats.ms / 1000).toFixed(1)} 秒`,
        );
      },
    },
  };
}

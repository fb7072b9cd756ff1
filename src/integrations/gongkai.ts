/**
 * The Gongkai Astro integration:
 * - checks all content before the build starts and stops it, listing every
 *   problem, so nothing half-built is published;
 * - builds the sharded search index from the checked content while Astro
 *   renders the pages (the two run side by side), and puts it into the
 *   output when the pages are done;
 * - publishes the sitemap index (written by @astrojs/sitemap, which runs
 *   first) under the conventional name /sitemap.xml as well.
 */
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, reportToText } from '../checks/check-content.ts';
import { buildSearch, type SearchBuildStats } from '../search/build-search.ts';
import { contentRoot } from '../utils/content-root.ts';
import { linkTree } from '../utils/link-tree.ts';
import { loadSiteSettings } from '../utils/site-settings.ts';

export default function gongkai(): AstroIntegration {
  let search: Promise<SearchBuildStats> | undefined;
  let stagingDir = '';
  return {
    name: 'gongkai',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const root = contentRoot();
        const report = checkContent(root);
        const text = reportToText(report);
        if (report.errors.length > 0) {
          logger.error(`内容检查未通过\n\n${text}`);
          // Thrown before any page is written: nothing half-built is published.
          throw new Error(`内容检查发现 ${report.errors.length} 个错误（详见上方列表），网站未生成。`);
        }
        if (text) logger.warn(text);
        logger.info(`内容检查通过：${report.entries.length} 个条目`);
        if (command !== 'build') return;
        const cacheDir = fileURLToPath(config.cacheDir);
        stagingDir = path.join(cacheDir, 'search-index-staging');
        search = buildSearch({ entries: report.entries, site: loadSiteSettings(root), base: config.base, outDir: stagingDir, cacheDir });
        // Reported when the pages are done; keep an early failure from being unhandled meanwhile.
        search.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const sitemapIndex = path.join(out, 'sitemap-index.xml');
        if (fs.existsSync(sitemapIndex)) fs.copyFileSync(sitemapIndex, path.join(out, 'sitemap.xml'));
        if (!search) return;
        const stats = await search;
        const target = path.join(fileURLToPath(dir), 'search-index');
        fs.rmSync(target, { recursive: true, force: true });
        linkTree(stagingDir, target);
        logger.info(
          `搜索索引：${stats.records} 条，${stats.shards} 个分片（重建 ${stats.rebuilt}，复用 ${stats.reused}），用时 ${(stats.ms / 1000).toFixed(1)} 秒`,
        );
      },
    },
  };
}

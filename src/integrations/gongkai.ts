/**
 * The Gongkai Astro integration: checks all content before the build starts
 * (and fails it with every problem listed), then builds the Pagefind search
 * index over the finished pages.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, reportToText } from '../checks/check-content.ts';
import { contentRoot } from '../utils/content-root.ts';
import { buildSearchIndex } from './search-index.ts';

export default function gongkai(): AstroIntegration {
  return {
    name: 'gongkai',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const report = checkContent(contentRoot());
        const text = reportToText(report);
        if (report.errors.length > 0) {
          logger.error(`内容检查未通过\n\n${text}`);
          // Thrown before any page is written: nothing half-built is published.
          throw new Error(`内容检查发现 ${report.errors.length} 个错误（详见上方列表），网站未生成。`);
        }
        if (text) logger.warn(text);
        logger.info(`内容检查通过：${report.entries.length} 个条目`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const pages = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`搜索索引：${pages} 个页面，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
      },
    },
  };
}

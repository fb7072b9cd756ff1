// Astro configuration for Gongkai. Site-specific settings live in
// content/site.yaml, not here.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import gongkai from './src/integrations/gongkai.ts';
import { sitemapSort } from './src/integrations/sitemap-sort.ts';
import { contentRoot } from './src/utils/content-root.ts';
import { cacheDirSetting, outDirSetting } from './src/utils/build-dirs.ts';
import { loadSiteSettings } from './src/schemas/site-settings.ts';
import { hantUrl } from './src/utils/hant-paths.ts';
import { accessibleTables } from './src/markdown/accessible-tables.ts';
import { escapeRawHtml } from './src/markdown/escape-raw-html.ts';
import { safeUrls } from './src/markdown/safe-urls.ts';
import { codeLanguage } from './src/markdown/code-language.ts';

// The same validated settings the pages use; a wrong value stops here with the field named.
const site = loadSiteSettings(contentRoot());
const base = process.env.GONGKAI_BASE ?? '/';

/**
 * Sitemap entries are the canonical (simplified) pages; each names its 繁體
 * twin as an alternate, as the pages' own hreflang links do.
 */
function withAlternates(item) {
  const hant = new URL(hantUrl(new URL(item.url).pathname, base), item.url).href;
  return {
    ...item,
    links: [
      { lang: 'zh-Hans', url: item.url },
      { lang: 'zh-Hant', url: hant },
      { lang: 'x-default', url: item.url },
    ],
  };
}

const sortForSitemap = sitemapSort();

export default defineConfig({
  site: `https://${site.domain}`,
  // GONGKAI_BASE serves the site under a sub-path, e.g. /xxgk-portal/.
  base,
  outDir: outDirSetting(),
  cacheDir: cacheDirSetting(),
  trailingSlash: 'always',
  // Several pages in flight at once: page writes overlap instead of waiting on the disk one by one.
  // Stylesheets always as files, never <style> in the page: the Content-Security-Policy (deploy/) allows no inline style.
  build: {
    format: 'directory',
    concurrency: Number(process.env.GONGKAI_BUILD_CONCURRENCY ?? 8),
    inlineStylesheets: 'never',
  },
  markdown: { processor: satteri({ hastPlugins: [accessibleTables, escapeRawHtml, safeUrls, codeLanguage] }) },
  // The sitemap lists the HTML pages (not feeds, downloads, the offline fallback or the web CMS);
  // gongkai() runs after it and copies its index to the conventional /sitemap.xml.
  // sitemapSort gives the sitemap's sort one collator instead of one per comparison.
  integrations: [
    mdx(),
    sortForSitemap.before,
    sitemap({
      filter: (page) => page.endsWith('/') && !page.endsWith('/offline/') && !page.endsWith('/admin/'),
      serialize: withAlternates,
    }),
    sortForSitemap.after,
    gongkai(),
  ],
  devToolbar: { enabled: false },
  // Pages whose cacheKey (src/view-models/page-keys.ts) is unchanged keep last build's output.
  experimental: { incrementalBuild: true },
  vite: {
    build: {
      // Scripts and styles always as files (Astro inlines small ones by this limit), for the same policy.
      assetsInlineLimit: (file) => (/\.(m?js|css)$/.test(file) ? false : undefined),
      rollupOptions: {
        // MDX modules carry Astro's own "use astro:head-inject" directive;
        // the bundler's warning about it is noise, not a problem in content.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});

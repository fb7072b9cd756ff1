/**
 * Runs the judged queries against a built site in Chromium and returns each
 * query's full ranked list of URLs: the site's own search engine (any
 * version of src/browser/search/engine.ts, bundled by esbuild), or stock
 * Pagefind indexing the same built HTML with its defaults.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';
import type { Browser } from 'playwright-core';
import { type EngineWindow, writeBlankSite } from '../../support/engine-bundle.ts';
import { serveDirectory } from '../../support/static-server.ts';

/** An engine module as a script defining `window.GongkaiSearch`. */
export async function bundleEngine(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: 'GongkaiSearch',
    write: false,
    minify: true,
  });
  return result.outputFiles[0]!.text;
}

const normalise = (url: string) => url.replace(/index\.html$/, '').replace(/^https?:\/\/[^/]+/, '');

/** Our engine over `dist/search-index/`: a complete search (every shard), ranked as the search page shows it. */
export async function rankWithEngine(
  browser: Browser,
  dist: string,
  bundle: string,
  queries: readonly string[],
): Promise<string[][]> {
  const server = await serveDirectory(dist);
  const page = await browser.newPage();
  try {
    await page.goto(`${server.url}/404.html`);
    await page.addScriptTag({ content: bundle });
    return await page
      .evaluate(async (qs) => {
        const w = window as unknown as EngineWindow;
        const engine = new w.GongkaiSearch.SearchEngine('/search-index/');
        const out: string[][] = [];
        for (const q of qs) {
          const found = await engine.search(q);
          const data = await Promise.all(found.results.map((r: { data: () => Promise<{ url: string }> }) => r.data()));
          out.push(data.map((d) => d.url));
        }
        return out;
      }, queries)
      .then((lists) => lists.map((l) => l.map(normalise)));
  } finally {
    await page.close();
    await server.close();
  }
}

/** Stock Pagefind over the built HTML (simplified pages only, as the site's own index has them). */
export async function buildStockIndex(dist: string, outSite: string): Promise<void> {
  fs.rmSync(outSite, { recursive: true, force: true });
  writeBlankSite(outSite);
  const skip = new Set(['zh-hant', 'admin', '_astro', 'search-index', 'search', 'offline', 'files']);
  const dirs = fs.readdirSync(dist).filter((d) => fs.statSync(path.join(dist, d)).isDirectory() && !skip.has(d));
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('; '));
  try {
    const added = await index.addDirectory({ path: dist, glob: `{index.html,{${dirs.join(',')}}/**/*.html}` });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    await index.writeFiles({ outputPath: path.join(outSite, 'pagefind') });
  } finally {
    await pagefind.close();
  }
}

export async function rankWithStock(
  browser: Browser,
  stockSite: string,
  queries: readonly string[],
): Promise<string[][]> {
  const server = await serveDirectory(stockSite);
  const page = await browser.newPage();
  try {
    await page.goto(`${server.url}/`);
    const lists = await page.evaluate(async (qs) => {
      const pf = await import('/pagefind/pagefind.js' as string);
      await pf.options({ excerptLength: 0 });
      await pf.init();
      const out: string[][] = [];
      for (const q of qs) {
        const found = await pf.search(q);
        const data = await Promise.all(found.results.map((r: { data: () => Promise<{ url: string }> }) => r.data()));
        out.push(data.map((d: { url: string }) => d.url));
      }
      return out;
    }, queries);
    return lists.map((l) => l.map(normalise));
  } finally {
    await page.close();
    await server.close();
  }
}

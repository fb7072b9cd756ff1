/**
 * The site and its search index work when served from a sub-path: the
 * fixture site built with GONGKAI_BASE=/portal/ and served only under
 * /portal/ finds a document, and every result links inside /portal/; so do
 * the 繁體 pages under /portal/zh-hant/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { fixtureContent, testTmp } from '../support/paths.ts';
import { listedResults, openSearch } from '../support/search-page.ts';
import { serveDirectory, type StaticServer } from '../support/static-server.ts';

const dist = path.join(testTmp, 'base-path-dist');
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  fs.rmSync(dist, { recursive: true, force: true });
  const result = buildSite(fixtureContent, dist, { GONGKAI_BASE: '/portal/' });
  if (result.status !== 0) throw new Error(result.output);
  server = await serveDirectory(dist, '/portal/');
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('searches and links under the base path', async () => {
  const page = await browser.newPage();
  await openSearch(page, `${server.url}/portal`, '示交规〔2025〕2号');
  const results = await listedResults(page);
  expect(results.map((r) => r.url)).toEqual(['/portal/xxgk/11990000MB0000001X-2025-00003/']);
  await page.goto(server.url + results[0]!.url);
  await expect(page.locator('h1').textContent()).resolves.toBe('示例省道路货物运输经营者信用管理办法');
  const outside = await page.$$eval('a[href^="/"]', (links) =>
    links.map((a) => a.getAttribute('href')!).filter((h) => !h.startsWith('/portal/')),
  );
  expect(outside).toEqual([]);
  await page.close();
});

it('puts the 繁體 pages under the base path, searching and linking inside it', async () => {
  const page = await browser.newPage();
  // A 发文字号 typed in 繁體 finds its document too.
  await openSearch(page, `${server.url}/portal/zh-hant`, '示交規〔2025〕2號');
  const results = await listedResults(page);
  expect(results.map((r) => r.url)).toEqual(['/portal/zh-hant/xxgk/11990000MB0000001X-2025-00003/']);
  await page.goto(server.url + results[0]!.url);
  expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
  expect(await page.getAttribute('a[data-script-switch]', 'href')).toBe('/portal/xxgk/11990000MB0000001X-2025-00003/');
  expect(await page.getAttribute('link[hreflang="zh-Hant"]', 'href')).toBe(
    'https://jtt.shili.gov.cn/portal/zh-hant/xxgk/11990000MB0000001X-2025-00003/',
  );
  const pages = await page.$$eval('a[href^="/"]:not([data-script-switch])', (links) =>
    links.map((a) => a.getAttribute('href')!).filter((h) => /\/(#.*)?$/.test(h)),
  );
  expect(pages.length).toBeGreaterThan(10);
  expect(pages.filter((h) => !h.startsWith('/portal/zh-hant/'))).toEqual([]);
  await page.close();
});

it('keeps feeds, the sitemap, open data and the new sections under the base path', async () => {
  const { load } = await import('cheerio');
  const site = 'https://jtt.shili.gov.cn/portal/';
  const read = (file: string) => fs.readFileSync(path.join(dist, file), 'utf8');
  const sitemap = load(read('sitemap-0.xml'), { xml: true });
  const locs = sitemap('url > loc')
    .map((_i, l) => sitemap(l).text())
    .get();
  expect(locs.length).toBeGreaterThan(40);
  expect(locs.filter((l) => !l.startsWith(site))).toEqual([]);
  expect(locs).toContain(`${site}ysqgk/sq/`);
  expect(locs).toContain(`${site}sjqd/xzcf/`);
  expect(read('sitemap.xml')).toContain(`${site}sitemap-0.xml`);
  expect(read('robots.txt')).toContain(`Sitemap: ${site}sitemap.xml`);
  const rss = load(read('rss.xml'), { xml: true });
  const links = [
    rss('channel > link').text(),
    ...rss('item > link')
      .map((_i, l) => rss(l).text())
      .get(),
  ];
  expect(links.filter((l) => !l.startsWith(site))).toEqual([]);
  const catalogue = JSON.parse(read('open-data/catalogue.json')) as { items: Array<{ url: string }> };
  expect(catalogue.items.filter((i) => !i.url.startsWith(`${site}xxgk/`))).toEqual([]);
  const page = await browser.newPage();
  for (const url of ['/portal/ysqgk/sq/', '/portal/hdjl/', '/portal/sjqd/xzcf/']) {
    await page.goto(server.url + url);
    const outside = await page.$$eval('a[href^="/"], [data-src^="/"], [data-index^="/"]', (els) =>
      els
        .map((e) => e.getAttribute('href') ?? e.getAttribute('data-src') ?? e.getAttribute('data-index')!)
        .filter((h) => !h.startsWith('/portal/')),
    );
    expect(outside, url).toEqual([]);
  }
  // The table script fetches its rows under the base path too.
  await page.click('th[data-column="处罚决定日期"] button');
  await page.waitForFunction(() => /^找到 3 条/.test(document.querySelector('.list-status')!.textContent!));
  await page.close();
});

/**
 * Search in a real browser: the built Pagefind index, our search page and
 * Chinese queries, against the fixture site and the sample site.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { fixtureDist, sampleDist } from '../support/paths.ts';
import { bundleFragments } from '../support/pagefind-fragments.ts';
import { allResults, listedResults, openSearch, showAllResults } from '../support/search-page.ts';
import { serveDirectory, type StaticServer } from '../support/static-server.ts';

let browser: Browser;

/** The file name of the result fragment that holds the record at `url` on the sample site. */
function fragmentFileOf(url: string): string {
  const root = path.join(sampleDist, 'search-index');
  for (const shard of fs.readdirSync(root)) {
    if (shard === 'core' || !fs.existsSync(path.join(root, shard, 'fragment'))) continue;
    const hit = bundleFragments(path.join(root, shard)).find((f) => f.fragment.url === url);
    if (hit) return hit.file;
  }
  throw new Error(`no fragment for ${url}`);
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function search(
  page: Page,
  base: string,
  query: string,
  params = '',
): Promise<Array<{ title: string; url: string }>> {
  await openSearch(page, base, query, params);
  return listedResults(page);
}

describe('search on the fixture site', () => {
  let server: StaticServer;
  let page: Page;
  beforeAll(async () => {
    server = await serveDirectory(fixtureDist);
    page = await browser.newPage();
  });
  afterAll(async () => {
    await page?.close();
    await server?.close();
  });

  it('finds a document by a Chinese word and shows title, date, 发文字号 and excerpt', async () => {
    const results = await search(page, server.url, '信用');
    expect(results.map((r) => r.url)).toContain('/xxgk/11990000MB0000001X-2025-00003/');
    const first = page.locator('#search-results .result').first();
    await expect(first.locator('.result-meta').textContent()).resolves.toMatch(/发布日期：\d{4}年\d{2}月\d{2}日/);
    await expect(first.locator('.result-excerpt mark').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/^找到 \d+ 条结果/);
  });

  it('finds exactly the document with a 发文字号', async () => {
    const results = await search(page, server.url, '示交规〔2025〕2号');
    expect(results.map((r) => r.url)).toEqual(['/xxgk/11990000MB0000001X-2025-00003/']);
    await expect(page.locator('#search-results .result-meta').first().textContent()).resolves.toContain(
      '发文字号：示交规〔2025〕2号',
    );
  });

  it('filters by 有效性 and 年份 through the URL, with counts in the options', async () => {
    const repealed = await search(
      page,
      server.url,
      '信用',
      `&${encodeURIComponent('有效性')}=${encodeURIComponent('废止')}`,
    );
    expect(repealed.map((r) => r.url)).toEqual(['/xxgk/11990000MB0000001X-2024-00005/']);
    await expect(page.locator('select[name="有效性"]').inputValue()).resolves.toBe('废止');
    // A filter in the URL opens the filter panel, which then shows counts for the current query.
    await expect(page.locator('#search-filters').getAttribute('open')).resolves.toBe('');
    await page.waitForFunction(() =>
      /（\d+）$/.test(document.querySelector('select[name="年份"] option[value="2024"]')?.textContent ?? ''),
    );
    const options = await page.locator('select[name="年份"] option').allTextContents();
    expect(options).toEqual(['全部', '2026（0）', '2025（0）', '2024（1）', '2021（0）', '2019（0）']);
  });

  it('keeps the query and filters in the URL and restores them on back', async () => {
    await search(page, server.url, '信用');
    await page.click('#search-filters summary');
    await page.selectOption('select[name="年份"]', '2025');
    await page.waitForURL(/%E5%B9%B4%E4%BB%BD=2025/);
    await page.waitForFunction(() => document.getElementById('search-status')?.textContent?.startsWith('找到'));
    const in2025 = await page.$$eval('#search-results .result-title a', (l) => l.length);
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('%E5%B9%B4%E4%BB%BD'));
    await expect(page.locator('select[name="年份"]').inputValue()).resolves.toBe('');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results .result-title a').length > n, in2025);
  });

  it('finds a document by its 索引号, and a 发文字号 typed with other brackets', async () => {
    expect((await search(page, server.url, '11990000MB0000001X/2024-00005')).map((r) => r.url)).toEqual([
      '/xxgk/11990000MB0000001X-2024-00005/',
    ]);
    expect((await search(page, server.url, '示交规[2025]2号')).map((r) => r.url)).toEqual([
      '/xxgk/11990000MB0000001X-2025-00003/',
    ]);
  });

  it('says so when nothing matches', async () => {
    const results = await search(page, server.url, '量子纠缠');
    expect(results).toEqual([]);
    await expect(page.locator('#search-status').textContent()).resolves.toContain('没有找到');
  });
});

describe('search on the sample site', () => {
  let server: StaticServer;
  let page: Page;
  beforeAll(async () => {
    server = await serveDirectory(sampleDist);
    page = await browser.newPage();
  });
  afterAll(async () => {
    await page?.close();
    await server?.close();
  });

  it('finds the 政府信息公开指南 and the 依申请公开 page for 依申请公开', async () => {
    // Many pages (年报 above all) speak of 依申请公开: the two are among them, not necessarily on the first page.
    const urls = await allResults(page, server.url, '依申请公开');
    expect(urls).toContain('/zwgk/zn/');
    expect(urls).toContain('/ysqgk/');
  });

  it('finds many 道路运输 documents, each with a title', async () => {
    const results = await search(page, server.url, '道路运输');
    expect(results.length).toBeGreaterThanOrEqual(10);
    expect(results.every((r) => r.title.length > 0)).toBe(true);
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/^找到 \d+ 条结果/);
  });

  it('keeps a result whose fragment will not load and shows it on a later 显示更多结果 (never drops it)', async () => {
    const all = await allResults(page, server.url, '农村公路');
    expect(all.length).toBeGreaterThan(10);
    // The top result's fragment fails five times: the re-ranking's load (which moves it down the list), then the
    // page's load and its three retries. The page used to drop such a result for good; now it is asked for again
    // on the next click.
    const fragment = fragmentFileOf(all[0]!);
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const flaky = await context.newPage();
    let failures = 0;
    await context.route('**/*.pf_fragment', async (route) => {
      if (route.request().url().endsWith(`/${fragment}`) && failures < 5) {
        failures++;
        return route.abort('connectionreset');
      }
      return route.continue();
    });
    try {
      await openSearch(flaky, server.url, '农村公路');
      const clicked = await showAllResults(flaky);
      expect(failures).toBe(5);
      expect(clicked).toContain(all[0]);
      expect(new Set(clicked)).toEqual(new Set(all));
      expect(clicked).toHaveLength(all.length);
    } finally {
      await context.close();
    }
  });

  it('still loads every result after the browser collects garbage (Pagefind drops the data of collected results)', async () => {
    const all = await allResults(page, server.url, '道路運輸');
    expect(all.length).toBeGreaterThan(20);
    const fresh = await browser.newPage();
    try {
      await openSearch(fresh, server.url, '道路運輸');
      // What a busy machine does at its own time: collect garbage, then let the finalizers run.
      const cdp = await fresh.context().newCDPSession(fresh);
      for (let i = 0; i < 3; i++) {
        await cdp.send('HeapProfiler.collectGarbage');
        await fresh.waitForTimeout(300);
      }
      expect(await showAllResults(fresh)).toEqual(all);
    } finally {
      await fresh.close();
    }
  });

  it('finds exactly the policy for a 发文字号', async () => {
    const results = await search(page, server.url, '示交规〔2025〕3号');
    expect(results.map((r) => r.url)).toEqual(['/xxgk/11990000MB0000001X-2025-00009/']);
    expect(results[0]!.title).toContain('信用');
  });
});

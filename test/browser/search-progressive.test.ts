/**
 * The search page over an index of many shards: the fixture site's search
 * page with a generated corpus' index in place of its own. A broad query
 * shows its first page from the newest shards, says which years are left
 * and searches them when asked; a date sort stays in date order across
 * shards.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { buildCorpusIndex } from '../support/corpus-index.ts';
import { fixtureDist, testTmp } from '../support/paths.ts';
import { listedResults, openSearch } from '../support/search-page.ts';
import { serveDirectory, type StaticServer } from '../support/static-server.ts';

const work = path.join(testTmp, 'progressive');
const site = path.join(testTmp, 'progressive-site');
let browser: Browser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  fs.rmSync(site, { recursive: true, force: true });
  // The published site is a link to its release: copy the release, not the link (its search index would be overwritten).
  fs.cpSync(fs.realpathSync(fixtureDist), site, {
    recursive: true,
    filter: (src) => !src.includes(`${path.sep}search-index`),
  });
  await buildCorpusIndex({ docs: 600, seed: 11, shardSize: 100, work, site });
  server = await serveDirectory(site);
  browser = await launchBrowser();
  page = await browser.newPage();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const dates = async () =>
  (await page.locator('#search-results .result-meta').allTextContents()).map(
    (t) => /发布日期：(\S+)/.exec(t)?.[1] ?? '',
  );
const moreButton = () => page.locator('#search-results .more-results button');

describe('search over many shards', () => {
  it('shows a first page from the newest years and offers the older ones', async () => {
    await openSearch(page, server.url, '公路');
    expect(await listedResults(page)).toHaveLength(10);
    const status = (await page.locator('#search-status').textContent()) ?? '';
    expect(status).toMatch(/^找到 \d+ 条结果（关键词：公路）。\d{4}—\d{4} 年的较早文件尚未检索/);
    // Either more of what was found, or the older years, is one button away.
    const label = (await moreButton().textContent()) ?? '';
    expect(label).toMatch(/^(显示更多结果（还有 \d+ 条）|检索更早的文件（\d{4}—\d{4} 年）)$/);
  });

  it('searches the older years when asked, keeping what is shown and moving focus to the new results', async () => {
    await openSearch(page, server.url, '公路');
    const first = (await listedResults(page)).map((r) => r.url);
    // Page on until the button offers the older years, then take it.
    while (!/^检索更早的文件/.test((await moreButton().textContent()) ?? '')) {
      const n = await page.locator('.result').count();
      await moreButton().click();
      await page.waitForFunction((k) => document.querySelectorAll('.result').length > k, n);
    }
    const before = await page.locator('.result').count();
    await moreButton().press('Enter');
    await page.waitForFunction((k) => document.querySelectorAll('.result').length > k, before);
    const after = (await listedResults(page)).map((r) => r.url);
    expect(after.slice(0, first.length)).toEqual(first);
    // Each result once: a document, or one of its attachments (its address with #fjN).
    const links = await page.$$eval('#search-results .result-title a', (ls) =>
      ls.map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash),
    );
    expect(new Set(links).size).toBe(links.length);
    const focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.pathname);
    expect(focused).toBe(after[before]);
  });

  it('keeps a date sort in date order across shards, page after page', async () => {
    await openSearch(page, server.url, '公路', '&sort=date');
    for (let step = 0; step < 3 && (await moreButton().count()) > 0; step++) {
      const n = await page.locator('.result').count();
      await moreButton().click();
      await page.waitForFunction((k) => document.querySelectorAll('.result').length > k, n);
    }
    const listed = await dates();
    expect(listed.length).toBeGreaterThan(20);
    expect(listed).toEqual([...listed].sort().reverse());
  });
});

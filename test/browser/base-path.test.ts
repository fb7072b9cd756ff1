/**
 * The site and its search index work when served from a sub-path: the
 * fixture site built with GONGKAI_BASE=/portal/ and served only under
 * /portal/ finds a document, and every result links inside /portal/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { FIXTURE_TODAY, fixtureContent, testTmp } from '../support/paths.ts';
import { listedResults, openSearch } from '../support/search-page.ts';
import { serveDirectory, type StaticServer } from '../support/static-server.ts';

const dist = path.join(testTmp, 'base-path-dist');
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  fs.rmSync(dist, { recursive: true, force: true });
  const result = buildSite(fixtureContent, dist, { GONGKAI_BASE: '/portal/', GONGKAI_TODAY: FIXTURE_TODAY });
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
  const outside = await page.$$eval('a[href^="/"]', (links) => links.map((a) => a.getAttribute('href')!).filter((h) => !h.startsWith('/portal/')));
  expect(outside).toEqual([]);
  await page.close();
});

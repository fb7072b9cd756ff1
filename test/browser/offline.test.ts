/**
 * After a first visit, the site and its search work with the network off:
 * the service worker serves visited pages, the search index parts already
 * used, and an offline page for the rest, and the page says it is offline.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { sampleDist } from '../support/paths.ts';
import { serveDirectory, type StaticServer } from '../support/static-server.ts';

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveDirectory(sampleDist);
  context = await browser.newContext();
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const searchDone = () =>
  /^(找到|没有找到|当前处于离线)/.test(document.getElementById('search-status')?.textContent ?? '');

it('keeps visited pages and search working offline, and says it is offline', async () => {
  await page.goto(`${server.url}/`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // The first load registered the worker; this one is controlled by it.
  await page.goto(`${server.url}/search/?q=${encodeURIComponent('道路运输')}`);
  await page.waitForFunction(searchDone);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const online = await page.$$eval('#search-results .result-title a', (a) =>
    a.map((l) => (l as HTMLAnchorElement).pathname),
  );
  expect(online.length).toBeGreaterThan(0);
  await page.goto(server.url + online[0]!);
  const title = await page.locator('h1').textContent();
  await expect(page.locator('#offline-notice').isHidden()).resolves.toBe(true);

  await context.setOffline(true);
  await page.goto(`${server.url}/search/?q=${encodeURIComponent('道路运输')}`);
  await page.waitForFunction(searchDone);
  const offline = await page.$$eval('#search-results .result-title a', (a) =>
    a.map((l) => (l as HTMLAnchorElement).pathname),
  );
  expect(offline).toEqual(online.slice(0, offline.length));
  expect(offline.length).toBeGreaterThan(0);
  await expect(page.locator('#offline-notice').isVisible()).resolves.toBe(true);

  await page.goto(server.url + online[0]!);
  await expect(page.locator('h1').textContent()).resolves.toBe(title);

  await page.goto(`${server.url}/wzdt/`);
  await expect(page.locator('h1').textContent()).resolves.toBe('当前处于离线状态');
  await context.setOffline(false);
});

/**
 * The built sample site on real web servers, in Chromium: `astro preview`
 * (the README's way to look at a build), and Debian's nginx (twice: as
 * shipped, and compressing every type on the fly), Apache httpd and Caddy
 * with the configs in deploy/. Every server gets the same journeys: search
 * in 简体 and 繁體, a 发文字号, the 依申请公开 "查一查", the site under a base
 * path, and search with the network off. The shipped configs also get their
 * headers checked, file kind by file kind, and Chromium must report no
 * Content-Security-Policy violation on any kind of page. The header table
 * is written to tmp/servers/headers.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { projectRoot, sampleDist, testTmp } from '../support/paths.ts';
import { listedResults, openSearch } from '../support/search-page.ts';
import { serveDirectory } from '../support/static-server.ts';
import { SERVER_KINDS, startServer, type ServerKind, type SiteRoot, type WebServer } from '../support/web-servers.ts';
import { checkHeaders, headerTable, type HeaderRow } from './headers.ts';
import { cspViolations } from './csp.ts';

const BASE = '/xxgk-portal/';
const baseRoot = path.join(testTmp, 'servers-base');
const rootSite: SiteRoot = { root: sampleDist, base: '/', dist: sampleDist };
const baseSite: SiteRoot = { root: baseRoot, base: BASE, dist: path.join(baseRoot, BASE) };
const DOC_NUMBER = '示交规〔2025〕3号';
const DOC_PATH = 'xxgk/11990000MB0000001X-2025-00009/';

let browser: Browser;
const rows: HeaderRow[] = [];

beforeAll(async () => {
  fs.rmSync(baseRoot, { recursive: true, force: true });
  const result = buildSite(path.join(projectRoot, 'content'), baseSite.dist, { GONGKAI_BASE: BASE });
  if (result.status !== 0) throw new Error(result.output);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (rows.length === 0) return;
  fs.mkdirSync(path.join(projectRoot, 'tmp', 'servers'), { recursive: true });
  fs.writeFileSync(path.join(projectRoot, 'tmp', 'servers', 'headers.md'), headerTable(rows));
});

async function results(page: Page): Promise<string[]> {
  return (await listedResults(page)).map((r) => r.url);
}

describe.each(SERVER_KINDS)('%s', (kind: ServerKind) => {
  let site: WebServer;
  let based: WebServer;
  beforeAll(async () => {
    [site, based] = await Promise.all([startServer(kind, rootSite), startServer(kind, baseSite)]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([site?.stop(), based?.stop()]);
  });

  it(`${kind}: search finds documents for a 简体 and a 繁體 query`, async () => {
    const page = await browser.newPage();
    await openSearch(page, site.url, '道路运输');
    const simplified = await results(page);
    expect(simplified.length, site.log()).toBeGreaterThanOrEqual(5);
    await openSearch(page, `${site.url}/zh-hant`, '道路運輸');
    const traditional = await results(page);
    expect(traditional.length).toBeGreaterThanOrEqual(5);
    expect(traditional.every((u) => u.startsWith('/zh-hant/'))).toBe(true);
    await page.close();
  });

  it(`${kind}: search finds exactly the policy for a 发文字号`, async () => {
    const page = await browser.newPage();
    await openSearch(page, site.url, DOC_NUMBER);
    await expect(results(page)).resolves.toEqual([`/${DOC_PATH}`]);
    await page.close();
  });

  it(`${kind}: the 依申请公开 查一查 finds the document`, async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/ysqgk/sq/`);
    await page.fill('#apply-q', DOC_NUMBER);
    await page.click('#apply-search button[type="submit"]');
    await page.waitForFunction(() =>
      /找到|没有找到|出错/.test(document.getElementById('apply-search-status')!.textContent!),
    );
    const links = await page.$$eval('#apply-search-results a', (as) =>
      as.map((a) => (a as HTMLAnchorElement).pathname),
    );
    expect(links).toEqual([`/${DOC_PATH}`]);
    await page.close();
  });

  it(`${kind}: the site and its search work under a base path`, async () => {
    const page = await browser.newPage();
    await openSearch(page, `${based.url}${BASE.slice(0, -1)}`, DOC_NUMBER);
    await expect(results(page)).resolves.toEqual([`${BASE}${DOC_PATH}`]);
    const response = await page.goto(`${based.url}${BASE}${DOC_PATH}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toContain('信用');
    expect((await page.goto(`${based.url}${BASE}zh-hant/`))?.status()).toBe(200);
    await page.close();
  });

  it(`${kind}: search keeps working offline once visited`, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await openSearch(page, site.url, '道路运输');
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const online = await results(page);
    await context.setOffline(true);
    await openSearch(page, site.url, '道路运输');
    const offline = await results(page);
    expect(offline.length).toBeGreaterThan(0);
    expect(offline).toEqual(online.slice(0, offline.length));
    await context.close();
  });

  if (kind === 'astro preview') return;

  it(`${kind}: a missing address gets the 404 page in its own script, at the root and under a base path`, async () => {
    const cases: Array<[string, RegExp, string]> = [
      [`${site.url}/no-such-page/`, /页面未找到/, 'zh-CN'],
      [`${site.url}/zh-hant/no-such-page/`, /頁面未找到/, 'zh-Hant'],
      [`${site.url}/zh-hant/xxgk/no-such-document/`, /頁面未找到/, 'zh-Hant'],
      [`${based.url}${BASE}zh-hant/no-such-page/`, /頁面未找到/, 'zh-Hant'],
      [`${based.url}${BASE}no-such-page/`, /页面未找到/, 'zh-CN'],
    ];
    for (const [url, title, lang] of cases) {
      const response = await fetch(url);
      const html = await response.text();
      expect(response.status, url).toBe(404);
      expect(html.match(/<title>[^<]*<\/title>/)?.[0], url).toMatch(title);
      expect(html.match(/<html[^>]* lang="([^"]+)"/)?.[1], url).toBe(lang);
    }
  });

  it(`${kind}: sends the deploy/ headers for each kind of file`, async () => {
    rows.push(...(await checkHeaders(kind, site.url, based.url + BASE)));
  });

  it(`${kind}: Chromium reports no Content-Security-Policy violation on any kind of page`, async () => {
    await expect(cspViolations(browser, site.url, DOC_PATH)).resolves.toEqual([]);
  });
});

describe('service worker', () => {
  it('deletes the caches of the former naming (gongkai-<version>) and leaves other caches alone', async () => {
    const server = await serveDirectory(sampleDist);
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      // A page of the origin that registers no worker, to plant the caches an earlier version left.
      await page.goto(`${server.url}/robots.txt`);
      await page.evaluate(async () => {
        for (const name of ['gongkai-lq3x9z1a', 'gongkai-m01abc', 'another-app-v1'])
          await (await caches.open(name)).put('/x', new Response('x'));
      });
      await page.goto(`${server.url}/`);
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await page
        .waitForFunction(async () => !(await caches.keys()).some((k) => k.startsWith('gongkai-')), undefined, {
          timeout: 10_000,
        })
        .catch(() => undefined);
      const names = await page.evaluate(() => caches.keys());
      expect(names.filter((n) => n.startsWith('gongkai-'))).toEqual([]);
      expect(names).toContain('another-app-v1');
      expect(names.filter((n) => n.startsWith('gongkai:/:'))).toHaveLength(1);
    } finally {
      await context.close();
      await server.close();
    }
  });

  it("keeps each site's caches when two sites share an origin, stores one search page, and no attachment", async () => {
    // The sample site at / and its base-path build at /xxgk-portal/ on one origin.
    const web = path.join(testTmp, 'servers-web');
    fs.rmSync(web, { recursive: true, force: true });
    fs.mkdirSync(web);
    for (const entry of fs.readdirSync(sampleDist)) fs.symlinkSync(path.join(sampleDist, entry), path.join(web, entry));
    fs.symlinkSync(baseSite.dist, path.join(web, BASE.slice(1, -1)));
    const server = await serveDirectory(web);
    const context = await browser.newContext();
    const page = await context.newPage();
    const ready = () => page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const cacheKeys = () =>
      page.evaluate(async () => {
        const out: Record<string, string[]> = {};
        for (const name of await caches.keys())
          out[name] = (await (await caches.open(name)).keys()).map(
            (r) => new URL(r.url).pathname + new URL(r.url).search,
          );
        return out;
      });
    try {
      await page.goto(`${server.url}/`);
      await ready();
      await page.goto(`${server.url}${BASE}`);
      await ready();
      await page.goto(`${server.url}/`);
      await openSearch(page, server.url, '道路运输');
      await openSearch(page, server.url, DOC_NUMBER);
      const attachment = fs
        .readdirSync(path.join(sampleDist, 'files'))
        .map((d) => `/files/${d}/${fs.readdirSync(path.join(sampleDist, 'files', d))[0]}`)[0]!;
      expect(await page.evaluate((url) => fetch(url).then((r) => r.status), attachment)).toBe(200);
      await page.waitForTimeout(500);
      const caches = await cacheKeys();
      const names = Object.keys(caches);
      // Each site's worker cleared only its own older caches on activation.
      expect(names.filter((n) => n.startsWith('gongkai:/:'))).toHaveLength(1);
      expect(names.filter((n) => n.startsWith(`gongkai:${BASE}:`))).toHaveLength(1);
      const own = caches[names.find((n) => n.startsWith('gongkai:/:'))!]!;
      expect(own.filter((k) => k.startsWith('/search/'))).toEqual(['/search/']);
      expect(own.filter((k) => k.includes('?q='))).toEqual([]);
      expect(
        Object.values(caches)
          .flat()
          .filter((k) => k.includes('/files/')),
      ).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});

/**
 * The 繁體 pages in Chromium: the 繁體 search page finds documents for a
 * Traditional query and its results lead to 繁體 pages; the switch keeps
 * the reader on the same search; links the data-list table and the
 * application form make in the browser stay in 繁體 too.
 */
import { expect, it } from 'vitest';
import { sampleDist } from '../support/paths.ts';
import { listedResults, openSearch } from '../support/search-page.ts';
import { servedSite } from '../support/served-site.ts';

const site = servedSite(sampleDist);

it('searches from the 繁體 search page and lists 繁體 pages', async () => {
  const page = await site.browser.newPage();
  await openSearch(page, `${site.url}/zh-hant`, '道路運輸');
  const results = await listedResults(page);
  expect(results.length).toBeGreaterThan(3);
  for (const r of results) expect(r.url).toMatch(/^\/zh-hant\/.+\/$/);
  await page.click('#search-results .result-title a');
  await page.waitForURL(/\/zh-hant\//);
  expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
  await page.close();
});

it('switches script on the search page and keeps the query', async () => {
  const page = await site.browser.newPage();
  await openSearch(page, site.url, '道路运输');
  const simplified = (await listedResults(page)).map((r) => r.url);
  await page.click('a[data-script-switch]');
  await page.waitForFunction(() =>
    /^(找到|没有找到)/.test(document.getElementById('search-status')?.textContent ?? ''),
  );
  expect(new URL(page.url()).pathname).toBe('/zh-hant/search/');
  expect(await page.inputValue('#search-q')).toBe('道路运输');
  expect((await listedResults(page)).map((r) => r.url)).toEqual(simplified.map((u) => `/zh-hant${u}`));
  await page.click('a[data-script-switch]');
  await page.waitForFunction(() =>
    /^(找到|没有找到)/.test(document.getElementById('search-status')?.textContent ?? ''),
  );
  expect(new URL(page.url()).pathname).toBe('/search/');
  expect(await page.inputValue('#search-q')).toBe('道路运输');
  await page.close();
});

it('keeps the 繁體 column headers and leads item links to 繁體 pages after sorting a data list', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}/zh-hant/sjqd/bszn/`);
  await page.click('th[data-column="事项名称"] button');
  await page.waitForFunction(
    () => document.querySelector('th[data-column="事项名称"]')?.getAttribute('aria-sort') === 'ascending',
  );
  expect(await page.textContent('th[data-column="事项名称"] button')).toContain('事項名稱');
  const links = await page.$$eval('table.list-table tbody a', (as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(links.length).toBeGreaterThan(0);
  for (const l of links) expect(l).toMatch(/^\/zh-hant\/sjqd\/bszn\/.+\/$/);
  await page.close();
});

it('leads the application form’s search results to 繁體 pages', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}/zh-hant/ysqgk/sq/`);
  await page.fill('#apply-q', '道路運輸');
  await page.click('#apply-search button[type="submit"]');
  await page.waitForFunction(() => /找到|没有找到/.test(document.getElementById('apply-search-status')!.textContent!));
  const links = await page.$$eval('#apply-search-results a', (as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(links.length).toBeGreaterThan(0);
  for (const l of links) expect(l).toMatch(/^\/zh-hant\/xxgk\//);
  await page.close();
});

/** Driving the site's search page in Chromium. */
import type { Page } from 'playwright-core';

// The 繁體 search page says the same in 繁體 (沒有找到, 當前處於離線).
const settled = () =>
  /^(找到|[没沒]有找到|当前处于离线|當前處於離線)/.test(document.getElementById('search-status')?.textContent ?? '');

/** Opens the search page for a query and waits until the status says it is done. */
export async function openSearch(page: Page, base: string, query: string, params = ''): Promise<void> {
  await page.goto(`${base}/search/?q=${encodeURIComponent(query)}${params}`);
  await page.waitForFunction(settled);
}

/** The result titles and paths listed so far. */
export function listedResults(page: Page): Promise<Array<{ title: string; url: string }>> {
  return page.$$eval('#search-results .result-title a', (links) =>
    links.map((a) => ({ title: a.textContent ?? '', url: (a as HTMLAnchorElement).pathname })),
  );
}

/** Every result path for a query, clicking "显示更多结果" until all are listed. */
export async function allResults(page: Page, base: string, query: string): Promise<string[]> {
  await openSearch(page, base, query);
  return showAllResults(page);
}

/** Clicks "显示更多结果" on the page as it is until every result is listed; returns their paths. */
export async function showAllResults(page: Page): Promise<string[]> {
  for (;;) {
    const more = page.locator('.more-results button');
    if ((await more.count()) === 0) break;
    const before = await page.locator('.result').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('.result').length > n, before);
  }
  return (await listedResults(page)).map((r) => r.url);
}

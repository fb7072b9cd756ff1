/**
 * Data-list tables in Chromium on the sample site (行政处罚, 64 rows over
 * two server pages): sorting by a column header and filtering over the whole
 * list, announced in the status line; the same page without JavaScript.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleDist } from '../support/paths.ts';
import { servedSite } from '../support/served-site.ts';

const site = servedSite(sampleDist);

const column = (page: Page, name: string) =>
  page.evaluate((n) => {
    const headers = [...document.querySelectorAll('table.list-table thead th')].map(
      (th) => (th as HTMLElement).dataset.column,
    );
    const i = headers.indexOf(n);
    return [...document.querySelectorAll('table.list-table tbody tr')].map(
      (tr) => (tr as HTMLTableRowElement).cells[i]!.textContent ?? '',
    );
  }, name);
/** The table says it is busy from the moment a sort or filter starts until its rows are in place. */
/** Waits until the rows on show are those found with these words (typing is debounced). */
const shown = (page: Page, words: string) =>
  page.waitForFunction((w) => {
    const root = document.querySelector<HTMLElement>('[data-list-table]')!;
    return root.dataset.shownQuery === w && !root.querySelector('table')!.hasAttribute('aria-busy');
  }, words);
const settled = (page: Page) =>
  page.waitForFunction(() => !document.querySelector('table.list-table')?.hasAttribute('aria-busy'));

describe('with JavaScript', () => {
  let page: Page;
  beforeAll(async () => {
    page = await site.browser.newPage();
    await page.goto(`${site.url}/sjqd/xzcf/`);
  });
  afterAll(() => page?.close());

  it('turns the headers into sort buttons and shows the filter tools', async () => {
    expect(await page.isVisible('.list-tools')).toBe(true);
    expect(await page.$$eval('table.list-table th button', (b) => b.length)).toBe(9);
    expect(await page.getAttribute('th[data-column="处罚决定日期"]', 'aria-sort')).toBe('descending');
  });

  it('sorts the whole list by a column, both ways, and says so', async () => {
    await page.click('th[data-column="罚款金额（万元）"] button');
    await settled(page);
    expect(await page.textContent('.list-status')).toBe('找到 64 条，按“罚款金额（万元）”降序排列，第 1 页，共 2 页。');
    expect(await page.getAttribute('th[data-column="罚款金额（万元）"]', 'aria-sort')).toBe('descending');
    expect(await page.getAttribute('th[data-column="处罚决定日期"]', 'aria-sort')).toBeNull();
    const amounts = (await column(page, '罚款金额（万元）')).map((v) => (v === '' ? -1 : Number(v)));
    expect(amounts).toHaveLength(50);
    expect([...amounts].sort((a, b) => b - a)).toEqual(amounts);
    await page.click('th[data-column="罚款金额（万元）"] button');
    await page.waitForFunction(
      () => document.querySelector('th[data-column="罚款金额（万元）"]')?.getAttribute('aria-sort') === 'ascending',
    );
    await settled(page);
    const up = (await column(page, '罚款金额（万元）')).filter(Boolean).map(Number);
    expect([...up].sort((a, b) => a - b)).toEqual(up);
  });

  it('filters by a choice and by words across all rows, and pages the result', async () => {
    await page.selectOption('select[data-column="处罚类别"]', '警告');
    await settled(page);
    const kinds = await column(page, '处罚类别');
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((k) => k.split('、').includes('警告'))).toBe(true);
    expect(await page.textContent('.list-status')).toMatch(new RegExp(`^找到 ${kinds.length} 条`));
    await page.selectOption('select[data-column="处罚类别"]', '');
    await page.fill('.list-tools input[name="q"]', '〔2026〕 超限');
    await shown(page, '〔2026〕 超限');
    const numbers = await column(page, '处罚决定书文号');
    const acts = await column(page, '违法行为类型');
    expect(numbers.every((n) => n.includes('〔2026〕'))).toBe(true);
    expect(acts.every((a) => a.includes('超限'))).toBe(true);
    await page.fill('.list-tools input[name="q"]', '没有这样的记录');
    await shown(page, '没有这样的记录');
    expect(await page.textContent('.list-status')).toBe('没有符合条件的记录，请减少筛选条件。');
    expect(await page.$$eval('table.list-table tbody tr', (r) => r.length)).toBe(0);
  });

  it('replaces the server page links with its own pager over the result', async () => {
    await page.fill('.list-tools input[name="q"]', '');
    await shown(page, '');
    expect(await page.textContent('.list-status')).toContain('共 2 页');
    expect(await page.isVisible('nav.pagination')).toBe(false);
    await page.click('.list-pager button:has-text("下一页")');
    await page.waitForFunction(() => /第 2 页，共 2 页/.test(document.querySelector('.list-status')!.textContent!));
    expect(await page.$$eval('table.list-table tbody tr', (r) => r.length)).toBe(14);
  });
});

describe('without JavaScript', () => {
  it('shows the rows of the page, the page links and the CSV, and no dead tools', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/sjqd/xzcf/`);
    expect(await page.isVisible('.list-tools')).toBe(false);
    expect(await page.$$eval('table.list-table tbody tr', (r) => r.length)).toBe(50);
    await page.click('nav.pagination a[rel="next"]');
    expect(new URL(page.url()).pathname).toBe('/sjqd/xzcf/p2/');
    expect(await page.$$eval('table.list-table tbody tr', (r) => r.length)).toBe(14);
    expect(await page.getAttribute('a[href="/sjqd/xzcf.csv"]', 'download')).toBe('行政处罚信息公示.csv');
    await context.close();
  });
});

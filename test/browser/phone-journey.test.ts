/**
 * The public's journey on a phone (issue 17), measured in Chromium on the
 * sample site: every page type at 320, 390 and 1280 px, in the normal page
 * and in 关怀模式 at its strongest. The header leaves room (≤ 25 % of an
 * 844 px screen at 390 px, ≤ 40 % in 关怀模式 at every text size), nothing
 * is wider than the screen, no button is cut off, chart text is ≥ 12 px,
 * long pages have a 本页目录, the document metadata takes ≤ 40 % of the
 * first screen, the 菜单 opens without JavaScript, and a data list's
 * filters come back from its address.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { careContext } from '../support/care-mode.ts';
import { sampleDist } from '../support/paths.ts';
import { measure, phonePageTypes } from '../support/phone-metrics.ts';
import { servedSite } from '../support/served-site.ts';

const site = servedSite(sampleDist);
const types = Object.entries(phonePageTypes(sampleDist));
const SCREEN = 844;

describe.each([
  ['normal', 320],
  ['normal', 390],
  ['normal', 1280],
  ['关怀', 320],
  ['关怀', 390],
  ['关怀', 1280],
] as const)('%s mode at %i px', (mode, width) => {
  let page: Page;
  beforeAll(async () => {
    const viewport = { width, height: width === 1280 ? 900 : SCREEN };
    page =
      mode === '关怀'
        ? await (await careContext(site.browser, viewport)).newPage()
        : await site.browser.newPage({ viewport });
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it.each(types)('%s page fits the screen', async (type, url) => {
    expect(url, type).not.toBe('');
    await page.goto(site.url + url);
    expect(await page.evaluate(() => document.documentElement.classList.contains('care'))).toBe(mode === '关怀');
    const m = await measure(page);
    expect(m.scrollWidth, 'no sideways scrolling of the page').toBeLessThanOrEqual(m.viewport);
    expect(m.clipped, 'buttons cut off by the screen edge').toEqual([]);
    if (m.chartText !== null) expect(m.chartText, 'smallest chart text (px)').toBeGreaterThanOrEqual(12);
    if (width < 1280)
      expect(m.header, 'header bottom (px)').toBeLessThanOrEqual(mode === '关怀' ? SCREEN * 0.4 : SCREEN * 0.25);
    // 关怀模式 sets the block in 24 px text: the ≤ 40 % figure is for the normal page.
    if (m.meta !== null && width < 1280 && mode === 'normal')
      expect(m.meta, 'metadata block height (px)').toBeLessThanOrEqual(SCREEN * 0.4);
    if (type !== 'home') expect(m.toc, `${m.h2s} second-level headings`).toBe(m.h2s > 3);
  });
});

describe('关怀模式 at every text size', () => {
  it.each([1, 2, 3])('size step %i: header ≤ 40 % of the screen, nothing clipped, at 320 and 390 px', async (size) => {
    for (const width of [320, 390]) {
      const context = await careContext(site.browser, { width, height: SCREEN }, { care: true, size, contrast: false });
      const page = await context.newPage();
      for (const type of ['home', 'document', 'dataList'] as const) {
        await page.goto(site.url + phonePageTypes(sampleDist)[type]);
        const m = await measure(page);
        expect(m.header, `${type} at ${width}`).toBeLessThanOrEqual(SCREEN * 0.4);
        expect(m.scrollWidth, `${type} at ${width}`).toBeLessThanOrEqual(width);
        expect(m.clipped, `${type} at ${width}`).toEqual([]);
      }
      await context.close();
    }
  });
});

describe('the folded header on a phone', () => {
  it('opens the 菜单 and the 无障碍 tools without JavaScript; one search box per page', async () => {
    const context = await site.browser.newContext({
      viewport: { width: 390, height: SCREEN },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    expect(await page.isVisible('.main-nav a')).toBe(false);
    await page.click('summary:has-text("菜单")');
    expect(await page.isVisible('nav.main-nav a[href="/zwgk/"]')).toBe(true);
    await page.click('summary:has-text("无障碍")');
    expect(await page.isVisible('a[data-script-switch]')).toBe(true);
    expect(await page.locator('[role="search"]').count()).toBe(1);
    await page.goto(`${site.url}/search/`);
    expect(await page.locator('[role="search"]').count()).toBe(1);
    await context.close();
  });

  it('lays both folds out open at desktop width', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}/`);
    expect(await page.isVisible('nav.main-nav a[href="/zwgk/"]')).toBe(true);
    expect(await page.isVisible('.care-toggle')).toBe(true);
    expect(await page.isVisible('summary:has-text("菜单")')).toBe(false);
    await page.close();
  });
});

it('restores a data list’s filter and sort from its address, and writes changes back', async () => {
  const page = await site.browser.newPage({ viewport: { width: 390, height: SCREEN } });
  await page.goto(
    `${site.url}/sjqd/xzcf/?${new URLSearchParams({ 处罚类别: '罚款', sort: '行政相对人名称', order: 'asc' })}`,
  );
  await page.waitForFunction(() => /筛选出/.test(document.querySelector('table.list-table caption')!.textContent!));
  expect(await page.inputValue('select[data-column="处罚类别"]')).toBe('罚款');
  expect(await page.getAttribute('th[data-column="行政相对人名称"]', 'aria-sort')).toBe('ascending');
  // Back to the list's own order (newest decision first): the sort leaves the address, the filter stays.
  await page.click('th[data-column="处罚决定日期"] button');
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('sort'));
  expect(new URL(page.url()).searchParams.get('处罚类别')).toBe('罚款');
  await page.click('th[data-column="处罚决定日期"] button');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('order') === 'asc');
  expect(new URL(page.url()).searchParams.get('sort')).toBe('处罚决定日期');
  await page.close();
});

it('prints a document with its address and the print date, and keeps the line off the screen', async () => {
  const page = await site.browser.newPage({ viewport: { width: 390, height: SCREEN } });
  const url = phonePageTypes(sampleDist).document;
  await page.goto(site.url + url);
  expect(await page.isVisible('.print-source')).toBe(false);
  await page.emulateMedia({ media: 'print' });
  expect(await page.isVisible('.print-source')).toBe(true);
  const line = await page.textContent('.print-source');
  expect(line).toContain(`本页地址：https://`);
  expect(line).toContain(url);
  expect(line).toMatch(/打印日期：\d{4}年\d{2}月\d{2}日/);
  await page.close();
});

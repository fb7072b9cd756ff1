/**
 * Printing a document page and a 年报 in Chromium's print media: the title,
 * metadata, body and tables are on paper at 12 pt (also when the reader
 * uses 关怀模式 on screen); navigation, the 无障碍工具栏, search and the
 * footer are not; nothing is wider than an A4 page's printable width.
 */
import { load } from 'cheerio';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { careContext } from '../support/care-mode.ts';
import { htmlFiles } from '../support/html.ts';
import { sampleDist } from '../support/paths.ts';
import { servedSite } from '../support/served-site.ts';

/** A4 (210 mm) less 15 mm margins each side, in CSS px. */
const PRINTABLE_WIDTH = Math.floor(((210 - 30) / 25.4) * 96);
const ON_SCREEN_ONLY = [
  '.skip-link',
  '.site-header',
  '.care-bar',
  '.main-nav',
  '.breadcrumb',
  '.site-footer',
  '.neighbours',
];

/** A document page (not a 年报) whose body has a table, the hardest thing to fit on paper. */
function documentWithTable(): string {
  const hasTable = (f: string) =>
    load(fs.readFileSync(path.join(sampleDist, f), 'utf8'))('.doc-body:not(.annual-report) table').length > 0;
  const page = htmlFiles(sampleDist).find((f) => /^\/xxgk\/[^/]+\/index\.html$/.test(f) && hasTable(f));
  return page!.replace(/index\.html$/, '');
}

const annual = JSON.parse(fs.readFileSync(path.join(sampleDist, 'zwgk/nb/data.json'), 'utf8')) as {
  years: { reportYear: number; url: string }[];
};
const pages: Record<string, { url: string; printed: string[] }> = {
  document: {
    url: documentWithTable(),
    printed: ['main h1', '.doc-meta', '.doc-body', '.doc-body table'],
  },
  年报: {
    url: annual.years.find((y) => y.reportYear === 2025)!.url,
    printed: ['main h1', '.doc-meta', '.annual-table-2', '.annual-table-3', '.annual-table-4'],
  },
};

const site = servedSite(sampleDist);

async function checkPrinted(page: Page, printed: string[]): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  for (const selector of ON_SCREEN_ONLY) {
    const shown = await page.$$eval(
      selector,
      (els) => els.filter((el) => getComputedStyle(el).display !== 'none').length,
    );
    expect(shown, selector).toBe(0);
  }
  expect(await page.$$eval(ON_SCREEN_ONLY.join(', '), (els) => els.length)).toBeGreaterThanOrEqual(6);
  for (const selector of printed) expect(await page.isVisible(selector), selector).toBe(true);
  expect(await page.$eval('.doc-body, .annual-report', (el) => getComputedStyle(el).fontSize)).toMatch(
    /^1[4-6](\.\d+)?px$/,
  );
  expect(await page.$eval('html', (el) => getComputedStyle(el).fontSize)).toBe('16px'); // 12 pt
  const tooWide = await page.evaluate(
    (max) =>
      [...document.querySelectorAll('main *')]
        .filter((el) => el.getBoundingClientRect().right > max + 1)
        .map((el) => el.outerHTML.slice(0, 60)),
    PRINTABLE_WIDTH,
  );
  expect(tooWide).toEqual([]);
  const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
}

describe.each(Object.entries(pages))('printing the %s page', (_type, { url, printed }) => {
  it('keeps the content and leaves off navigation and tools', async () => {
    const page = await site.browser.newPage({ viewport: { width: PRINTABLE_WIDTH, height: 1000 } });
    await page.goto(site.url + url);
    await checkPrinted(page, printed);
    await page.close();
  });

  it('prints at 12 pt in 关怀模式 too', async () => {
    const context = await careContext(site.browser, { width: PRINTABLE_WIDTH, height: 1000 });
    const page = await context.newPage();
    await page.goto(site.url + url);
    expect(await page.$eval('html', (el) => getComputedStyle(el).fontSize)).toBe('24px');
    await checkPrinted(page, printed);
    await context.close();
  });
});

/**
 * Keyboard-only journeys (适老化 规范: 全程键盘): from the home page to a
 * document's attachment through the catalogue, and from the home page
 * through search to a result, pressing only Tab and Enter (and typing the
 * query). Every step checks that focus is visible, so a keyboard user can
 * see where they are.
 */
import { load } from 'cheerio';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sampleDist } from '../support/paths.ts';
import { servedSite } from '../support/served-site.ts';

const site = servedSite(sampleDist);

const links = (urlPath: string): string[] => {
  const $ = load(fs.readFileSync(path.join(sampleDist, urlPath, 'index.html'), 'utf8'));
  return $('main a[href]')
    .toArray()
    .map((a) => $(a).attr('href')!);
};

/** The first column listed in the catalogue whose first page lists a document with an attachment. */
function catalogueRoute(): { column: string; document: string; attachment: string } {
  for (const column of links('/zwgk/fdzdgknr/').filter((h) => /^\/zwgk\/fdzdgknr\/[^/]+\/$/.test(h))) {
    for (const document of links(column).filter((h) => h.startsWith('/xxgk/'))) {
      const attachment = links(document).find((h) => h.startsWith('/files/'));
      if (attachment) return { column, document, attachment };
    }
  }
  throw new Error('no catalogue column lists a document with an attachment');
}

/**
 * Presses Tab until the focused element matches `selector`, at most `limit`
 * times, checking that every focused element shows an outline.
 */
async function tabTo(page: Page, selector: string, limit = 400): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate((sel) => {
      const el = document.activeElement;
      if (!el || el === document.body) return { matches: false, ring: true, html: '' };
      const s = getComputedStyle(el);
      return {
        matches: el.matches(sel),
        ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
        html: el.outerHTML.slice(0, 80),
      };
    }, selector);
    expect(focus.ring, `no visible focus on ${focus.html}`).toBe(true);
    if (focus.matches) return;
  }
  throw new Error(`${selector} not reached in ${limit} presses of Tab on ${page.url()}`);
}

async function follow(page: Page, href: string): Promise<void> {
  await tabTo(page, `a[href="${href}"]`);
  await Promise.all([page.waitForURL(site.url + href), page.keyboard.press('Enter')]);
}

describe('keyboard only', () => {
  it('goes from the home page through the catalogue to a document and its attachment', async () => {
    const route = catalogueRoute();
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/`);
    await follow(page, '/zwgk/fdzdgknr/');
    await follow(page, route.column);
    await follow(page, route.document);
    await tabTo(page, `a[href="${route.attachment}"]`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(new URL(download.url()).pathname).toBe(route.attachment);
    expect(await download.failure()).toBeNull();
    await page.close();
  });

  it('goes from the home page through search to a result', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/`);
    await tabTo(page, '#header-q');
    await page.keyboard.type('道路运输');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.keyboard.press('Enter')]);
    await page.waitForFunction(() => /^找到/.test(document.getElementById('search-status')?.textContent ?? ''));
    const first = await page.$eval('#search-results .result-title a', (a) =>
      (a as HTMLAnchorElement).getAttribute('href')!,
    );
    await tabTo(page, '#search-results .result-title a');
    expect(await page.evaluate(() => document.activeElement!.getAttribute('href'))).toBe(first);
    await Promise.all([page.waitForURL(site.url + first), page.keyboard.press('Enter')]);
    expect(await page.textContent('main h1')).not.toBe('');
    await page.close();
  });
});

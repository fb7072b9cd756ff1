/**
 * The 繁體 original of the sample site in Chromium (issue 18): the simplified
 * page shows the conversion under a visible note whose link opens the
 * original; the original (in its template) is neither shown nor read; every
 * element with 繁體 text is marked zh-Hant; search finds the original from
 * either script, and each search page shows titles and excerpts in its own
 * script.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scriptOnlySets } from '../../src/utils/han-script.ts';
import { sampleDist } from '../support/paths.ts';
import { listedResults, openSearch } from '../support/search-page.ts';
import { servedSite } from '../support/served-site.ts';

const site = servedSite(sampleDist);
const TITLE = '示例省交通運輸廳關於港澳機動車入出本省道路通行服務有關事項的通知';
const T_ONLY = [...scriptOnlySets().traditional].join('');
const S_ONLY = [...scriptOnlySets().simplified].join('');

/** The visible texts (of text nodes) with a character of `chars`, each with the nearest lang. */
function textsWith(page: Page, chars: string, root = 'body'): Promise<Array<{ text: string; lang: string | null }>> {
  return page.evaluate(
    ([chars, root]) => {
      const set = new Set(chars);
      const out: Array<{ text: string; lang: string | null }> = [];
      const walker = document.createTreeWalker(document.querySelector(root)!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement!;
        if (!el.checkVisibility() || el.closest('script, style')) continue;
        if ([...(n.textContent ?? '')].some((c) => set.has(c)))
          out.push({ text: n.textContent!.trim(), lang: el.closest('[lang]')!.getAttribute('lang') });
      }
      return out;
    },
    [chars, root] as const,
  );
}

async function originalUrl(page: Page): Promise<string> {
  await openSearch(page, site.url, '港澳机动车入出本省');
  const found = (await listedResults(page)).find((r) => r.title.includes('港澳机动车入出本省'));
  if (!found) throw new Error('the 繁體 original is not found');
  return found.url;
}

describe('a 繁體 original in the browser', () => {
  it('shows the conversion under a visible note whose link opens the original, which is not shown twice', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}${await originalUrl(page)}`);
    expect(await page.isVisible('p.script-note')).toBe(true);
    expect(await page.textContent('p.script-note')).toBe('本页由系统从繁体原文转换，以原文为准');
    const shown = await page.innerText('main');
    expect(shown).toContain('服务平台全年受理');
    expect(shown).not.toContain('服務平台全年受理');
    // Every element showing 繁體 text on the simplified page says so (the switch, nothing of the body).
    for (const t of await textsWith(page, T_ONLY)) expect(t.lang, t.text).toBe('zh-Hant');
    await page.click('p.script-note a');
    await page.waitForURL(/\/zh-hant\/xxgk\//);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
    expect(await page.textContent('h1')).toBe(TITLE);
    const original = await page.innerText('article.doc-body');
    for (const w of ['服務平台', '發布辦理指南', '占用車道', '了解通行規則', '證明裏', '過程裡', '著力', '隨着'])
      expect(original, w).toContain(w);
    expect(await page.locator('p.script-note').count()).toBe(0);
    // On the 繁體 page, any text still in 简体 is marked so (the 简体 switch).
    for (const t of await textsWith(page, S_ONLY)) expect(t.lang, t.text).toBe('zh-Hans');
    await page.close();
  });
});

describe('search across scripts', () => {
  it('finds the 繁體 original from a simplified and a 繁體 query, shown in simplified on the simplified page', async () => {
    const page = await site.browser.newPage();
    const url = await originalUrl(page);
    for (const q of ['港澳機動車入出本省', '服务平台 港澳', '發布辦理指南']) {
      await openSearch(page, site.url, q);
      const results = await listedResults(page);
      const hit = results.find((r) => r.url === url);
      expect(hit, q).toBeDefined();
      expect(
        [...hit!.title].some((c) => T_ONLY.includes(c)),
        hit!.title,
      ).toBe(false);
    }
    const excerpts = await textsWith(page, T_ONLY, '#search-results');
    expect(excerpts).toEqual([]);
    await page.close();
  });

  it('shows titles and excerpts in 繁體 on the 繁體 search page, the original as written', async () => {
    const page = await site.browser.newPage();
    const url = await originalUrl(page);
    await openSearch(page, `${site.url}/zh-hant`, '港澳机动车入出本省');
    const results = await listedResults(page);
    expect(results.find((r) => r.url === `/zh-hant${url}`)?.title).toBe(TITLE);
    await openSearch(page, `${site.url}/zh-hant`, '道路运输');
    const titles = (await listedResults(page)).map((r) => r.title);
    expect(titles.length).toBeGreaterThan(3);
    for (const t of titles)
      expect(
        [...t].some((c) => S_ONLY.includes(c)),
        t,
      ).toBe(false);
    expect(await textsWith(page, S_ONLY, '#search-results')).toEqual([]);
    expect(await page.locator('#search-results mark').count()).toBeGreaterThan(0);
    await page.close();
  });
});

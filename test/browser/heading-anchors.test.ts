/**
 * The "#" links beside the h2/h3 of a document body (markdown/heading-anchors.ts),
 * in Chromium: visible, reached with Tab, named "本节链接" without repeating
 * the heading, leading to the section, converted on the 繁體 twin, and kept
 * out of the heading text that the 本页目录 shows. (axe runs on a document
 * with them in accessibility.test.ts.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../support/html.ts';
import { sampleDist } from '../support/paths.ts';
import { servedSite } from '../support/served-site.ts';

const site = servedSite(sampleDist);
/** A document whose body has section headings, and its first one. */
const documentUrl = htmlFiles(sampleDist)
  .filter((f) => /^\/xxgk\/[^/]+\/index\.html$/.test(f))
  .find((f) =>
    /<article class="doc-body"[^>]*>[\s\S]*?<h2 id=/.test(fs.readFileSync(path.join(sampleDist, f), 'utf8')),
  )!
  .replace(/index\.html$/, '');

describe('section links on document headings', () => {
  it('are visible "#" links reached with Tab, named once, that lead to their section', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(site.url + documentUrl);
    const heading = page.locator('.doc-body h2').first();
    const id = (await heading.getAttribute('id'))!;
    const text = (await heading.textContent())!.trim();
    const anchor = heading.locator('a.heading-anchor');
    await expect(anchor.getAttribute('href')).resolves.toBe(`#${id}`);
    // Drawn by the stylesheet: seen, but not part of the heading's text.
    expect(await anchor.evaluate((a) => getComputedStyle(a, '::before').content)).toBe('"#"');
    expect(text).not.toContain('#');
    const box = (await anchor.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(16);
    expect(box.height).toBeGreaterThanOrEqual(16);
    // The heading's accessible name says its text once, then the link's short name.
    const snapshot = await heading.ariaSnapshot();
    const name = /^- heading "([^"]*)"/.exec(snapshot)?.[1] ?? '';
    expect(name, snapshot).toBe(`${text} 本节链接`);
    expect(snapshot).toContain('link "本节链接"');
    // Reached from the keyboard, with a visible focus ring.
    let focused = '';
    for (let i = 0; i < 80 && focused !== `#${id}`; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() =>
        document.activeElement?.matches('.doc-body .heading-anchor')
          ? document.activeElement.getAttribute('href')!
          : '',
      );
    }
    expect(focused).toBe(`#${id}`);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForFunction((h) => location.hash === h, `#${encodeURI(id)}`);
    const top = await heading.evaluate((h) => h.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(120);
    await page.close();
  });

  it('are named in 繁體 on the 繁體 twin, and stay out of the 本页目录', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/zh-hant${documentUrl}`);
    const labels = await page.$$eval('.doc-body .heading-anchor', (as) => [
      ...new Set(as.map((a) => a.getAttribute('aria-label'))),
    ]);
    expect(labels).toEqual(['本節鏈接']);
    const tocTexts = await page.$$eval('.page-toc a', (as) => as.map((a) => a.textContent ?? ''));
    expect(tocTexts.every((t) => !t.includes('#') && !t.includes('本節'))).toBe(true);
    await page.close();
  });
});

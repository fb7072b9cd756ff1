/**
 * The 无障碍工具栏 in Chromium: 关怀模式 applies before the first paint and
 * persists across pages, text is ≥ 18 px in three or more steps with
 * line height ≥ 1.3 and paragraph spacing, controls are ≥ 44 × 44 px at
 * phone and desktop widths, 高对比度 switches the theme, 语音阅读 speaks the
 * article where the browser can and is hidden where it cannot, and the
 * toolbar works from the keyboard with a visible focus ring.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../src/browser/care/settings.ts';
import { careContext } from '../support/care-mode.ts';
import { htmlFiles } from '../support/html.ts';
import { sampleDist } from '../support/paths.ts';
import { openSearch } from '../support/search-page.ts';
import { servedSite } from '../support/served-site.ts';

const documentUrl = htmlFiles(sampleDist)
  .find((f) => /^\/xxgk\/[^/]+\/index\.html$/.test(f))!
  .replace(/index\.html$/, '');
const site = servedSite(sampleDist);

/** The <html> state as a page script sees it. */
const htmlState = () => ({
  classes: [...document.documentElement.classList].sort().join(' '),
  size: document.documentElement.dataset.fontSize ?? '',
});
/** On a phone the toolbar sits in the header's 无障碍 fold: open it first. */
const openTools = async (page: Page) => {
  if (await page.isVisible('.header-tools > summary')) await page.click('.header-tools > summary');
};
const px = (page: Page, selector: string, property: string) =>
  page.$eval(selector, (el, p) => parseFloat(getComputedStyle(el).getPropertyValue(p)), property);

describe('关怀模式', () => {
  it('applies before the first paint and persists across pages', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    // Record the <html> state the moment <body> exists (nothing can be painted before it) and at DOMContentLoaded.
    await context.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      const state = () =>
        `${[...document.documentElement.classList].sort().join(' ')}|${document.documentElement.dataset.fontSize ?? ''}`;
      const observer = new MutationObserver(() => {
        if (!document.body) return;
        w.atBody = state();
        observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
      document.addEventListener('DOMContentLoaded', () => (w.atReady = state()));
    });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    expect(await page.evaluate(htmlState)).toEqual({ classes: 'js speech', size: '' });
    await openTools(page);
    await page.click('.care-toggle');
    await page.click('[data-care="larger"]');
    expect(await page.evaluate(htmlState)).toEqual({ classes: 'care js speech', size: '2' });
    expect(await page.getAttribute('.care-toggle', 'aria-pressed')).toBe('true');
    expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY))!)).toEqual({
      care: true,
      size: 2,
      contrast: false,
    });

    await page.goto(site.url + documentUrl);
    const seen = await page.evaluate(() => [
      (window as unknown as Record<string, string>).atBody,
      (window as unknown as Record<string, string>).atReady,
    ]);
    expect(seen).toEqual(['care js speech|2', 'care js speech|2']);
    expect(await page.getAttribute('.care-toggle', 'aria-pressed')).toBe('true');

    // Turning it off persists too.
    await openTools(page);
    await page.click('.care-toggle');
    await page.goto(`${site.url}/zwgk/`);
    expect(await page.evaluate(() => (window as unknown as Record<string, string>).atBody)).toBe('js speech|');
    await context.close();
  });

  it('sets text at 18 px or more in three steps, with line height ≥ 1.3 and paragraph spacing', async () => {
    const context = await careContext(
      site.browser,
      { width: 390, height: 844 },
      { care: true, size: 1, contrast: false },
    );
    const page = await context.newPage();
    await page.goto(site.url + documentUrl);
    // careContext stores the settings on every navigation; from here on the page's own buttons change them.
    const sizes = [await px(page, 'html', 'font-size')];
    await openTools(page);
    for (let i = 0; i < 2; i++) {
      await page.click('[data-care="larger"]');
      sizes.push(await px(page, 'html', 'font-size'));
    }
    expect(sizes).toEqual([18, 21, 24]);
    // At a limit the button says so (aria-disabled keeps it focusable) and pressing it changes nothing.
    expect(await page.getAttribute('[data-care="larger"]', 'aria-disabled')).toBe('true');
    await page.focus('[data-care="larger"]');
    await page.keyboard.press('Enter');
    expect(await px(page, 'html', 'font-size')).toBe(24);
    expect(await page.textContent('.care-status')).toBe('已是最大字号：超大');
    await page.click('[data-care="smaller"]');
    await page.click('[data-care="smaller"]');
    expect(await page.getAttribute('[data-care="smaller"]', 'aria-disabled')).toBe('true');
    await page.focus('[data-care="smaller"]');
    await page.keyboard.press('Enter');
    expect(await px(page, 'html', 'font-size')).toBe(18);
    expect(await page.textContent('.care-status')).toBe('已是最小字号：大');

    for (const selector of ['.doc-body p', '.doc-meta td', '.breadcrumb li', '.main-nav a', '.site-footer p']) {
      const fontSize = await px(page, selector, 'font-size');
      expect(fontSize, selector).toBeGreaterThanOrEqual(18);
      expect((await px(page, selector, 'line-height')) / fontSize, selector).toBeGreaterThanOrEqual(1.3);
    }
    const lineHeight = await px(page, '.doc-body p', 'line-height');
    expect(await px(page, '.doc-body p', 'margin-bottom')).toBeGreaterThanOrEqual(1.3 * lineHeight - 0.5);
    // No animation or transition anywhere in 关怀模式.
    const moving = await page.evaluate(
      () =>
        [...document.querySelectorAll('*')].filter((el) => {
          const s = getComputedStyle(el);
          return s.animationName !== 'none' || parseFloat(s.transitionDuration) > 0;
        }).length,
    );
    expect(moving).toBe(0);
    await context.close();
  });

  describe.each([
    ['phone', 390, 844],
    ['desktop', 1280, 900],
  ])('at %s width', (_name, width, height) => {
    it.each(['/', '/zwgk/fdzdgknr/zcwj/', 'document', 'search'])(
      'makes every control on %s at least 44 × 44 px',
      async (url) => {
        const context = await careContext(site.browser, { width, height }, { care: true, size: 1, contrast: false });
        const page = await context.newPage();
        if (url === 'search') await openSearch(page, site.url, '道路运输');
        else await page.goto(site.url + (url === 'document' ? documentUrl : url));
        const small = await page.evaluate(() => {
          // Links inside running text are exempt (WCAG 2.5.8 inline exception); everything else counts.
          const inText = 'p a, td a, th a, dd a, dt a, figcaption a, .doc-body a, .result-excerpt a';
          return [
            ...document.querySelectorAll<HTMLElement>(
              'a, button, select, summary, input:not([type="hidden"], [type="checkbox"], [type="radio"])',
            ),
          ]
            .filter((el) => !el.matches(inText) && el.getClientRects().length > 0 && !el.closest('.visually-hidden'))
            .map((el) => ({ el: el.outerHTML.slice(0, 80), ...el.getBoundingClientRect().toJSON() }))
            .filter((r) => r.width < 43.99 || r.height < 43.99)
            .map((r) => `${r.el} ${Math.round(r.width)}×${Math.round(r.height)}`);
        });
        expect(small).toEqual([]);
        await context.close();
      },
    );
  });

  it("names the sizes in the page's own script: 標準 and 字號 on 繁體 pages, 标准 and 字号 on 简体 ones", async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const visibleSize = () => page.$eval('.care-size-now', (el) => (el as HTMLElement).innerText.trim());
    for (const [prefix, standard, sizeWord, maxWord] of [
      ['', '标准', '字号', '已是最大字号'],
      ['/zh-hant', '標準', '字號', '已是最大字號'],
    ] as const) {
      await page.goto(`${site.url}${prefix}/`);
      await page.evaluate((k) => localStorage.removeItem(k), STORAGE_KEY);
      await page.reload();
      await openTools(page);
      expect(await visibleSize()).toBe(standard);
      await page.click('[data-care="larger"]');
      expect(await visibleSize()).toBe('大');
      expect(await page.textContent('.care-status')).toBe(`${sizeWord}：大`);
      await page.click('[data-care="larger"]');
      await page.click('[data-care="larger"]');
      // At the limit (aria-disabled): pressed from the keyboard, it says so.
      await page.focus('[data-care="larger"]');
      await page.keyboard.press('Enter');
      expect(await page.textContent('.care-status')).toBe(`${maxWord}：超大`);
      await page.click('[data-care="smaller"]');
      await page.click('[data-care="smaller"]');
      await page.click('[data-care="smaller"]');
      expect(await visibleSize()).toBe(standard);
    }
    await context.close();
  });

  it('switches to the high-contrast theme', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + documentUrl);
    const before = await page.$eval('.doc-meta th', (el) => getComputedStyle(el).color);
    await page.click('.contrast-toggle');
    expect(await page.getAttribute('.contrast-toggle', 'aria-pressed')).toBe('true');
    expect(await page.evaluate(htmlState)).toEqual({ classes: 'contrast js speech', size: '' });
    expect(before).not.toBe('rgb(0, 0, 0)');
    expect(await page.$eval('.doc-meta th', (el) => getComputedStyle(el).color)).toBe('rgb(0, 0, 0)');
    await page.close();
  });

  it('works from the keyboard with a visible focus ring', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/`);
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // site name (home link)
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('care-toggle');
    const ring = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(3);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(htmlState)).toEqual({ classes: 'care js speech', size: '1' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // 放大
    expect(await page.evaluate(htmlState)).toEqual({ classes: 'care js speech', size: '2' });
    await page.close();
  });
});

describe('语音阅读', () => {
  it('reads the title and the article body aloud, and stops on a second press', async () => {
    const context = await site.browser.newContext();
    // A recording stand-in for the browser's speech engine (headless Chromium has no voices).
    await context.addInitScript(() => {
      const spoken: string[] = [];
      const fake = {
        speak: (u: SpeechSynthesisUtterance) => spoken.push(u.text),
        cancel: () => spoken.push('<cancel>'),
      };
      Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
      (window as unknown as Record<string, unknown>).spoken = spoken;
    });
    const page = await context.newPage();
    await page.goto(site.url + documentUrl);
    expect(await page.isVisible('.read-aloud')).toBe(true);
    await page.click('.read-aloud');
    expect(await page.getAttribute('.read-aloud', 'aria-pressed')).toBe('true');
    const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
    const title = await page.textContent('main h1');
    const firstLine = (await page.$eval('.doc-body', (el) =>
      (el as HTMLElement).innerText.split(/\n+/).find((l) => l.trim()),
    ))!.trim();
    expect(spoken.slice(0, 3)).toEqual(['<cancel>', title, firstLine]);
    expect(spoken.length).toBeGreaterThan(4);
    await page.click('.read-aloud');
    expect(await page.getAttribute('.read-aloud', 'aria-pressed')).toBe('false');
    await context.close();
  });

  it('is hidden where the browser has no speech synthesis', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      delete (window as unknown as Record<string, unknown>).speechSynthesis;
      delete (Window.prototype as unknown as Record<string, unknown>).speechSynthesis;
    });
    const page = await context.newPage();
    await page.goto(site.url + documentUrl);
    expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
    expect(await page.isVisible('.care-toggle')).toBe(true);
    expect(await page.isVisible('.read-aloud')).toBe(false);
    await context.close();
  });
});

it('shows no toolbar without JavaScript, since its buttons would do nothing', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.url}/`);
  expect(await page.isVisible('.care-bar')).toBe(false);
  expect(await page.isVisible('.site-name')).toBe(true);
  await context.close();
});

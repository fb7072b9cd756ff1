/**
 * What a phone user sees of a page, measured in Chromium: how much of the
 * first screen the header takes, how tall the document metadata block is,
 * where the content starts, whether anything overflows sideways, the
 * smallest chart text and any button cut off by the viewport edge. Shared
 * by the phone-journey browser test and test/docs/measure-phone.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { htmlFiles } from './html.ts';

export interface PhoneMetrics {
  /** Bottom edge of the site header (px from the top of the page). */
  header: number;
  /** Height of the document metadata block, or null where the page has none. */
  meta: number | null;
  /** Top of the page's h1. */
  h1: number;
  /** Top of the document text (body or 年报 body) on document pages, else null. */
  body: number | null;
  scrollWidth: number;
  viewport: number;
  /** Smallest rendered font size of any chart text, or null without charts. */
  chartText: number | null;
  /** Visible buttons (and the 菜单/工具 summaries) whose box leaves the viewport horizontally. */
  clipped: string[];
  /** Number of second-level headings in main and whether a 本页目录 is present. */
  h2s: number;
  toc: boolean;
}

export function measure(page: Page): Promise<PhoneMetrics> {
  return page.evaluate(() => {
    const bottom = (sel: string) => {
      const el = document.querySelector(sel);
      return el ? Math.round(el.getBoundingClientRect().bottom + scrollY) : 0;
    };
    const top = (sel: string) => {
      const el = document.querySelector(sel);
      return el ? Math.round(el.getBoundingClientRect().top + scrollY) : null;
    };
    const meta = document.querySelector('.doc-meta');
    const chartSizes = [...document.querySelectorAll('svg text, .chart text, .bar-chart *')]
      .filter((el) => (el.textContent ?? '').trim() !== '' && el.getClientRects().length > 0)
      .map((el) => {
        const fontPx = parseFloat(getComputedStyle(el).fontSize);
        // SVG text scales with the drawing: the rendered size is the font size times the screen scale.
        const svg = el.closest('svg');
        const scale = svg && el instanceof SVGGraphicsElement ? (el.getScreenCTM()?.a ?? 1) : 1;
        return fontPx * scale;
      });
    const width = document.documentElement.clientWidth;
    const clipped = [...document.querySelectorAll('button, summary, input[type="submit"]')]
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .filter((el) => {
        const r = el.getBoundingClientRect();
        // Buttons inside a horizontal scroll region are reachable by scrolling it.
        if (el.closest('.table-scroll, .scroll-region')) return false;
        return r.left < -0.5 || r.right > width + 0.5;
      })
      .map(
        (el) =>
          `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 12)}” ${Math.round(el.getBoundingClientRect().left)}–${Math.round(el.getBoundingClientRect().right)}`,
      );
    return {
      header: bottom('.site-header'),
      meta: meta ? Math.round(meta.getBoundingClientRect().height) : null,
      h1: top('main h1') ?? 0,
      body: top('main .doc-body > *, main .annual-report'),
      scrollWidth: document.scrollingElement!.scrollWidth,
      viewport: width,
      chartText: chartSizes.length ? Math.round(Math.min(...chartSizes) * 10) / 10 : null,
      clipped,
      h2s: document.querySelectorAll('main h2').length,
      toc: document.querySelector('nav.page-toc') !== null,
    };
  });
}

/** One URL of each page type of the sample site, picked from its build. */
export function phonePageTypes(dist: string): Record<string, string> {
  const files = htmlFiles(dist).map((f) => f.replace(/index\.html$/, ''));
  const first = (re: RegExp) => files.find((f) => re.test(f)) ?? '';
  const documentWith = (html: string) =>
    files.find(
      (f) => f.startsWith('/xxgk/') && fs.readFileSync(path.join(dist, f, 'index.html'), 'utf8').includes(html),
    ) ?? '';
  const annual = JSON.parse(fs.readFileSync(path.join(dist, 'zwgk/nb/data.json'), 'utf8')) as {
    years: { reportYear: number; url: string }[];
  };
  return {
    home: '/',
    hub: '/zwgk/',
    column: '/zwgk/fdzdgknr/zcwj/',
    document: documentWith('id="interpretations-heading"'),
    interpretation: documentWith('id="original-heading"'),
    news: first(/^\/xwzx\/zwdt\/.+\/.+\/$/),
    annualReports: '/zwgk/nb/',
    annualReport: annual.years.find((y) => y.reportYear === 2025)?.url ?? '',
    guide: '/zwgk/zn/',
    siteMap: '/wzdt/',
    search: `/search/?q=${encodeURIComponent('道路运输')}`,
    applyGuide: '/ysqgk/',
    applyForm: '/ysqgk/sq/',
    consultation: first(/^\/hdjl\/zjyj\/.+\/$/),
    dataList: '/sjqd/xzcf/',
    serviceGuide: '/sjqd/bszn/JT-XK-001/',
  };
}

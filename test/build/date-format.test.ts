/**
 * One date format site-wide: every date the site itself writes on a page
 * (metadata, lists, 互动交流, 年报, search pages, 繁體 twins) reads
 * 2026年03月05日. Dates inside what editors wrote (a body or a summary) are
 * theirs and left as written. Feeds and open data keep their machine
 * formats (RFC 822, ISO 8601) where programs read them; what a feed reader
 * shows people (a 征集意见's period) uses the site's format.
 */
import { load } from 'cheerio';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitePages } from '../support/html.ts';
import { sampleDist } from '../support/paths.ts';

/** Anything that looks like a date: 2026-03-05, 2026/3/5, 2026.03.05, 2026年3月5日, 2026年03月05日. */
const DATE = /(?<![\d-])20\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2}(?![\d:])|年\d{1,2}月\d{1,2}日)/g;
const SITE_FORMAT = /^20\d\d年\d\d月\d\d日$/;
/** Text editors wrote, kept as written. */
const EDITORS_TEXT = '.doc-body, .summary';

function datesOf(file: string): string[] {
  const $ = load(fs.readFileSync(path.join(sampleDist, file), 'utf8'));
  $(`script, style, template, ${EDITORS_TEXT}`).remove();
  return [...$('body').text().matchAll(DATE)].map((m) => m[0]);
}

describe('dates on the sample site', () => {
  it('are all written 2026年03月05日 wherever the site writes them, 简体 and 繁體', () => {
    const pages = sitePages(sampleDist);
    expect(pages.some((p) => p.startsWith('/zh-hant/'))).toBe(true);
    const odd: string[] = [];
    let seen = 0;
    for (const page of pages) {
      for (const date of datesOf(page)) {
        seen++;
        if (!SITE_FORMAT.test(date)) odd.push(`${page}: ${date}`);
      }
    }
    expect(seen).toBeGreaterThan(500);
    expect(odd).toEqual([]);
  });

  it('read the same in the 征集意见 feed as on the page', () => {
    const feed = load(fs.readFileSync(path.join(sampleDist, 'rss/hdjl/zjyj.xml'), 'utf8'), { xml: true });
    const descriptions = feed('item > description')
      .map((_i, d) => feed(d).text())
      .get();
    expect(descriptions.length).toBeGreaterThan(0);
    const dates = descriptions.flatMap((d) => [...d.matchAll(DATE)].map((m) => m[0]));
    expect(dates.length).toBe(2 * descriptions.length);
    expect(dates.filter((d) => !SITE_FORMAT.test(d))).toEqual([]);
  });

  it('give machines ISO dates in <time datetime> beside the readable text', () => {
    const $ = load(fs.readFileSync(path.join(sampleDist, 'hdjl/zjyj/index.html'), 'utf8'));
    const times = $('time').toArray();
    expect(times.length).toBeGreaterThan(0);
    for (const t of times) {
      expect($(t).attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect($(t).text().trim()).toMatch(SITE_FORMAT);
    }
  });
});

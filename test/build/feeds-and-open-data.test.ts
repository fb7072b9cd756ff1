/**
 * Feeds, sitemap and open data on the sample site: every RSS feed parses
 * and links to built pages; the sitemap lists every built HTML page meant
 * for indexing; the catalogue JSON and CSV hold one record per document.
 */
import { load } from 'cheerio';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/utils/csv.ts';
import { htmlFiles, readPage } from '../support/html.ts';
import { sampleDist } from '../support/paths.ts';

const dist = sampleDist;
const ORIGIN = 'https://jtt.shili.gov.cn';
const xml = (file: string) => load(fs.readFileSync(path.join(dist, file), 'utf8'), { xml: true });
/** A site URL → the built file that serves it. */
const builtFile = (url: string) => {
  const p = decodeURIComponent(new URL(url).pathname);
  return path.join(dist, p.endsWith('/') ? `${p}index.html` : p);
};
const feeds = [
  'rss.xml',
  // The feeds themselves, not their precompressed copies (.br, .gz: the precompress setting).
  ...['zwgk', 'xwzx', 'hdjl'].flatMap((g) =>
    fs
      .readdirSync(path.join(dist, 'rss', g))
      .filter((f) => f.endsWith('.xml'))
      .map((f) => `rss/${g}/${f}`),
  ),
];

describe('RSS feeds', () => {
  it('exist for the site, every catalogue and news column and the 互动交流 sections', () => {
    expect(feeds).toContain('rss/zwgk/gfxwj.xml');
    expect(feeds).toContain('rss/xwzx/zwdt.xml');
    expect(feeds).toContain('rss/hdjl/zjyj.xml');
    expect(feeds.length).toBeGreaterThan(20);
  });

  it.each(feeds)('%s is valid RSS 2.0 whose items link to built pages', (file) => {
    const $ = xml(file);
    expect($('rss').attr('version')).toBe('2.0');
    expect($('channel > title').text()).not.toBe('');
    expect($('channel > link').text()).toMatch(new RegExp(`^${ORIGIN}/`));
    expect($('channel > language').text()).toBe('zh-CN');
    const items = $('item').toArray();
    expect(items.length).toBeLessThanOrEqual(50);
    const dates: number[] = [];
    for (const item of items) {
      const link = $(item).find('link').text();
      expect($(item).find('title').text()).not.toBe('');
      expect(fs.existsSync(builtFile(link)), link).toBe(true);
      const date = Date.parse($(item).find('pubDate').text());
      expect(Number.isNaN(date)).toBe(false);
      dates.push(date);
    }
    if (file !== 'rss/hdjl/zjyj.xml') expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it('the site-wide feed and column pages announce themselves to feed readers', () => {
    expect(xml('rss.xml')('item').length).toBeGreaterThan(20);
    expect(readPage(dist, '/')('link[rel="alternate"][type="application/rss+xml"]').attr('href')).toBe('/rss.xml');
    expect(
      readPage(dist, '/zwgk/fdzdgknr/gfxwj/')('link[rel="alternate"][type="application/rss+xml"]').attr('href'),
    ).toBe('/rss/zwgk/gfxwj.xml');
  });
});

describe('sitemap', () => {
  const indexed = () => {
    const $ = xml('sitemap.xml');
    const parts = $('sitemap > loc')
      .map((_i, l) => $(l).text())
      .get();
    return parts.flatMap((part) => {
      const s = xml(new URL(part).pathname.slice(1));
      return s('url > loc')
        .map((_i, l) => s(l).text())
        .get();
    });
  };

  it('is a sitemap index at /sitemap.xml, named in robots.txt', () => {
    expect(fs.readFileSync(path.join(dist, 'sitemap.xml'), 'utf8')).toBe(
      fs.readFileSync(path.join(dist, 'sitemap-index.xml'), 'utf8'),
    );
    expect(fs.readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  });

  it('covers every built HTML page except the 404 page, pages marked noindex and the 繁體 twins, and nothing else', () => {
    const urls = new Set(indexed());
    const pages = htmlFiles(dist).filter((f) => {
      // The twins are the simplified entries' hreflang alternates (test/build/hant-pages.test.ts).
      if (f === '/404.html' || f.startsWith('/zh-hant/')) return false;
      return readPage(dist, f)('meta[name="robots"][content*="noindex"]').length === 0;
    });
    const expected = pages.map((f) => `${ORIGIN}${encodeURI(f.replace(/index\.html$/, ''))}`);
    expect([...urls].sort()).toEqual(expected.sort());
    expect(pages.length).toBeGreaterThan(200);
  });
});

describe('open data', () => {
  // Document pages, not the online views of their attachments (/xxgk/{索引号}/fj1/).
  const documents = htmlFiles(dist).filter((f) => /^\/xxgk\/[^/]+\/index\.html$/.test(f));

  it('catalogue.json holds every published document, metadata only', () => {
    const data = JSON.parse(fs.readFileSync(path.join(dist, 'open-data', 'catalogue.json'), 'utf8')) as {
      site: { name: string };
      count: number;
      fields: Record<string, string>;
      items: Array<Record<string, string>>;
    };
    expect(data.site.name).toBe('示例省交通运输厅');
    expect(data.count).toBe(documents.length);
    expect(data.items).toHaveLength(documents.length);
    expect(Object.keys(data.items[0]!)).toEqual(Object.keys(data.fields));
    expect(new Set(data.items.map((i) => new URL(i.url!).pathname))).toEqual(
      new Set(documents.map((f) => f.replace(/index\.html$/, ''))),
    );
    expect(data.items.every((i) => i.indexNo && i.title && i.publishDate)).toBe(true);
    // Metadata only: no document body.
    expect(fs.statSync(path.join(dist, 'open-data', 'catalogue.json')).size).toBeLessThan(documents.length * 2000);
  });

  it('catalogue.csv has the same records with Chinese headers', () => {
    const rows = [...parseCsv(fs.readFileSync(path.join(dist, 'open-data', 'catalogue.csv'), 'utf8'))].map(
      (r) => r.cells,
    );
    expect(rows[0]).toEqual([
      '索引号',
      '标题',
      '发文字号',
      '发布机构',
      '成文日期',
      '发布日期',
      '主题分类',
      '体裁',
      '栏目',
      '有效性',
      '内容概述',
      '网址',
    ]);
    expect(rows).toHaveLength(documents.length + 1);
  });

  it('the open-data page links everything under stable URLs', () => {
    const $ = readPage(dist, '/open-data/');
    for (const href of [
      '/open-data/catalogue.json',
      '/open-data/catalogue.csv',
      '/rss.xml',
      '/sjqd/xzcf.csv',
      '/sitemap.xml',
    ])
      expect($(`a[href="${href}"]`)).toHaveLength(1);
    expect(readPage(dist, '/')('footer a[href="/open-data/"]').text()).toBe('数据开放与订阅');
  });
});

/**
 * The 繁體 pages of the built sample site: one twin under /zh-hant/ for every
 * page, in Traditional characters with lang="zh-Hant", reciprocal hreflang
 * links with the simplified page as canonical and x-default, identifiers and
 * names exactly as on the simplified page, a switch in both directions,
 * page links that stay in 繁體, single URLs for files, alternates in the
 * sitemap and nothing of them in the search index.
 */
import type { CheerioAPI } from 'cheerio';
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertRaw, createConverter } from '../../src/hant/converter.ts';
import { loadSiteSettings } from '../../src/schemas/site-settings.ts';
import { htmlFiles, readPage, sitePages } from '../support/html.ts';
import { projectRoot, sampleDist } from '../support/paths.ts';

const dist = sampleDist;
const SITE = 'https://jtt.shili.gov.cn';
const hantOf = (file: string) => `/zh-hant${file}`;
/** `/xxgk/a/index.html` → `/xxgk/a/`. */
const urlOf = (file: string) => file.replace(/index\.html$/, '');

let simplified: string[] = [];
beforeAll(() => {
  simplified = sitePages(dist).filter((f) => !f.startsWith('/zh-hant/'));
});

const pair = (file: string): [CheerioAPI, CheerioAPI] => [readPage(dist, file), readPage(dist, hantOf(file))];
const firstDocument = () =>
  simplified.find((f) => /^\/xxgk\/[^/]+\/index\.html$/.test(f) && readPage(dist, f)('.doc-no').length > 0)!;

describe('the 繁體 twins', () => {
  it('exist for every page and only for pages', () => {
    const twins = htmlFiles(dist).filter((f) => f.startsWith('/zh-hant/'));
    expect(simplified.length).toBeGreaterThan(100);
    expect(twins.sort()).toEqual(simplified.map(hantOf).sort());
    for (const dir of ['_astro', 'files', 'search-index', 'rss'])
      expect(fs.existsSync(path.join(dist, 'zh-hant', dir))).toBe(false);
  });

  it('are in Traditional characters with lang="zh-Hant"', () => {
    for (const file of simplified) {
      const [hans, hant] = pair(file);
      expect(hans('html').attr('lang'), file).toBe('zh-CN');
      expect(hant('html').attr('lang'), file).toBe('zh-Hant');
      // The page's structure and the identification tags are those of the simplified page.
      for (const name of ['SiteName', 'SiteDomain', 'SiteIDCode', 'ArticleTitle', 'PubDate', 'ContentSource', 'Url'])
        expect(hant(`meta[name="${name}"]`).attr('content'), `${name} on ${file}`).toBe(
          hans(`meta[name="${name}"]`).attr('content'),
        );
      expect(hant('h1').length, file).toBe(1);
      expect(hant('main#main').length, file).toBe(1);
      expect(hant('a.skip-link').attr('href'), file).toBe('#main');
    }
    const [hans, hant] = pair('/index.html');
    expect(hans('nav.main-nav').text()).toContain('政务公开');
    expect(hant('nav.main-nav').text()).toContain('政務公開');
    const doc = firstDocument();
    const [dHans, dHant] = pair(doc);
    // Converted as the pass does, the department's own name included: one script per line.
    const site = loadSiteSettings(path.join(projectRoot, 'content'));
    const convert = createConverter({ standard: site.hant.standard, phrases: site.hant.phrases });
    expect(dHant('h1').text()).toBe(convert(dHans('h1').text()));
    expect(dHant('h1').text()).not.toBe(dHans('h1').text());
    expect(dHant('h1').text()).not.toContain(site.name);
    expect(hant('h1').text()).toBe(convert(site.name));
    expect(hant('title').text()).toBe(convert(site.name));
    expect(hant('.site-footer').text()).not.toContain(site.name);
    expect(dHant('title').text()).not.toBe(dHans('title').text());
    expect(dHant('input#header-q').attr('placeholder')).toBe('輸入關鍵詞、發文字號或索引號');
  });

  it('name each other with hreflang, and the simplified page is canonical', () => {
    let pairs = 0;
    for (const file of simplified) {
      if (file === '/404.html') continue;
      const [hans, hant] = pair(file);
      const own = `${SITE}${urlOf(file)}`;
      const twin = `${SITE}/zh-hant${urlOf(file)}`;
      const alternates = ($: CheerioAPI) =>
        Object.fromEntries(
          $('link[rel="alternate"][hreflang]')
            .map((_i, l) => [[$(l).attr('hreflang'), $(l).attr('href')]])
            .get() as Array<[string, string]>,
        );
      const expected = { 'zh-Hans': own, 'zh-Hant': twin, 'x-default': own };
      expect(alternates(hans), file).toEqual(expected);
      expect(alternates(hant), file).toEqual(expected);
      expect(hans('link[rel="canonical"]').attr('href'), file).toBe(own);
      expect(hant('link[rel="canonical"]').attr('href'), file).toBe(own);
      pairs++;
    }
    expect(pairs).toBe(simplified.length - 1);
  });

  it('show 发文字号 and names in 繁體 (display only), 索引号 and identifiers exactly as written', () => {
    const [hans, hant] = pair(firstDocument());
    for (const selector of [
      '.index-no',
      '.doc-no',
      '.doc-meta td[translate="no"]',
      '.site-footer [translate="no"]',
      '.site-name',
    ]) {
      const a = hans(selector)
        .map((_i, el) => hans(el).text())
        .get();
      expect(a.length, selector).toBeGreaterThan(0);
      expect(
        hant(selector)
          .map((_i, el) => hant(el).text())
          .get(),
        selector,
      ).toEqual(a.map((t) => convertRaw(t)));
    }
    // The 发文字号 has characters OpenCC changes (示交规〔…〕…号 → 示交規〔…〕…號); the 索引号 has none.
    expect(hant('.doc-no').text()).toBe(convertRaw(hans('.doc-no').text()));
    expect(hant('.doc-no').text()).not.toBe(hans('.doc-no').text());
    expect(hant('.index-no').text()).toBe(hans('.index-no').text());
    // Names of people and units in 互动交流 and the data lists are shown in 繁體; the search filter values stay as stored.
    for (const file of [
      '/hdjl/lxxd/index.html',
      '/sjqd/xzcf/index.html',
      simplified.find((f) => /^\/hdjl\/lxxd\/.+\/.+\/index\.html$/.test(f))!,
    ]) {
      const [h, t] = pair(file);
      const names = h('[translate="no"]')
        .map((_i, el) => h(el).text())
        .get();
      expect(names.length, file).toBeGreaterThan(0);
      expect(
        t('[translate="no"]')
          .map((_i, el) => t(el).text())
          .get(),
        file,
      ).toEqual(names.map((n) => convertRaw(n)));
    }
    const [sHans, sHant] = pair('/search/index.html');
    const values = ($: CheerioAPI) =>
      $('option')
        .map((_i, o) => $(o).attr('value') ?? '')
        .get();
    expect(values(sHant)).toEqual(values(sHans));
  });

  it('have a switch to the other script that keeps the reader on the same page', () => {
    for (const file of simplified) {
      const [hans, hant] = pair(file);
      const toHant = hans('a[data-script-switch]');
      const toHans = hant('a[data-script-switch]');
      expect(toHant.text(), file).toBe('繁體');
      expect(toHant.attr('lang')).toBe('zh-Hant');
      expect(toHans.text(), file).toBe('简体');
      expect(toHans.attr('lang')).toBe('zh-Hans');
      expect(toHant.attr('href'), file).toBe(`/zh-hant${urlOf(file)}`);
      expect(toHans.attr('href'), file).toBe(urlOf(file));
    }
  });

  it('lead page links to 繁體 pages and keep single URLs for files', () => {
    let pageLinks = 0;
    let fileLinks = 0;
    for (const file of simplified) {
      const $ = readPage(dist, hantOf(file));
      $('a[href^="/"]:not([data-script-switch]), form[action^="/"]').each((_i, el) => {
        const url = ($(el).attr('href') ?? $(el).attr('action'))!.split(/[?#]/)[0]!;
        if (url.endsWith('/') || url.endsWith('.html')) {
          expect(url, `${url} on ${hantOf(file)}`).toMatch(/^\/zh-hant\//);
          pageLinks++;
        } else {
          expect(url, `${url} on ${hantOf(file)}`).not.toMatch(/^\/zh-hant\//);
          fileLinks++;
        }
      });
      $('link[href^="/"], script[src^="/"], img[src^="/"]').each((_i, el) => {
        expect($(el).attr('href') ?? $(el).attr('src'), hantOf(file)).not.toMatch(/^\/zh-hant\//);
      });
    }
    expect(pageLinks).toBeGreaterThan(5000);
    expect(fileLinks).toBeGreaterThan(10);
  });

  it('are alternates of the simplified pages in the sitemap', () => {
    const xml = fs.readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.some((l) => l.includes('/zh-hant/'))).toBe(false);
    expect(xml).toContain(
      `<url><loc>${SITE}/zwgk/</loc><xhtml:link rel="alternate" hreflang="zh-Hans" href="${SITE}/zwgk/"/><xhtml:link rel="alternate" hreflang="zh-Hant" href="${SITE}/zh-hant/zwgk/"/>`,
    );
    expect(xml.match(/hreflang="zh-Hant"/g)!.length).toBe(locs.length);
  });

  it('are not in the search index', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'search-index/manifest.json'), 'utf8')) as {
      shards: Array<{ dir: string; records: number }>;
    };
    const urls: string[] = [];
    for (const shard of manifest.shards) {
      const folder = path.join(dist, 'search-index', shard.dir, 'fragment');
      for (const f of fs.readdirSync(folder)) {
        const text = gunzipSync(fs.readFileSync(path.join(folder, f))).toString('utf8');
        urls.push((JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url);
      }
    }
    expect(urls.length).toBe(manifest.shards.reduce((n, s) => n + s.records, 0));
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls.filter((u) => u.includes('/zh-hant/'))).toEqual([]);
  });
});

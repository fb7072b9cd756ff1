/**
 * One page turned into its 繁體 twin (hant/rewrite-page.ts) and the URL
 * scheme (utils/hant-paths.ts), on small hand-written pages.
 */
import { describe, expect, it } from 'vitest';
import { createConverter } from '../../src/hant/converter.ts';
import { rewritePage } from '../../src/hant/rewrite-page.ts';
import { hansUrl, hantUrl, hasHantTwin, pagePathOfFile } from '../../src/utils/hant-paths.ts';

const rewrite = (html: string, pagePath = '/xxgk/a/', base = '/') =>
  rewritePage(html, { pagePath, base, convert: createConverter({ protect: ['示例省交通运输厅'] }) });

describe('the URL scheme', () => {
  it('gives pages a twin under zh-hant/ and leaves files alone', () => {
    expect(hantUrl('/xxgk/a/', '/')).toBe('/zh-hant/xxgk/a/');
    expect(hantUrl('/search/?q=道路#r', '/')).toBe('/zh-hant/search/?q=道路#r');
    expect(hantUrl('/', '/')).toBe('/zh-hant/');
    expect(hantUrl('/404.html', '/')).toBe('/zh-hant/404.html');
    for (const file of [
      '/files/abc/1.pdf',
      '/rss.xml',
      '/sjqd/xzcf.csv',
      '/search-index/manifest.json',
      '/_astro/a.css',
      '/zwgk/nb/data.json',
    ])
      expect(hantUrl(file, '/')).toBe(file);
    expect(hantUrl('/zh-hant/xxgk/a/', '/')).toBe('/zh-hant/xxgk/a/');
    expect(hasHantTwin('/files/abc/', '/')).toBe(false);
  });

  it('works under a base path', () => {
    expect(hantUrl('/portal/xxgk/a/', '/portal/')).toBe('/portal/zh-hant/xxgk/a/');
    expect(hantUrl('/other/', '/portal/')).toBe('/other/');
    expect(hansUrl('/portal/zh-hant/xxgk/a/?q=1', '/portal/')).toBe('/portal/xxgk/a/?q=1');
    expect(pagePathOfFile('xxgk/a/index.html', '/portal/')).toBe('/portal/xxgk/a/');
    expect(pagePathOfFile('index.html', '/portal')).toBe('/portal/');
    expect(pagePathOfFile('404.html', '/')).toBe('/404.html');
  });
});

describe('rewritePage', () => {
  it('sets the language and converts text and readable attributes', () => {
    const out = rewrite(
      '<!DOCTYPE html><html lang="zh-CN"><head><title>关于发展的通知</title><meta name="description" content="内容概述"><meta name="ArticleTitle" content="关于发展的通知"></head><body><img src="/a.png" alt="图表说明"><p title="说明">发展</p></body></html>',
    );
    expect(out).toBe(
      '<!DOCTYPE html><html lang="zh-Hant"><head><title>關於發展的通知</title><meta name="description" content="內容概述"><meta name="ArticleTitle" content="关于发展的通知"></head><body><img src="/a.png" alt="圖表說明"><p title="說明">發展</p></body></html>',
    );
  });

  it('adds the language when <html> has none', () => {
    expect(rewrite('<html><body>发</body></html>')).toBe('<html lang="zh-Hant"><body>發</body></html>');
  });

  it('copies scripts, styles, comments, values and data attributes as they are', () => {
    const html =
      '<script>const s = "发展";</script><style>.a::before{content:"标准"}</style><!-- 发展 --><input name="q" value="发展" data-label="发展" placeholder="关键词"><option value="发布">发布</option>';
    expect(rewrite(html)).toBe(
      '<script>const s = "发展";</script><style>.a::before{content:"标准"}</style><!-- 发展 --><input name="q" value="发展" data-label="发展" placeholder="關鍵詞"><option value="发布">發佈</option>',
    );
  });

  it('converts names and 发文字号 marked translate="no" like other text, so a line is in one script', () => {
    const html = '<h1>示例省交通运输厅关于发展的通知</h1><p>发文<span translate="no">示交规〔2025〕3号</span></p>';
    expect(rewritePage(html, { pagePath: '/xxgk/a/', base: '/', convert: createConverter() })).toBe(
      '<h1>示例省交通運輸廳關於發展的通知</h1><p>發文<span translate="no">示交規〔2025〕3號</span></p>',
    );
  });

  it('keeps data-hant-keep elements and code as written, nested elements of the same name included', () => {
    const html =
      '<p>发文<span data-hant-keep>示交规<span>发</span>发</span>发</p><td data-hant-keep title="发">发</td><pre><code>发展</code></pre><kbd>发</kbd>';
    expect(rewrite(html)).toBe(
      '<p>發文<span data-hant-keep>示交规<span>发</span>发</span>發</p><td data-hant-keep title="发">发</td><pre><code>发展</code></pre><kbd>发</kbd>',
    );
  });

  it('keeps the description and keywords of a 繁體 original as written (data-hant on <meta>), converts the others', () => {
    const html =
      '<meta name="description" content="服务平台" data-hant="服務平台"><meta name="Keywords" content="服務平台" data-hant="服務平台"><meta name="keywords" content="发布"><p>发</p>';
    expect(rewrite(html)).toBe(
      '<meta name="description" content="服務平台" data-hant="服務平台"><meta name="Keywords" content="服務平台" data-hant="服務平台"><meta name="keywords" content="發佈"><p>發</p>',
    );
  });

  it('puts a 繁體 original back byte for byte, leaves out the conversion note, shows data-hant texts', () => {
    const original = '<p>本廳發布平台考核辦法，占比了解裡裏著着。<a href="/xxgk/b/">連結</a></p>';
    const html =
      '<h1 data-hant="關於平台的通知">关于平台的通知</h1><title data-hant="關於平台_示例省交通運輸廳">关于平台_示例省交通运输厅</title>' +
      '<p class="script-note" data-hant-drop>本页由系统从繁体<a href="/zh-hant/xxgk/a/">原文</a>转换，以原文为准</p>' +
      `<template data-hant-original lang="zh-Hant">${original}</template>` +
      '<article class="doc-body" data-hant-body><p>本厅发布平台考核办法</p></article><p>发</p>';
    expect(rewrite(html)).toBe(
      '<h1 data-hant="關於平台的通知">關於平台的通知</h1><title data-hant="關於平台_示例省交通運輸廳">關於平台_示例省交通運輸廳</title>' +
        `<article class="doc-body" data-hant-body>${original}</article><p>發</p>`,
    );
  });

  it('leads page links and forms to the twins, files and other sites keep their URLs', () => {
    const html =
      '<a href="/xxgk/b/#x">a</a><a href="/files/b/1.pdf">f</a><a href="https://www.gov.cn/">g</a><a href="#main">m</a><a href="mailto:a@b.cn">e</a><form action="/search/"></form><link rel="canonical" href="https://x.gov.cn/xxgk/a/"><a href="/rss.xml">r</a>';
    expect(rewrite(html)).toBe(
      '<a href="/zh-hant/xxgk/b/#x">a</a><a href="/files/b/1.pdf">f</a><a href="https://www.gov.cn/">g</a><a href="#main">m</a><a href="mailto:a@b.cn">e</a><form action="/zh-hant/search/"></form><link rel="canonical" href="https://x.gov.cn/xxgk/a/"><a href="/rss.xml">r</a>',
    );
  });

  it('makes relative URLs absolute, since the twin lives elsewhere', () => {
    const html =
      '<img src="images/chart.png" alt=""><a href="../b/">b</a><a href="1.pdf">f</a><img srcset="a.png 1x, /b.png 2x" alt="">';
    expect(rewrite(html, '/xwzx/zwdt/a/')).toBe(
      '<img src="/xwzx/zwdt/a/images/chart.png" alt=""><a href="/zh-hant/xwzx/zwdt/b/">b</a><a href="/xwzx/zwdt/a/1.pdf">f</a><img srcset="/xwzx/zwdt/a/a.png 1x, /b.png 2x" alt="">',
    );
  });

  it('turns the 繁體 switch into 简体, back to the simplified page', () => {
    const html =
      '<a class="script-switch" href="/zh-hant/xxgk/a/" hreflang="zh-Hant" lang="zh-Hant" data-script-switch>繁體</a>';
    expect(rewrite(html)).toBe(
      '<a class="script-switch" href="/xxgk/a/" hreflang="zh-Hans" lang="zh-Hans" data-script-switch>简体</a>',
    );
  });

  it("reads attribute values with quotes and '>' in them", () => {
    const html = `<a title='他说"发展" > 一切' href="/a/">发</a><abbr title="a>b 发">发</abbr>`;
    expect(rewrite(html)).toBe(`<a title='他說"發展" > 一切' href="/zh-hant/a/">發</a><abbr title="a>b 發">發</abbr>`);
  });

  it('works under a base path', () => {
    expect(rewrite('<a href="/portal/xxgk/b/">b</a><a href="/elsewhere/">c</a>', '/portal/xxgk/a/', '/portal/')).toBe(
      '<a href="/portal/zh-hant/xxgk/b/">b</a><a href="/elsewhere/">c</a>',
    );
  });
});

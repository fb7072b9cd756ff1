/**
 * The sample site carries what the checklist asks of a 交通运输厅 portal
 * beyond the catalogue: the 依申请公开 guide with the points of 条例第二十九至
 * 四十二条 (D4), 12328 and the 厅长信箱 under 互动交流 (E4), and the entries in
 * the header, the hub and the home page.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../support/html.ts';
import { sampleDist } from '../support/paths.ts';

const dist = sampleDist;

describe('依申请公开 guide (checklist D4)', () => {
  const text = () => readPage(dist, '/ysqgk/')('main').text();

  it.each([
    ['who can apply', '公民、法人和其他组织都可以'],
    ['the three elements of art. 29', '一份申请需要写清三件事'],
    ['补正 within 7 working days', '7个工作日内一次性告诉您需要补充的内容'],
    ['20 working days', '20个工作日内答复'],
    ['extension by at most 20 more', '最长再延长20个工作日'],
    ['the date an online application is received (art. 31)', '在线提交或传真的，为双方确认当日'],
    ['fees per 国办函〔2020〕109号', '国办函〔2020〕109号'],
    ['answer types (art. 36)', '经查找没有该信息的'],
  ])('states %s', (_what, phrase) => {
    expect(text()).toContain(phrase);
  });

  it('links the application channels', () => {
    const $ = readPage(dist, '/ysqgk/');
    expect($('a[href="/ysqgk/sq/"]').length).toBeGreaterThan(0);
    expect($('a[href="/ysqgk/sqb/"]').length).toBeGreaterThan(0);
  });
});

describe('互动交流 (checklist E4)', () => {
  it('offers 12328 and the 厅长信箱', () => {
    const $ = readPage(dist, '/hdjl/');
    expect($('a[href="tel:12328"]').length).toBeGreaterThan(0);
    expect($('.channel-list a[href^="mailto:"]').first().text()).toBe('厅长信箱');
  });

  it('shows one consultation, letter and interview of each kind in the sample', () => {
    const $ = readPage(dist, '/hdjl/');
    expect($('#hdjl-zjyj').parent().find('li').length).toBeGreaterThan(0);
    expect($('#hdjl-lxxd').parent().find('li').length).toBeGreaterThan(0);
    expect($('#hdjl-zxft').parent().find('li').length).toBeGreaterThan(0);
  });
});

describe('where a portal links them', () => {
  it('the header links 依申请公开, 办事服务 and 互动交流', () => {
    const $ = readPage(dist, '/');
    const nav = $('nav.main-nav a')
      .map((_i, a) => [[$(a).text(), $(a).attr('href')]])
      .get();
    expect(nav).toEqual(
      expect.arrayContaining([
        ['依申请公开', '/ysqgk/'],
        ['办事服务', '/sjqd/bszn/'],
        ['互动交流', '/hdjl/'],
      ]),
    );
  });

  it('the hub lists them after the four fixed sub-columns', () => {
    const $ = readPage(dist, '/zwgk/');
    expect(
      $('nav[aria-label="更多政务公开内容"] a')
        .map((_i, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/ysqgk/', '/sjqd/bszn/', '/sjqd/qzqd/', '/sjqd/xzcf/', '/sjqd/xzxk/', '/sjqd/ccjg/', '/open-data/']);
  });

  it('the site map lists every data list and 互动交流 section', () => {
    const $ = readPage(dist, '/wzdt/');
    const links = new Set(
      $('main a')
        .map((_i, a) => $(a).attr('href'))
        .get(),
    );
    for (const url of [
      '/ysqgk/',
      '/ysqgk/sq/',
      '/hdjl/',
      '/hdjl/zjyj/',
      '/hdjl/lxxd/',
      '/hdjl/zxft/',
      '/sjqd/',
      '/sjqd/qzqd/',
      '/sjqd/ccsx/',
      '/sjqd/ccjg/',
      '/sjqd/xzxk/',
      '/sjqd/xzcf/',
      '/sjqd/bszn/',
      '/open-data/',
    ]) {
      expect(links).toContain(url);
    }
  });
});

describe('document metadata on the sample site', () => {
  it('shows 施行日期 where the editor entered one (passenger-station-rules: 2019-06-01) and 主题分类 with a readable separator', async () => {
    const { htmlFiles } = await import('../support/html.ts');
    const pages = htmlFiles(dist)
      .filter((f) => /^\/xxgk\/[^/]+\/index\.html$/.test(f))
      .map((f) => readPage(dist, f.replace(/index\.html$/, '')));
    const effective = pages.flatMap(($) =>
      $('table.doc-meta th')
        .filter((_i, th) => $(th).text() === '施行日期')
        .map((_i, th) => $(th).next('td').text())
        .get(),
    );
    expect(effective).toContain('2019年06月01日');
    const topics = pages.flatMap(($) =>
      $('table.doc-meta th')
        .filter((_i, th) => $(th).text() === '主题分类')
        .map((_i, th) => $(th).next('td').text())
        .get(),
    );
    expect(topics.length).toBe(pages.length);
    for (const t of topics) expect(t).not.toContain('\\');
  });
});

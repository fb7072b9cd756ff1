/**
 * The fixture site, built as of TEST_TODAY (2026-06-01): 征集意见 status by date and the
 * feedback summary, 留言选登 statistics, the 互动交流 hub, the data-list
 * pages and the 依申请公开 pages as they read without JavaScript.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import vocabularies from '../../src/data/xxgk-vocabularies.json' with { type: 'json' };
import { meta, readPage } from '../support/html.ts';
import { fixtureDist, sampleDist } from '../support/paths.ts';

const dist = fixtureDist;

describe('征集意见 (built as of 2026-06-01)', () => {
  it.each([
    ['upcoming', '未开始'],
    ['open', '正在征集'],
    ['closed', '已结束'],
  ])('%s is %s', (id, status) => {
    const $ = readPage(dist, `/hdjl/zjyj/${id}/`);
    expect($('[data-status]').text()).toBe(status);
  });

  it('an open consultation says how to comment and how long is left', () => {
    const $ = readPage(dist, '/hdjl/zjyj/open/');
    expect($('.facts').text()).toContain('距截止还有 16 天');
    expect($('#how-heading').text()).toBe('如何提出意见');
    expect($('a[href="mailto:yj@jtt.shili.gov.cn"]')).toHaveLength(1);
    expect($('.feedback-summary')).toHaveLength(0);
  });

  it('a closed one shows the feedback summary instead', () => {
    const $ = readPage(dist, '/hdjl/zjyj/closed/');
    expect($('#how-heading')).toHaveLength(0);
    const summary = $('.feedback-summary').text();
    expect(summary).toContain('共收到意见 12 条，采纳（含部分采纳）5 条');
    expect(summary).toContain('采纳情况说明测试。');
  });

  it('the list puts open ones first, each with its status', () => {
    const $ = readPage(dist, '/hdjl/zjyj/');
    expect(
      $('.doc-list li .status')
        .map((_i, s) => $(s).text())
        .get(),
    ).toEqual(['正在征集', '未开始', '已结束']);
  });
});

describe('留言选登', () => {
  it('computes the reply time per year in working days', () => {
    const $ = readPage(dist, '/hdjl/lxxd/');
    const cells = $('.stats-table tbody tr')
      .first()
      .find('th, td')
      .map((_i, c) => $(c).text())
      .get();
    expect(cells).toEqual(['2025年', '2', '11', '20', '1件（50%）']);
  });

  it('shows a letter with its dates, handling unit and both parts', () => {
    const $ = readPage(dist, '/hdjl/lxxd/reply-fast/');
    const facts = $('.facts').text();
    expect(facts).toContain('示例省道路运输事业发展中心');
    expect(facts).toContain('2025年09月29日');
    expect(facts).toContain('2个工作日');
    expect(
      $('.doc-body h2')
        .map((_i, h) => $(h).text())
        .get(),
    ).toEqual(['来信内容', '答复内容']);
  });
});

describe('互动交流 hub', () => {
  it('offers the configured channels, the 12328 block and the sections', () => {
    const $ = readPage(dist, '/hdjl/');
    expect($('.channel-list a[href="mailto:tzxx@jtt.shili.gov.cn"]').text()).toBe('厅长信箱');
    expect($('.channel-list a[href="/contact/"]').text()).toBe('网上咨询');
    expect($('.hotline-block a[href="tel:12328"]').text()).toBe('12328');
    for (const s of ['zjyj', 'lxxd', 'zxft']) expect($(`a[href="/hdjl/${s}/"]`).length).toBeGreaterThan(0);
    expect($('.doc-body').text()).toContain('页面内容。');
  });

  it('is the only page at /hdjl/: the generic page route leaves it alone', () => {
    expect(readPage(dist, '/hdjl/')('h1')).toHaveLength(1);
  });
});

describe('data lists', () => {
  it('render an accessible table with the default order marked', () => {
    const $ = readPage(dist, '/sjqd/xzcf/');
    const table = $('table.list-table');
    expect(table.find('caption').text()).toBe('行政处罚信息公示（共 3 条）');
    expect(
      table
        .find('thead th')
        .map((_i, th) => $(th).attr('scope'))
        .get()
        .every((s) => s === 'col'),
    ).toBe(true);
    expect(
      table
        .find('th[aria-sort]')
        .map((_i, th) => [[$(th).text().trim(), $(th).attr('aria-sort')]])
        .get(),
    ).toEqual([['处罚决定日期', 'descending']]);
    expect(table.find('tbody tr')).toHaveLength(3);
    const dates = table
      .find('tbody tr')
      .map((_i, tr) => $(tr).find('td').eq(6).text())
      .get();
    expect(dates).toEqual(['2025年09月26日', '2025年06月16日', '2025年03月03日']);
    expect($('.table-scroll').attr('tabindex')).toBe('0');
    // The sorting and filtering tools wait for the script; the table reads without it.
    expect($('.list-tools').attr('hidden')).toBeDefined();
  });

  it('offer the whole list as CSV, line breaks and quotes intact', () => {
    const csv = fs.readFileSync(path.join(dist, 'sjqd', 'xzcf.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF行政相对人名称,相对人类别,')).toBe(true);
    expect(csv).toContain('"经查，车辆超限运输。\n第二行说明。"');
    expect(readPage(dist, '/sjqd/xzcf/')('a[href="/sjqd/xzcf.csv"]').attr('download')).toBe('行政处罚信息公示.csv');
  });

  it('are linked from the catalogue column they belong to', () => {
    const $ = readPage(dist, '/zwgk/fdzdgknr/xzxk/');
    expect($('nav[aria-label="本栏目数据清单"] a').attr('href')).toBe('/sjqd/xzcf/');
  });
});

describe('依申请公开 pages', () => {
  it('the application page explains itself without JavaScript and offers the blank form', () => {
    const $ = readPage(dist, '/ysqgk/sq/');
    const noscript = $('noscript').html() ?? '';
    expect(noscript).toContain('href="/ysqgk/sqb/"');
    expect(noscript).toContain('在线填写需要启用浏览器的 JavaScript');
    // The interactive steps stay hidden until the script shows them.
    expect($('[data-apply-js]').attr('hidden')).toBeDefined();
    expect($('#step2').attr('hidden')).toBeDefined();
  });

  it('says where personal data goes when an endpoint is set', () => {
    const $ = readPage(dist, '/ysqgk/sq/');
    expect($('[data-privacy="endpoint"]').text()).toContain('https://jtt.shili.gov.cn/api/ysqgk/');
    expect($('#apply-form').attr('data-endpoint')).toBe('/api/ysqgk/');
    expect($('#apply-submit')).toHaveLength(1);
  });

  it('the blank form has every field of 条例第二十九条', () => {
    const $ = readPage(dist, '/ysqgk/sqb/');
    const labels = $('.application-sheet th')
      .map((_i, th) => $(th).text())
      .get()
      .join('|');
    for (const l of [
      '姓名',
      '证件名称',
      '证件号码',
      '名称',
      '统一社会信用代码',
      '联系电话',
      '通信地址',
      '所需信息的名称',
      '文号',
      '特征性描述',
      '信息载体形式（可多选）',
      '获取信息的方式（可多选）',
      '申请人签名（盖章）',
    ]) {
      expect(labels).toContain(l);
    }
  });

  it('the guide page links to the application without its own content file', () => {
    const $ = readPage(dist, '/ysqgk/');
    expect($('h1').text()).toBe('依申请公开');
    expect(
      $('.apply-channels a')
        .map((_i, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/ysqgk/sq/', '/ysqgk/sqb/', '/zwgk/fdzdgknr/']);
    // The fixture names an endpoint: the main action submits online.
    expect($('.apply-channels a.primary-action').text()).toBe('在线填写并提交申请');
    expect($('.apply-channels').text()).toContain('网上提交');
    expect($('.contact-block').text()).toContain('传真号码');
  });

  it('offers only the channels the settings give: without an endpoint the form is printed and handed in', () => {
    const $ = readPage(sampleDist, '/ysqgk/');
    expect($('.apply-channels a.primary-action').text()).toBe('在线填写申请表（打印后递交）');
    expect($('.apply-channels').text()).toContain('本厅暂不受理网上直接提交');
    expect($('.apply-channels').text()).not.toContain('网上提交：');
  });

  it('the sample 指南 links every column its scope table names, the form and the blank form', () => {
    const $ = readPage(sampleDist, '/zwgk/zn/');
    const scope = $('table').filter((_i, t) => $(t).find('th').first().text() === '类别');
    const cells = scope
      .find('tbody tr')
      .map((_i, tr) => $(tr).find('td').last())
      .get();
    expect(cells.length).toBeGreaterThan(10);
    for (const cell of cells) expect($(cell).find('a').length, $(cell).text()).toBeGreaterThan(0);
    const links = $('.doc-body a')
      .map((_i, a) => $(a).attr('href'))
      .get();
    expect(links).toEqual(expect.arrayContaining(['../../ysqgk/sq/', '../../ysqgk/sqb/']));
  });
});

describe('government meta tags on the new page types', () => {
  it.each([
    '/ysqgk/',
    '/ysqgk/sq/',
    '/ysqgk/sqb/',
    '/hdjl/',
    '/hdjl/lxxd/',
    '/hdjl/zjyj/',
    '/hdjl/zxft/',
    '/sjqd/',
    '/sjqd/xzcf/',
    '/open-data/',
  ])('%s has the four column tags, ColumnType from the vocabulary', (url) => {
    const $ = readPage(dist, url);
    for (const name of ['ColumnName', 'ColumnDescription', 'ColumnKeywords', 'ColumnType'])
      expect(meta($, name), name).toBeTruthy();
    expect(vocabularies.columnTypes).toContain(meta($, 'ColumnType'));
  });

  it.each(['/hdjl/lxxd/reply-fast/', '/hdjl/zjyj/open/', '/hdjl/zxft/talk/'])('%s carries the article tags', (url) => {
    const $ = readPage(dist, url);
    expect(meta($, 'ArticleTitle')).toBe($('h1').text());
    expect(meta($, 'PubDate')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(meta($, 'ContentSource')).toBeTruthy();
  });
});

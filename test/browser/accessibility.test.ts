/**
 * axe-core in Chromium over one page of each type of the sample site (the
 * 年报 overview and a 年报 of each table format included), at a
 * phone width and a desktop width, in the normal page and in 关怀模式 with
 * every setting at its strongest (24 px text, high contrast): no WCAG 2.x
 * A/AA violation, no rule disabled. Also checks that a CJK font really
 * renders the Chinese text. The 繁體 twin of every page type is checked at
 * a phone width in the normal page and at a desktop width in 关怀模式.
 */
import axe from 'axe-core';
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { careContext } from '../support/care-mode.ts';
import { htmlFiles } from '../support/html.ts';
import { sampleDist } from '../support/paths.ts';
import { servedSite } from '../support/served-site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One URL of each page type, picked from the build so the test follows the content. */
function pageTypes(): Record<string, string> {
  const files = htmlFiles(sampleDist).map((f) => f.replace(/index\.html$/, ''));
  const first = (re: RegExp) => files.find((f) => re.test(f)) ?? '';
  const documentWith = (html: string) => {
    const found = files.find(
      (f) => f.startsWith('/xxgk/') && fs.readFileSync(path.join(sampleDist, f, 'index.html'), 'utf8').includes(html),
    );
    if (!found) throw new Error(`no document page of the sample site contains ${html}`);
    return found;
  };
  // 年报 pages by report year, from the overview's data file.
  const annual = JSON.parse(fs.readFileSync(path.join(sampleDist, 'zwgk/nb/data.json'), 'utf8')) as {
    years: { reportYear: number; url: string }[];
  };
  const annualReport = (year: number) => annual.years.find((y) => y.reportYear === year)?.url ?? '';
  return {
    home: '/',
    hub: '/zwgk/',
    catalogue: '/zwgk/fdzdgknr/',
    column: '/zwgk/fdzdgknr/zcwj/',
    document: first(/^\/xxgk\/[^/]+\/$/),
    policyWithInterpretations: documentWith('id="interpretations-heading"'),
    interpretation: documentWith('id="original-heading"'),
    documentWithPicture: documentWith('<picture>'),
    documentWithSectionLinks: documentWith('class="heading-anchor"'),
    documentWithFormatRequest: documentWith('class="format-request"'),
    attachmentView: first(/^\/xxgk\/[^/]+\/fj\d+\/$/),
    hantOriginal: documentWith('data-hant-original'),
    news: first(/^\/xwzx\/zwdt\/.+\/.+\/$/),
    newsList: '/xwzx/zwdt/',
    annualReports: '/zwgk/nb/',
    annualReport: annualReport(2025),
    annualReport2019Format: annualReport(2020),
    guide: '/zwgk/zn/',
    siteMap: '/wzdt/',
    search: `/search/?q=${encodeURIComponent('道路运输')}`,
    notFound: '/404.html',
    applyGuide: '/ysqgk/',
    applyForm: '/ysqgk/sq/',
    applyBlankForm: '/ysqgk/sqb/',
    interaction: '/hdjl/',
    letters: '/hdjl/lxxd/',
    letter: first(/^\/hdjl\/lxxd\/.+\/.+\/$/),
    interview: first(/^\/hdjl\/zxft\/.+\/$/),
    consultations: '/hdjl/zjyj/',
    consultation: first(/^\/hdjl\/zjyj\/.+\/$/),
    dataLists: '/sjqd/',
    dataList: '/sjqd/xzcf/',
    serviceGuide: '/sjqd/bszn/JT-XK-001/',
    openData: '/open-data/',
  };
}

const site = servedSite(sampleDist);

/**
 * axe-core's violations on the page as it is now. axe is put into the
 * context once by `withAxe`, not sent over with its 550 KB source after each
 * of the two hundred page loads.
 */
async function violations(page: Page): Promise<string[]> {
  const result = await page.evaluate(async (tags) => {
    const w = window as unknown as { axe?: typeof axe };
    if (!w.axe) throw new Error('axe-core is not in this page: open it in a context made by withAxe()');
    // Two best-practice rules on top of WCAG: landmarks with distinct names, and all content inside a landmark (issue 17).
    const r = await w.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      rules: { 'landmark-unique': { enabled: true }, region: { enabled: true } },
    });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, TAGS);
  return result;
}

/** The context with axe-core evaluated in each of its documents before their own scripts. */
async function withAxe(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript({ content: axe.source });
  return context;
}

/** One browser page for a describe block, in normal or 关怀 mode (24 px, high contrast) at the given size. */
function pageInMode(mode: string, width: number, height: number): () => Page {
  let page: Page;
  beforeAll(async () => {
    const viewport = { width, height };
    const context =
      mode === '关怀' ? await careContext(site.browser, viewport) : await site.browser.newContext({ viewport });
    page = await (await withAxe(context)).newPage();
  });
  afterAll(async () => {
    await page?.context().close();
  });
  return () => page;
}

/** Opens a page type (under `prefix` for the 繁體 twins), waits for search results, checks the mode took effect, runs axe. */
async function expectNoViolations(page: Page, mode: string, url: string): Promise<void> {
  expect(url).not.toMatch(/^(\/zh-hant)?$/);
  await page.goto(site.url + url);
  if (url.includes('/search/')) {
    await page.waitForFunction(() =>
      /^(找到|没有找到)/.test(document.getElementById('search-status')?.textContent ?? ''),
    );
  }
  const applied = await page.evaluate(() => document.documentElement.matches('.care.contrast[data-font-size="3"]'));
  expect(applied).toBe(mode === '关怀');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(
    url.startsWith('/zh-hant/') ? 'zh-Hant' : 'zh-CN',
  );
  expect(await violations(page)).toEqual([]);
}

// Each mode and width has its own page, so the six blocks below run side by
// side (one Chromium, six contexts); the tests of one block share its page and
// run one after another.
describe.each([
  ['normal', 'phone', 390, 844],
  ['normal', 'desktop', 1280, 900],
  ['关怀', 'phone', 390, 844],
  ['关怀', 'desktop', 1280, 900],
])('axe in %s mode at %s width', { concurrent: true }, (mode, _name, width, height) => {
  const currentPage = pageInMode(mode, width, height);

  it.each(Object.entries(pageTypes()))('%s page has no violations', { concurrent: false }, async (_type, url) => {
    await expectNoViolations(currentPage(), mode, url);
  });

  it(
    'the application form with its errors, its search results and its filled 申请表 has no violations',
    { concurrent: false },
    async () => {
      const page = currentPage();
      await page.goto(`${site.url}/ysqgk/sq/`);
      await page.fill('#apply-q', '道路运输');
      await page.click('#apply-search button[type="submit"]');
      await page.waitForFunction(() =>
        /找到|没有找到/.test(document.getElementById('apply-search-status')!.textContent!),
      );
      await page.click('#apply-continue');
      await page.check('input[name="applicantType"][value="法人或者其他组织"]');
      await page.click('#apply-form button[type="submit"]');
      expect(await page.isVisible('#error-summary')).toBe(true);
      expect(await violations(page)).toEqual([]);
      await page.fill('#f-orgName', '甲运输有限公司');
      await page.fill('#f-orgCode', '91990101MA6043894Q');
      await page.fill('#f-legalRep', '周某');
      await page.fill('#f-contactName', '钱某');
      await page.fill('#f-phone', '0990-88123456');
      await page.fill('#f-infoDocNo', '示交规〔2025〕2号');
      await page.check('input[name="media"][value="纸质文本"]');
      await page.check('input[name="methods"][value="当面领取"]');
      await page.click('#apply-form button[type="submit"]');
      expect(await page.isVisible('.application-sheet')).toBe(true);
      expect(await violations(page)).toEqual([]);
    },
  );

  it('a data list sorted and filtered in the browser has no violations', { concurrent: false }, async () => {
    const page = currentPage();
    await page.goto(`${site.url}/sjqd/xzcf/`);
    await page.click('th[data-column="处罚决定日期"] button');
    await page.selectOption('select[data-column="处罚类别"]', '罚款');
    await page.waitForFunction(
      () =>
        !document.querySelector('table.list-table')!.hasAttribute('aria-busy') &&
        /^找到/.test(document.querySelector('.list-status')!.textContent!),
    );
    expect(await violations(page)).toEqual([]);
  });
});

// The 繁體 twin of every page type, at one width in each mode: the twins share
// the simplified pages' markup and styles, so the other combinations add nothing.
describe.each([
  ['normal', 'phone', 390, 844],
  ['关怀', 'desktop', 1280, 900],
])('axe on the 繁體 pages in %s mode at %s width', { concurrent: true }, (mode, _name, width, height) => {
  const currentPage = pageInMode(mode, width, height);

  it.each(Object.entries(pageTypes()))('%s page has no violations', { concurrent: false }, async (_type, url) => {
    await expectNoViolations(currentPage(), mode, `/zh-hant${url}`);
  });
});

it('renders Chinese with a CJK font, not boxes', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}/`);
  const session = await page.context().newCDPSession(page);
  await session.send('DOM.enable');
  await session.send('CSS.enable');
  const { root } = await session.send('DOM.getDocument');
  const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
  const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
  await page.close();
  expect(fonts.map((f) => f.familyName).join(',')).toMatch(/CJK|Han Sans|WenQuanYi|Hei/i);
});

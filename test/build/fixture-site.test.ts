/**
 * Builds the fixture site (in the global setup) and checks the HTML against
 * the national rules: meta tags, footer items, metadata table, interpretation
 * links both ways, the 废止/失效 notice, pagination and attachments.
 */
import fs from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import vocabularies from '../../src/data/xxgk-vocabularies.json' with { type: 'json' };
import { GENERATED_PLAN_ITEMS } from '../support/fixture-content.ts';
import { htmlFiles, meta, pageExists, readPage, sitePages } from '../support/html.ts';
import { bundleFragments } from '../support/pagefind-fragments.ts';
import { fixtureContent, fixtureDist } from '../support/paths.ts';

const dist = fixtureDist;
const POLICY = '/xxgk/11990000MB0000001X-2025-00003/';
const REPEALED = '/xxgk/11990000MB0000001X-2024-00005/';
const EXPIRED = '/xxgk/11990000MB0000001X-2024-00009/';
const INTERPRETATION = '/xxgk/11990000MB0000001X-2025-00004/';

describe('every page', () => {
  // The 繁體 twins are checked against these pages in hant-pages.test.ts.
  const pages = sitePages(dist).filter((f) => !f.startsWith('/zh-hant/'));

  it('builds a reasonable number of pages', () => {
    expect(pages.length).toBeGreaterThan(40);
  });

  it.each(pages)('%s carries site meta tags, lang, one h1 and the footer items', (file) => {
    const $ = readPage(dist, file);
    expect($('html').attr('lang')).toBe('zh-CN');
    expect(meta($, 'SiteName')).toBe('示例省交通运输厅');
    expect(meta($, 'SiteDomain')).toBe('jtt.shili.gov.cn');
    const code = meta($, 'SiteIDCode');
    expect(code).toMatch(/^(\d{10}|bm\d{8})$/);
    expect($('h1')).toHaveLength(1);
    expect($('main#main')).toHaveLength(1);
    expect($('a.skip-link').attr('href')).toBe('#main');

    const footer = $('footer');
    const text = footer.text();
    expect(text).toContain('主办单位：示例省交通运输厅');
    expect(text).toContain(`政府网站标识码：${code}`);
    expect(footer.find('a[href="/contact/"]').text()).toBe('联系我们');
    expect(footer.find('a[href="/wzdt/"]').text()).toBe('网站地图');
    const icp = footer.find('a[href="https://beian.miit.gov.cn"]');
    expect(icp.text()).toMatch(/ICP备\d+号(-\d+)?$/);
    expect(
      footer.find('a[href^="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=99010202000001"]').text(),
    ).toMatch(/公网安备 \d{14}号/);
    expect(footer.find('a[href^="https://bszs.conac.cn/sitename?method=show&id="] img').attr('alt')).toBe(
      '党政机关网站标识',
    );
    const jiucuo = new URL(footer.find('a.jiucuo').attr('href')!);
    expect(jiucuo.host).toBe('zfwzgl.www.gov.cn');
    expect(jiucuo.searchParams.get('site_code')).toBe(code);
    const pagePath = file.replace(/index\.html$/, '').replace(/\.html$/, '');
    if (!file.endsWith('404.html')) expect(jiucuo.searchParams.get('url')).toBe(`https://jtt.shili.gov.cn${pagePath}`);
  });
});

describe('column pages', () => {
  it.each(['/zwgk/fdzdgknr/ghjh/', '/zwgk/fdzdgknr/zcwj/', '/xwzx/zwdt/', '/zwgk/', '/zwgk/nb/'])(
    '%s has the four column tags',
    (url) => {
      const $ = readPage(dist, url);
      for (const name of ['ColumnName', 'ColumnDescription', 'ColumnKeywords', 'ColumnType'])
        expect(meta($, name)).toBeTruthy();
      expect(vocabularies.columnTypes).toContain(meta($, 'ColumnType'));
      expect(meta($, 'ArticleTitle')).toBeUndefined();
    },
  );

  it('paginates a column 20 per page and shows every item once', () => {
    const first = readPage(dist, '/zwgk/fdzdgknr/ghjh/');
    const second = readPage(dist, '/zwgk/fdzdgknr/ghjh/p2/');
    expect(first('.doc-list li')).toHaveLength(20);
    expect(second('.doc-list li')).toHaveLength(GENERATED_PLAN_ITEMS - 20);
    expect(first('.pagination a[href="/zwgk/fdzdgknr/ghjh/p2/"]').length).toBeGreaterThan(0);
    expect(second('.pagination a[rel="prev"]').attr('href')).toBe('/zwgk/fdzdgknr/ghjh/');
    expect(pageExists(dist, '/zwgk/fdzdgknr/ghjh/p3/')).toBe(false);
    const titles = [...first('.doc-list li > a'), ...second('.doc-list li > a')].map((a) => first(a).text());
    expect(new Set(titles).size).toBe(GENERATED_PLAN_ITEMS);
  });

  it('lists newest first, each item with its date', () => {
    const $ = readPage(dist, '/zwgk/fdzdgknr/ghjh/');
    const dates = $('.doc-list time')
      .map((_i, t) => $(t).attr('datetime'))
      .get();
    expect(dates).toHaveLength(20);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('offers browsing by year, with only that year on the year page', () => {
    const $ = readPage(dist, '/zwgk/fdzdgknr/ghjh/');
    expect($('.year-nav a[href="/zwgk/fdzdgknr/ghjh/2025/"]').text()).toBe('2025年');
    const year = readPage(dist, '/zwgk/fdzdgknr/ghjh/2024/');
    const dates = year('.doc-list time')
      .map((_i, t) => year(t).attr('datetime'))
      .get();
    expect(dates.length).toBe(Math.floor(GENERATED_PLAN_ITEMS / 2));
    expect(dates.every((d) => d.startsWith('2024-'))).toBe(true);
  });

  it('a parent column lists its children’s documents and links to them', () => {
    const $ = readPage(dist, '/zwgk/fdzdgknr/zcwj/');
    expect(
      $('.sub-columns a')
        .map((_i, a) => $(a).text())
        .get(),
    ).toEqual(['规章', '行政规范性文件', '其他文件']);
    expect($('.doc-list li')).toHaveLength(3);
  });

  it('an empty column says so instead of showing a blank page', () => {
    const $ = readPage(dist, '/zwgk/fdzdgknr/sf/');
    expect($('.empty-note').text()).toContain('本厅目前无行政事业性收费项目');
  });

  it('the 政务公开 hub has the four fixed sub-columns in order', () => {
    const $ = readPage(dist, '/zwgk/');
    expect(
      $('.hub-sections h2')
        .map((_i, h) => $(h).text())
        .get(),
    ).toEqual(['政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '政府信息公开年报']);
  });
});

describe('document pages', () => {
  it('carry the article meta tags matching the visible page', () => {
    const $ = readPage(dist, POLICY);
    expect(meta($, 'ArticleTitle')).toBe($('h1').text());
    expect(meta($, 'PubDate')).toBe('2025-03-10 09:30');
    expect(meta($, 'PubDate')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(meta($, 'ContentSource')).toBe('示例省交通运输厅、示例省发展和改革委员会');
    expect(meta($, 'ColumnName')).toBe('行政规范性文件');
    expect(meta($, 'ColumnType')).toBe('政策文件');
  });

  it('show the metadata table with every required field', () => {
    const $ = readPage(dist, POLICY);
    const table = $('table.doc-meta');
    expect(table.first().find('caption').text()).toBe('信息公开目录信息');
    const cells = new Map<string, string>();
    table.find('th[scope="row"]').each((_i, th) => {
      cells.set($(th).text(), $(th).next('td').text());
    });
    expect(cells.get('索引号')).toBe('11990000MB0000001X/2025-00003');
    expect(cells.get('主题分类')).toBe('工业、交通 › 公路');
    expect(cells.get('发布机构')).toBe('示例省交通运输厅、示例省发展和改革委员会');
    expect(cells.get('成文日期')).toBe('2025年03月01日');
    expect(cells.get('发文字号')).toBe('示交规〔2025〕2号');
    expect(cells.get('发布日期')).toBe('2025年03月10日');
    expect(cells.get('有效性')).toBe('有效');
  });

  it('link a policy and its interpretation both ways', () => {
    const policy = readPage(dist, POLICY);
    const related = policy('section.related:has(h2:contains("相关解读")) a');
    expect(related.attr('href')).toBe(INTERPRETATION);
    const interpretation = readPage(dist, INTERPRETATION);
    expect(interpretation('section.related:has(h2:contains("原文链接")) a').attr('href')).toBe(POLICY);
  });

  it('link a replaced policy from the one replacing it, at the top and at the end', () => {
    const $ = readPage(dist, POLICY);
    expect($('nav.doc-links a[href="' + REPEALED + '"]').length).toBe(1);
    expect($('section.related:has(h2:contains("本文件替代的文件")) a').attr('href')).toBe(REPEALED);
    expect($('nav.doc-links a[href="' + INTERPRETATION + '"]').length).toBe(1);
    expect(readPage(dist, REPEALED)('nav.doc-links a[href="' + POLICY + '"]').length).toBe(1);
  });

  it('leave out the metadata rows an interpretation has no value for', () => {
    const $ = readPage(dist, INTERPRETATION);
    const labels = $('table.doc-meta th')
      .map((_i, th) => $(th).text())
      .get();
    expect(labels).not.toContain('发文字号');
    expect(labels).not.toContain('有效性');
    expect($('table.doc-meta td').filter((_i, td) => $(td).text() === '—')).toHaveLength(0);
  });

  it('mark a repealed document on its original URL and link its replacement', () => {
    const $ = readPage(dist, REPEALED);
    const notice = $('.validity-notice');
    expect(notice.text()).toContain('本文件已废止');
    expect(notice.text()).toContain('2025年03月10日');
    expect(notice.find('a').attr('href')).toBe(POLICY);
    expect($('th:contains("有效性")').next('td').text()).toBe('废止');
  });

  it('mark an expired document', () => {
    const $ = readPage(dist, EXPIRED);
    expect($('.validity-notice').text()).toContain('本文件已失效');
    expect(readPage(dist, POLICY)('.validity-notice')).toHaveLength(0);
  });

  it('never publish items whose 公开方式 is not 主动公开', () => {
    const all = htmlFiles(dist).map((f) => fs.readFileSync(path.join(dist, f), 'utf8'));
    expect(all.some((html) => html.includes('不予公开的内部文件'))).toBe(false);
  });

  it('list attachments with type and size, and publish the file', () => {
    const $ = readPage(dist, POLICY);
    const link = $('.attachments a[download]');
    expect(link.text()).toBe('附件1：信用评价指标表');
    expect(link.attr('download')).toBe('附件1-评价指标.pdf');
    const source = path.join(fixtureContent, 'policies', '2025', '附件1-评价指标.pdf');
    const published = path.join(dist, link.attr('href')!);
    expect(fs.readFileSync(published)).toEqual(fs.readFileSync(source));
    expect($('.attachments .file-info').text()).toBe(`（PDF文档，${fs.statSync(source).size} B）`);
  });

  it('give Markdown tables a caption and header scopes', () => {
    const $ = readPage(dist, POLICY);
    const table = $('.doc-body table');
    expect(table.find('caption').text()).toBe('表1 信用等级划分');
    expect(
      table
        .find('thead th')
        .map((_i, th) => $(th).attr('scope'))
        .get(),
    ).toEqual(['col', 'col']);
    expect(table.parent().attr('role')).toBe('region');
    expect(table.parent().attr('tabindex')).toBe('0');
  });

  it('show a breadcrumb down to the column and the neighbours in the column', () => {
    const $ = readPage(dist, REPEALED);
    expect(
      $('.breadcrumb li')
        .map((_i, li) => $(li).text())
        .get(),
    ).toEqual(['首页', '政务公开', '法定主动公开内容', '政策文件', '行政规范性文件', '正文']);
    expect($('.neighbours a').attr('href')).toBe(POLICY);
  });
});

describe('site-wide pages', () => {
  it('the site map lists every catalogue column and news column', () => {
    const $ = readPage(dist, '/wzdt/');
    const links = new Set(
      $('main a')
        .map((_i, a) => $(a).attr('href'))
        .get(),
    );
    for (const key of [
      'zcwj',
      'gz',
      'gfxwj',
      'qtwj',
      'zcjd',
      'jgzn',
      'ghjh',
      'tjxx',
      'xzxk',
      'sf',
      'jyta',
      'qzqd',
      'gzyd',
    ]) {
      expect(links).toContain(`/zwgk/fdzdgknr/${key}/`);
    }
    for (const url of ['/xwzx/zwdt/', '/xwzx/tzgg/', '/zwgk/zn/', '/zwgk/zd/', '/zwgk/nb/', '/about/', '/search/'])
      expect(links).toContain(url);
  });

  it('the guide shows the office contact details of 条例第十二条', () => {
    const text = readPage(dist, '/zwgk/zn/')('.contact-block').text();
    for (const word of ['机构名称', '办公地址', '办公时间', '联系电话', '传真号码', '电子邮箱'])
      expect(text).toContain(word);
  });

  it('has a 404 page', () => {
    const $ = readPage(dist, '/404.html');
    expect($('h1').text()).toBe('页面未找到');
  });

  it('the search page uses our own form, not Pagefind’s default UI', () => {
    const $ = readPage(dist, '/search/');
    expect($('form#search-form input[name="q"]')).toHaveLength(1);
    expect(
      $('select[data-filter]')
        .map((_i, s) => $(s).attr('name'))
        .get(),
    ).toEqual(['栏目', '年份', '发布机构', '有效性', '体裁']);
    // Filter values are in the page itself, so the form reads well before the script runs.
    expect(
      $('select[name="有效性"] option')
        .map((_i, o) => $(o).attr('value'))
        .get(),
    ).toEqual(['', '有效', '失效', '废止']);
    // The 年报 for 2018, 2020 and 2025 were published in 2019, 2021 and 2026.
    expect(
      $('select[name="年份"] option')
        .map((_i, o) => $(o).attr('value'))
        .get(),
    ).toEqual(['', '2026', '2025', '2024', '2021', '2019']);
    expect($('link[href*="pagefind-ui"], script[src*="pagefind-ui"]')).toHaveLength(0);
    expect($('#search-status').attr('aria-live')).toBe('polite');
    expect($('noscript').html()).toContain('href="/zwgk/fdzdgknr/"');
  });

  it('writes a sharded search index with a manifest, a router and the character map', () => {
    const root = path.join(dist, 'search-index');
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8')) as {
      routerBuckets: number;
      shards: Array<{ id: string; dir: string; from: string; to: string; records: number }>;
    };
    // Small sites pack all their years into one shard.
    expect(manifest.shards.map((s) => s.id)).toEqual(['y2019-2026']);
    // Every published page except the 不予公开 one: 23 plans + 4 policies/interpretation + 4 年报 + news + 7 pages
    // + 互动交流: 2 letters, 1 interview, 3 consultations.
    const total = manifest.shards.reduce((n, s) => n + s.records, 0);
    expect(total).toBe(GENERATED_PLAN_ITEMS + 3 + 1 + 4 + 1 + 7 + 2 + 1 + 3);
    for (const s of manifest.shards) {
      expect(s.from <= s.to).toBe(true);
      expect(fs.existsSync(path.join(root, s.dir, 'pagefind.js'))).toBe(true);
      expect(fs.existsSync(path.join(root, s.dir, 'pagefind-ui.js'))).toBe(false);
    }
    expect(fs.readdirSync(path.join(root, 'router'))).toHaveLength(manifest.routerBuckets);
    expect(manifest.routerBuckets).toBeGreaterThanOrEqual(16);
    expect(fs.existsSync(path.join(root, 'core', 'pagefind.js'))).toBe(true);
    expect(fs.existsSync(path.join(root, 't2s.gkz'))).toBe(true);
    expect(fs.existsSync(path.join(dist, 'pagefind'))).toBe(false);
  });

  it('keeps excerpt text out of the index words and the folded terms out of the results (src/search/fragment-excerpts.ts)', () => {
    const root = path.join(dist, 'search-index');
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8')) as {
      shards: Array<{ dir: string }>;
    };
    const bundle = path.join(root, manifest.shards[0]!.dir);
    const fragments = bundleFragments(bundle).map((f) => f.fragment);
    expect(fragments.length).toBeGreaterThan(30);
    for (const fragment of fragments) {
      expect(fragment.content).toBe('');
      expect(fragment.meta.text?.length).toBeGreaterThan(0);
    }
    // A sentence of a body's first lines is in its result's text but, as one index word, nowhere in the index.
    const phrase = fragments
      .map((fragment) => fragment.meta.text ?? '')
      .flatMap((text) => text.slice(text.indexOf('\n')).split(/[^\p{Script=Han}]/u))
      .find((part) => part.length >= 6)!;
    expect(phrase).toBeTruthy();
    const index = fs
      .readdirSync(path.join(bundle, 'index'))
      .map((f) => gunzipSync(fs.readFileSync(path.join(bundle, 'index', f))).toString('utf8'));
    expect(index.some((chunk) => chunk.includes(phrase))).toBe(false);
  });
});

describe('a content error', () => {
  it('stops the build before anything is written, naming file, field, expected and found', async () => {
    const { buildSite } = await import('../support/build-site.ts');
    const { writeFixtureContent } = await import('../support/fixture-content.ts');
    const { testTmp } = await import('../support/paths.ts');
    const content = path.join(testTmp, 'broken-content');
    const out = path.join(testTmp, 'broken-dist');
    writeFixtureContent(content);
    fs.rmSync(out, { recursive: true, force: true });
    const file = path.join(content, 'policies', '2025', 'freight-rules.md');
    fs.writeFileSync(
      file,
      fs
        .readFileSync(file, 'utf8')
        .replace('示交规〔2025〕2号', '示交规〔2025〕02号')
        .replace('kind: 行政规范性文件', 'kind: 规范性文件'),
    );
    const result = buildSite(content, out);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('policies/2025/freight-rules.md');
    expect(result.output).toContain('发文字号（docNo）');
    expect(result.output).toContain('序号不能以0开头');
    expect(result.output).toContain('"示交规〔2025〕02号"');
    // Both problems are reported in one run, not only the first.
    expect(result.output).toContain('文件类别（kind）');
    expect(result.output).toContain(
      '应为以下之一（简体、繁體均可）：规章（規章）、行政规范性文件（行政規範性文件）、其他文件',
    );
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('npm run check', () => {
  it('lists every problem without building and exits non-zero', async () => {
    const { spawnSync } = await import('node:child_process');
    const { writeFixtureContent } = await import('../support/fixture-content.ts');
    const { projectRoot, testTmp } = await import('../support/paths.ts');
    const content = path.join(testTmp, 'check-content');
    writeFixtureContent(content);
    const file = path.join(content, 'news', 'meeting.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('column: zwdt', 'column: dongtai'));
    const run = spawnSync(process.execPath, [path.join(projectRoot, 'src/integrations/check-cli.ts')], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, GONGKAI_CONTENT_DIR: content },
    });
    expect(run.status).toBe(1);
    // The problem starts with file:line (column is line 3 of meeting.md).
    expect(run.stdout).toContain(
      `${path.join(path.relative(projectRoot, content), 'news', 'meeting.md')}:3 栏目（column）`,
    );
    expect(run.stdout).toContain('zwdt（政务动态）');
    // The fixture's 不予公开 entry is a notice, not a problem; its blank and stale columns are 检查指标 reminders;
    // its one attachment is an untagged PDF, which a screen reader cannot read (a warning).
    expect(run.stdout).toMatch(/检查了 \d+ 个条目，用时 [\d.]+ 秒：1 个错误，1 个提醒，\d+ 条栏目更新提醒，1 条说明。/);
    expect(run.stdout).toContain('条栏目更新提醒（检查指标，不影响生成）：');
  });
});

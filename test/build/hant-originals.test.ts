/**
 * A 繁體 original in the built sample site (content/policies/2026/
 * hk-macao-vehicles-notice.md, issue 18): detected and named in the check's
 * notices; published as written on the 繁體 page; converted (t2s, phrase
 * level) on the simplified page under a note linking the original; lang and
 * hreflang right; its 繁體 metadata stored simplified; every line of a
 * 繁體 page in one script; one search record, found in both scripts, marked
 * as 繁體 for the search page.
 */
import { load, type CheerioAPI } from 'cheerio';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';
import { CONVERTED_NOTE } from '../../src/hant/original-body.ts';
import { countScriptChars, toSimplified } from '../../src/utils/han-script.ts';
import { renderMarkdown } from '../../src/markdown/render-body.ts';
import { readPage, sitePages } from '../support/html.ts';
import { projectRoot, sampleDist } from '../support/paths.ts';

const SOURCE = path.join(projectRoot, 'content/policies/2026/hk-macao-vehicles-notice.md');
const TITLE = '示例省交通運輸廳關於港澳機動車入出本省道路通行服務有關事項的通知';
const source = fs.readFileSync(SOURCE, 'utf8');
const body = source.slice(source.indexOf('---', 3) + 4);

/** The simplified page of the 繁體 original, found by its title. */
function originalPage(): string {
  const file = sitePages(sampleDist).find(
    (f) => /^\/xxgk\/[^/]+\/index\.html$/.test(f) && readPage(sampleDist, f)('h1').attr('data-hant') === TITLE,
  );
  if (!file) throw new Error('the 繁體 original has no page');
  return file;
}
const pair = (file: string): [CheerioAPI, CheerioAPI] => [
  readPage(sampleDist, file),
  readPage(sampleDist, `/zh-hant${file}`),
];
const raw = (file: string) => fs.readFileSync(path.join(sampleDist, file), 'utf8');

describe('a 繁體 original', () => {
  it('is named in the check’s notices, with the rule and the counts', () => {
    const report = checkContent(path.join(projectRoot, 'content'));
    const notices = report.notices.filter((n) => n.file.endsWith('hk-macao-vehicles-notice.md'));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.field).toBe('正文字体（script）');
    expect(notices[0]!.found).toMatch(/^按正文判断为繁體（繁體字 \d+ 个、简体字 \d+ 个；.*90%/);
    // Only 繁體 or mixed bodies get a notice: the simplified documents none.
    expect(report.notices.filter((n) => n.field === '正文字体（script）')).toHaveLength(1);
    // Its 繁體 metadata is stored as the one simplified value.
    const entry = report.entries.find((e) => e.path === SOURCE)!;
    expect(entry.data).toMatchObject({ topic: '工业、交通\\公路', title: TITLE });
  });

  it('is published byte for byte on the 繁體 page, without the note', () => {
    const file = originalPage();
    const [, hant] = pair(file);
    const original = renderMarkdown(body);
    expect(raw(`/zh-hant${file}`)).toContain(`data-hant-body>${original}</article>`);
    const text = hant('article.doc-body').text();
    // The words s2t would have changed are as the department wrote them.
    for (const w of [
      '服務平台',
      '發布辦理指南',
      '占用車道',
      '了解通行規則',
      '納入年度考核',
      '證明裏',
      '過程裡',
      '著力',
      '隨着',
    ])
      expect(text, w).toContain(w);
    for (const w of ['平臺', '發佈', '佔用', '瞭解', '考覈']) expect(text, w).not.toContain(w);
    expect(hant('h1').text()).toBe(TITLE);
    expect(hant('title').text()).toBe(`${TITLE}_示例省交通運輸廳`);
    // The title row of the metadata block (under 更多信息).
    expect(hant('.doc-meta-more td').first().text()).toBe(TITLE);
    // Description and keywords for search engines: as written too, not converted a second time.
    const summary = /^summary: (.*)$/m.exec(source)![1]!;
    expect(hant('meta[name="description"]').attr('content')).toBe(summary);
    expect(hant('meta[name="Description"]').attr('content')).toBe(summary);
    expect(hant('meta[name="Keywords"]').attr('content')).toBe('港澳機動車,入境通行,服務平台');
    expect(hant('.script-note').length).toBe(0);
    expect(hant('template').length).toBe(0);
    expect(hant('html').attr('lang')).toBe('zh-Hant');
  });

  it('is converted on the simplified page under a note linking the original', () => {
    const file = originalPage();
    const [hans] = pair(file);
    const original = load(renderMarkdown(body), null, false);
    expect(hans('article.doc-body').text()).toBe(toSimplified(original.text()));
    expect(hans('article.doc-body').text()).toContain('服务平台');
    expect(hans('h1').text()).toBe(toSimplified(TITLE));
    expect(hans('meta[name="description"]').attr('content')).toBe(toSimplified(/^summary: (.*)$/m.exec(source)![1]!));
    expect(hans('title').text()).toBe(`${toSimplified(TITLE)}_示例省交通运输厅`);
    const note = hans('p.script-note');
    expect(note.text()).toBe(CONVERTED_NOTE);
    expect(note.find('a').attr('href')).toBe(`/zh-hant${file.replace(/index\.html$/, '')}`);
    expect(note.find('a').attr('hreflang')).toBe('zh-Hant');
    // The original travels in a template marked as 繁體; nothing else on the page is in 繁體 but the switch.
    expect(hans('template[data-hant-original]').attr('lang')).toBe('zh-Hant');
    expect(hans('html').attr('lang')).toBe('zh-CN');
  });

  it('names both pages with hreflang, as every page does', () => {
    const file = originalPage();
    for (const $ of pair(file)) {
      const alternates = Object.fromEntries(
        $('link[rel="alternate"]')
          .map((_i, l) => [[$(l).attr('hreflang'), $(l).attr('href')]])
          .get() as Array<[string, string]>,
      );
      expect(alternates['zh-Hans']).toBe(`https://jtt.shili.gov.cn${file.replace(/index\.html$/, '')}`);
      expect(alternates['zh-Hant']).toBe(`https://jtt.shili.gov.cn/zh-hant${file.replace(/index\.html$/, '')}`);
    }
  });

  it('shows its title converted in the lists of the simplified pages and as written on the 繁體 ones', () => {
    const lists = sitePages(sampleDist).filter(
      (f) => !f.startsWith('/zh-hant/') && raw(f).includes(`data-hant="${TITLE}"`),
    );
    expect(lists.length).toBeGreaterThan(1);
    for (const file of lists) {
      const [hans, hant] = pair(file);
      expect(hans(`[data-hant="${TITLE}"]`).first().text(), file).toBe(toSimplified(TITLE));
      expect(hant(`[data-hant="${TITLE}"]`).first().text(), file).toBe(TITLE);
    }
  });
});

describe('every line of a 繁體 page in one script', () => {
  /** Text nodes with characters that exist only in 简体, outside elements marked lang="zh-Hans" and code. */
  function simplifiedLines($: CheerioAPI): string[] {
    const found: string[] = [];
    $('body *')
      .contents()
      .each((_i, node) => {
        if (node.type !== 'text') return;
        const parent = $(node).parent();
        if (parent.closest('[lang="zh-Hans"], script, style, code, pre, [data-hant-keep]').length) return;
        if (countScriptChars(node.data).simplified > 0) found.push(node.data.trim());
      });
    return found;
  }

  it('holds on the pages of the 繁體 original, a simplified document, the home page, lists and 互动交流', () => {
    const document = sitePages(sampleDist).find(
      (f) => /^\/xxgk\/[^/]+\/index\.html$/.test(f) && readPage(sampleDist, f)('.doc-no').text().startsWith('示交规'),
    )!;
    for (const file of [
      originalPage(),
      document,
      '/index.html',
      '/xwzx/tzgg/index.html',
      '/hdjl/lxxd/index.html',
      '/sjqd/xzcf/index.html',
    ]) {
      const [hans, hant] = pair(file);
      expect(simplifiedLines(hant), file).toEqual([]);
      // The same look at the simplified page finds its lines: the check can fail.
      expect(simplifiedLines(hans).length, file).toBeGreaterThan(3);
    }
  });
});

describe('search', () => {
  it('publishes the character map the 繁體 search page shows results with, once, outside the 繁體 pages', () => {
    const dir = path.join(sampleDist, 'search-index');
    expect(fs.existsSync(path.join(dir, 's2t.gkz'))).toBe(true);
    expect(fs.existsSync(path.join(sampleDist, 'zh-hant', 'search-index'))).toBe(false);
  });
});

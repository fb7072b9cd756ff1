/**
 * No double conversion: the 繁體 twin of a page whose body is a 繁體 original
 * shows that original character for character (and byte for byte as
 * rendered), whatever the text and whichever character standard the site
 * chose; its title too. Property tests over generated and real-shaped 繁體
 * text with the characters OpenCC's s2t would change (平台→平臺, 發布→發佈,
 * 占→佔, 了解→瞭解, 考核→考覈, 裡/裏, 著/着).
 */
import { load } from 'cheerio';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createConverter, type HantStandard } from '../../src/hant/converter.ts';
import { CONVERTED_NOTE, convertedNote, originalBodyMarkup, originalPart } from '../../src/hant/original-body.ts';
import { rewritePage } from '../../src/hant/rewrite-page.ts';
import { scriptOnlySets, toSimplified } from '../../src/utils/han-script.ts';
import { renderMarkdown } from '../../src/markdown/render-body.ts';

/** Cases per property; the closing note of issue 18 quotes the total. */
export const RUNS = 400;

const converters = Object.fromEntries(
  (['t', 'tw', 'hk'] as HantStandard[]).map((s) => [s, createConverter({ standard: s })]),
) as Record<HantStandard, ReturnType<typeof createConverter>>;

/** Words a 繁體 government text is made of, the traps of s2t among them. */
const WORDS = [
  '平台',
  '服務平台',
  '發布',
  '公開發布',
  '占',
  '占用',
  '了解',
  '考核',
  '年度考核',
  '裡',
  '這裡',
  '裏',
  '證明裏',
  '著',
  '著力',
  '着',
  '隨着',
  '示例省交通運輸廳',
  '關於',
  '港澳機動車',
  '通知',
  '為',
  '爲',
  '於',
  '與',
  '臺灣',
  '台灣',
  '後',
  '乾淨',
  '干擾',
  '幹部',
  '里程',
  '公里',
  '，',
  '。',
  '、',
  '；',
  '「',
  '」',
  '（一）',
  '2025年',
  '12328',
  ' ',
  'A&B',
  '<x>',
  '"',
];
const traditionalOnly = [...scriptOnlySets().traditional];
const word = fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...traditionalOnly));
const sentence = fc.array(word, { minLength: 1, maxLength: 40 }).map((w) => w.join('').trim() || '平台');
const markdownBody = fc
  .array(sentence, { minLength: 1, maxLength: 6 })
  .map((paragraphs) => paragraphs.map((p, i) => (i % 3 === 1 ? `## ${p}` : p)).join('\n\n'));

const escapeAttribute = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** A simplified page carrying a 繁體 original, as the layout and DocumentBody.astro write it. */
function simplifiedPage(title: string, body: string): string {
  const twin = '/zh-hant/xxgk/a/';
  const shown = toSimplified(title);
  return (
    `<!doctype html><html lang="zh-CN"><head><title data-hant="${escapeAttribute(`${title}_示例省交通運輸廳`)}">${escapeAttribute(shown)}_示例省交通运输厅</title></head>` +
    `<body><main><h1 data-hant="${escapeAttribute(title)}">${escapeAttribute(shown)}</h1>${originalBodyMarkup(body, twin)}<p>发布机构</p></main></body></html>`
  );
}

describe('the twin of a 繁體 original', () => {
  it.each(['t', 'tw', 'hk'] as HantStandard[])(
    'equals the original character for character (standard %s)',
    (standard) => {
      fc.assert(
        fc.property(sentence, markdownBody, (title, source) => {
          const original = renderMarkdown(source);
          const twin = rewritePage(simplifiedPage(title, original), {
            pagePath: '/xxgk/a/',
            base: '/',
            convert: converters[standard],
          });
          const $ = load(twin);
          const originalText = load(original).text();
          expect($('article[data-hant-body]').html()).toBe(load(original, null, false).html());
          expect(twin).toContain(`data-hant-body>${original}</article>`);
          expect($('article').text()).toBe(originalText);
          expect($('h1').text()).toBe(title);
          expect($('title').text()).toBe(`${title}_示例省交通運輸廳`);
          expect($('template').length).toBe(0);
          expect(twin).not.toContain(CONVERTED_NOTE);
          // The rest of the page is converted as usual.
          expect($('main > p').last().text()).toBe(converters[standard]('发布机构'));
        }),
        { numRuns: RUNS },
      );
    },
  );

  it('would be changed by s2t, which is why the original is kept and not converted again', () => {
    const text = '服務平台發布了解考核情況，占比；證明裏、這裡著力';
    expect(converters.t(text)).not.toBe(text);
    const twin = rewritePage(simplifiedPage('平台考核', `<p>${text}</p>`), {
      pagePath: '/xxgk/a/',
      base: '/',
      convert: converters.t,
    });
    expect(load(twin)('article').text()).toBe(text);
  });

  it('keeps the simplified page converted at phrase level, under the note linking the original', () => {
    const page = load(simplifiedPage('港澳機動車通知', renderMarkdown('服務平台發布了解考核情況，證明裏著重說明')));
    expect(page('article').text().trim()).toBe('服务平台发布了解考核情况，证明里着重说明');
    expect(page('p.script-note').text()).toBe(CONVERTED_NOTE);
    expect(page('p.script-note a').attr('href')).toBe('/zh-hant/xxgk/a/');
    expect(page('template').attr('lang')).toBe('zh-Hant');
    expect(page('h1').text()).toBe('港澳机动车通知');
  });

  it('puts back each piece of a 繁體 report between its tables, in order', () => {
    const intro = '<p>本報告依據《條例》編製，服務平台發布。</p>';
    const heading = '<h2 id="a">一、總體情況</h2>';
    const section =
      '<p>了解考核情況，占比提高。</p><div class="table-scroll"><table><tr><td>裡</td></tr></table></div><p>著力</p>';
    const page = `<main>${convertedNote('/zh-hant/xxgk/a/')}${originalPart(intro)}${originalPart(heading)}<table><tr><td>表二</td></tr></table>${originalPart(section)}</main>`;
    const simplified = load(page);
    expect(
      simplified('.hant-part')
        .map((_i, el) => simplified(el).text())
        .get(),
    ).toEqual(['本报告依据《条例》编制，服务平台发布。', '一、总体情况', '了解考核情况，占比提高。里着力']);
    const twin = rewritePage(page, { pagePath: '/xxgk/a/', base: '/', convert: converters.t });
    expect(twin).toBe(
      `<main><div class="hant-part" data-hant-body>${intro}</div><div class="hant-part" data-hant-body>${heading}</div><table><tr><td>表二</td></tr></table><div class="hant-part" data-hant-body>${section}</div></main>`,
    );
  });
});

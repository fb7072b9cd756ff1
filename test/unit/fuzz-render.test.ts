/**
 * Fuzzing the body renderer (src/markdown/render-body.ts) with hostile
 * Markdown: whatever an editor (or an attacker with commit rights) writes
 * in a .md body, the page gets no script, no event handler, no embedded
 * frame or style and no script URL. Raw HTML is shown as text.
 */
import * as cheerio from 'cheerio';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/markdown/render-body.ts';
import { fileText, hostileBody, HOSTILE_MARKDOWN } from '../support/hostile.ts';

const FORBIDDEN_ELEMENTS =
  'script, style, iframe, frame, object, embed, svg, math, form, input:not([type=checkbox]), textarea, link, meta, base, details';
const SCRIPT_URL = /^\s*(javascript|vbscript|data\s*:\s*text\/html)\s*:?/i;

let cases = 0;

/** The problems of one rendered page: what would run or change the page. */
function unsafeParts(html: string): string[] {
  const $ = cheerio.load(html);
  const found: string[] = [];
  $(FORBIDDEN_ELEMENTS).each((_i, el) => void found.push(`<${(el as { tagName: string }).tagName}>`));
  $('*').each((_i, el) => {
    for (const [name, value] of Object.entries((el as { attribs?: Record<string, string> }).attribs ?? {})) {
      if (/^on/i.test(name)) found.push(`${name}=`);
      if (
        ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name) &&
        SCRIPT_URL.test(value.replace(/[\u0000-\u001f]/g, ''))
      ) {
        found.push(`${name}="${value}"`);
      }
    }
  });
  // Outside attribute values (where < is plain text and " is always escaped), no < starts a script tag.
  if (/<\s*script/i.test(html.replace(/="[^"]*"/g, '=""'))) found.push('<script in the HTML');
  return found;
}

describe('body renderer under hostile Markdown', () => {
  afterAll(() => {
    console.log(`fuzz: ${cases} Markdown bodies rendered`);
  });

  it('renders each known attack as text, not as markup', () => {
    for (const attack of HOSTILE_MARKDOWN) {
      cases++;
      expect(unsafeParts(renderMarkdown(fileText({ title: 'x' }, attack))), attack).toEqual([]);
    }
    // Raw HTML stays visible as text, so the editor sees what went wrong.
    const $ = cheerio.load(renderMarkdown(fileText({ title: 'x' }, '<script>alert(1)</script>')));
    expect($.text()).toContain('<script>alert(1)</script>');
    // A script link keeps its text, without the link; a script image its alt text.
    const link = cheerio.load(
      renderMarkdown(
        fileText({ title: 'x' }, '[点这里](javascript:alert(1)) ![流程图](javascript:x) [政府网](https://www.gov.cn/)'),
      ),
    );
    expect(link('p').text()).toBe('点这里 流程图 政府网');
    expect(
      link('a')
        .map((_i, a) => link(a).attr('href'))
        .get(),
    ).toEqual(['https://www.gov.cn/']);
    expect(link('img')).toHaveLength(0);
  });

  it('never lets a script, handler or script URL through, whatever the body', () => {
    fc.assert(
      fc.property(hostileBody, (body) => {
        cases++;
        const html = renderMarkdown(fileText({ title: 'x' }, body));
        expect(typeof html).toBe('string');
        expect(unsafeParts(html)).toEqual([]);
      }),
      { numRuns: 600, seed: 7 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { headingsOf } from './page-toc.ts';

describe('本页目录 headings', () => {
  it('keeps existing ids, adds missing ones and strips markup from the text', () => {
    const { html, entries } = headingsOf('<h2 id="a">一、<em>总体</em>情况</h2><p>x</p><h2 class="k">二、其他</h2>');
    expect(entries).toEqual([
      { id: 'a', text: '一、总体情况' },
      { id: 'section-2', text: '二、其他' },
    ]);
    expect(html).toContain('<h2 id="section-2" class="k">二、其他</h2>');
  });

  it('leaves the headings of a template (a 繁體 original carried for the 繁體 pass) alone', () => {
    const original = '<template data-hant-original lang="zh-Hant"><h2>一、適用範圍</h2></template>';
    const { html, entries } = headingsOf(`<h2>一、适用范围</h2>${original}`);
    expect(entries).toEqual([{ id: 'section-1', text: '一、适用范围' }]);
    expect(html).toBe(`<h2 id="section-1">一、适用范围</h2>${original}`);
  });
});

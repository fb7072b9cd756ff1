/**
 * The text the index holds (Markdown/MDX without markup) and the excerpts
 * the search page builds from it: escaped HTML with the hits marked.
 */
import { describe, expect, it } from 'vitest';
import { buildCharMap } from '../../src/utils/search-char-map.ts';
import { markdownToText } from '../../src/search/plain-text.ts';
import { buildExcerpt } from '../../src/browser/search/excerpt.ts';

const t2s = buildCharMap();

describe('markdownToText', () => {
  const source = [
    '---',
    'title: 不应出现的标题',
    'publishDate: "2025-01-01 10:00"',
    '---',
    '',
    "import Chart from '../components/Chart.astro';",
    'export const meta = { secret: 1 };',
    '',
    '# 第一章 总则',
    '',
    '### 第二节 适用范围',
    '',
    '本办法所称**道路运输**是指*货物*运输，详见[交通运输部网站](https://www.mot.gov.cn/xxgk/)。',
    '',
    '![道路运输示意图](./images/road.png "图题")',
    '',
    '<!-- 编辑注释：不要发布 -->',
    '',
    '<Chart data={[1, 2, 3]} />',
    '',
    '<div class="note">提示内容</div>',
    '',
    '| 项目 | 金额（万元） |',
    '| :--- | ---: |',
    '| 基本支出 | 1,234.5 |',
    '| 项目支出 | 678 |',
    '',
    '> 引用的话',
    '',
    '- 列表一',
    '1. 编号一',
    '',
    '~~删除~~ __粗体__ `代码`',
    '',
  ].join('\n');
  const text = markdownToText(source);

  it('drops the frontmatter', () => {
    expect(text).not.toContain('不应出现的标题');
    expect(text).not.toContain('publishDate');
    expect(text).not.toContain('---');
    expect(markdownToText('---\ntitle: x\n---')).toBe('');
    expect(markdownToText('\uFEFF---\r\ntitle: x\r\n---\r\n正文')).toBe('正文');
  });

  it('keeps a thematic break that is not frontmatter out of the text', () => {
    expect(markdownToText('第一段\n\n---\n\n第二段')).toBe('第一段\n第二段');
  });

  it('removes heading marks and keeps the heading text', () => {
    expect(text.startsWith('第一章 总则\n第二节 适用范围\n')).toBe(true);
    expect(text).not.toContain('#');
  });

  it('removes emphasis and keeps link text without the address', () => {
    expect(text).toContain('本办法所称道路运输是指货物运输，详见交通运输部网站。');
    expect(text).not.toContain('mot.gov.cn');
    expect(text).not.toMatch(/[*_~`[\]()]/);
    expect(text).toContain('删除 粗体 代码');
  });

  it('keeps the alt text of images', () => {
    expect(text).toContain('道路运输示意图');
    expect(text).not.toContain('road.png');
    expect(markdownToText('[![图一](a.png)](b.html)')).toBe('图一');
  });

  it('keeps the cell text of tables without pipes or the delimiter row', () => {
    expect(text).toContain('项目 金额（万元） 基本支出 1,234.5 项目支出 678');
    expect(text).not.toContain('|');
    expect(text).not.toMatch(/:?-{3}/);
  });

  it('drops MDX import/export lines, JSX tags and HTML comments, keeping text inside tags', () => {
    expect(text).not.toMatch(/import|export|Chart|secret|components/);
    expect(text).not.toContain('编辑注释');
    expect(text).not.toContain('<');
    expect(text).not.toContain('class=');
    expect(text).toContain('提示内容');
  });

  // an import or export is removed, so a multi-line MDX import leaks its names.
  it('drops a multi-line MDX import', () => {
    const mdx = ['import {', '  Chart,', '  Table,', "} from '../components/index.ts';", '', '正文'].join('\n');
    expect(markdownToText(mdx)).toBe('正文');
  });

  it('removes quote and list markers', () => {
    expect(text).toContain('引用的话\n列表一\n编号一\n');
    for (const line of text.split('\n')) expect(line).not.toMatch(/^\s*(>|[-*+]\s|\d+[.)]\s)/);
  });

  it('collapses blank lines and spaces', () => {
    expect(text).not.toMatch(/\n\n|[ \t]{2,}|^\s|\s$/);
  });
});

const marks = (html: string) => [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]);

describe('buildExcerpt', () => {
  it('marks the hits in the body', () => {
    const text = '关于许可的通知\n本办法适用于道路运输经营活动。';
    const html = buildExcerpt({ text, query: '道路运输', t2s });
    expect(html).toBe('本办法适用于<mark>道路运输</mark>经营活动。');
  });

  it('merges overlapping pair hits into one mark', () => {
    const text = '标题\n本办法适用于道路运输经营活动。';
    // 道路运输 and its pairs 道路, 路运, 运输 all occur: one mark over the phrase.
    const html = buildExcerpt({ text, query: '道路运输', t2s });
    expect(marks(html)).toEqual(['道路运输']);
    expect(html).toBe('本办法适用于<mark>道路运输</mark>经营活动。');
  });

  it('marks separate hits separately', () => {
    const text = '标题\n道路运输和水路运输';
    const html = buildExcerpt({ text, query: '运输', t2s });
    expect(marks(html)).toEqual(['运输', '运输']);
  });

  it('marks the original characters of traditional text', () => {
    const text = '標題\n本辦法適用於道路運輸經營活動。';
    const html = buildExcerpt({ text, query: '道路运输', t2s });
    expect(html).toBe('本辦法適用於<mark>道路運輸</mark>經營活動。');
  });

  it('escapes HTML in the text', () => {
    const text = '<b>标题</b>\n<script>alert("道路")</script> & 道路运输 "引号"';
    const html = buildExcerpt({ text, query: '道路', t2s });
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>');
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;<mark>道路</mark>&quot;)&lt;/script&gt; &amp; <mark>道路</mark>运输 &quot;引号&quot;',
    );
    expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/[<>"]/);
    // Without hits as well.
    const plain = buildExcerpt({ text, query: '无关', t2s });
    expect(plain).toBe('&lt;script&gt;alert(&quot;道路&quot;)&lt;/script&gt; &amp; 道路运输 &quot;引号&quot;');
  });

  it('ignores hits in the title when placing the window', () => {
    const body = `${'甲'.repeat(100)}道路${'乙'.repeat(100)}`;
    const text = `道路运输管理\n${body}`;
    const html = buildExcerpt({ text, query: '道路', t2s, length: 40 });
    // The window is around the body hit, a quarter of its length before it.
    expect(html).toBe(`…${'甲'.repeat(10)}<mark>道路</mark>${'乙'.repeat(28)}…`);
  });

  it('falls back to the start of the body when only the title matches', () => {
    const text = `道路运输管理\n${'正文'.repeat(60)}`;
    const html = buildExcerpt({ text, query: '道路', t2s });
    expect(html).toBe(`${'正文'.repeat(45)}…`);
    expect(html).not.toContain('<mark>');
    expect(html).not.toContain('道路');
  });

  it('falls back to the whole short body, without an ellipsis, when there are no hits', () => {
    expect(buildExcerpt({ text: '标题\n短正文。', query: '无关', t2s })).toBe('短正文。');
    // A hit in the title only is not marked in the body.
    expect(buildExcerpt({ text: '标题\n短正文。', query: '标题', t2s })).toBe('短正文。');
  });

  it('adds an ellipsis only where the text is cut', () => {
    const start = `标题\n道路${'丙'.repeat(20)}`;
    expect(buildExcerpt({ text: start, query: '道路', t2s })).toBe(`<mark>道路</mark>${'丙'.repeat(20)}`);
    const long = `标题\n${'丁'.repeat(50)}道路${'戊'.repeat(200)}`;
    const html = buildExcerpt({ text: long, query: '道路', t2s });
    expect(html.startsWith('…')).toBe(true);
    expect(html.endsWith('…')).toBe(true);
    expect(html.replace(/<\/?mark>|…/g, '')).toHaveLength(90);
    const end = `标题\n${'丁'.repeat(50)}道路`;
    const tail = buildExcerpt({ text: end, query: '道路', t2s });
    expect(tail).toBe(`…${'丁'.repeat(22)}<mark>道路</mark>`);
  });

  // are UTF-16 offsets and can fall inside a surrogate pair, leaving half of
  // an astral character (e.g. 𠀀, common in names) in the excerpt.
  it('never cuts an astral character in half', () => {
    const text = `标题\n${'𠀀'.repeat(30)}的道路${'𠀁'.repeat(60)}`;
    const html = buildExcerpt({ text, query: '道路', t2s });
    expect(html).toContain('<mark>道路</mark>');
    expect(html.isWellFormed()).toBe(true);
  });
});

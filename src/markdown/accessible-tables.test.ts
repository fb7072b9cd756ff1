import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render-body.ts';

describe('Markdown tables', () => {
  it('give each scroll region a distinct name: the caption, or the header row when there is none', () => {
    const $ = load(
      renderMarkdown(
        '**表1 运输量**\n\n| 年度 | 万吨 |\n| --- | --- |\n| 2025 | 1 |\n\n| 申请方式 | 办理说明 |\n| --- | --- |\n| 信函 | 邮寄 |\n\n| 提交方式 | 起算日期 |\n| --- | --- |\n| 当面 | 当日 |\n',
      ),
    );
    expect(
      $('.table-scroll')
        .map((_i, el) => $(el).attr('aria-label'))
        .get(),
    ).toEqual(['表1 运输量', '表格：申请方式、办理说明', '表格：提交方式、起算日期']);
  });
});

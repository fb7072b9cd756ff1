/** The news schema: column, source and a short summary. */
import { describe, expect, it } from 'vitest';
import { newsSchema } from '../../../src/schemas/news.ts';
import { expectOneProblem, parsed, problemsOf } from '../../support/schema-problems.ts';

const goodNews = {
  title: '召开全省道路运输安全工作会议',
  column: 'zwdt',
  publishDate: '2025-04-02 16:20',
  source: '办公室',
};

describe('news schema', () => {
  it('accepts a good news item', () => {
    expect(parsed(newsSchema, goodNews)).toEqual(goodNews);
    expect(parsed(newsSchema, { ...goodNews, publishDate: '2025-04-02' }).publishDate).toBe('2025-04-02 00:00');
  });

  it('requires a column', () => {
    const { column: _omit, ...noColumn } = goodNews;
    expectOneProblem(
      newsSchema,
      noColumn,
      {
        field: '栏目（column）',
        expected: '必填项；应填写新闻栏目代码（见 content/site.yaml 的 newsColumns），例如 zwdt',
        found: '未填写',
      },
      'content/news/x.md',
    );
  });

  it('requires a source and limits the summary to 300 characters', () => {
    const { source: _omit, ...noSource } = goodNews;
    expectOneProblem(newsSchema, noSource, {
      field: '来源（source）',
      expected: '必填项；应填写来源单位',
      found: '未填写',
    });
    expect(problemsOf(newsSchema, { ...goodNews, summary: '字'.repeat(301) })[0]).toMatchObject({
      expected: '摘要不能超过300字',
    });
  });
});

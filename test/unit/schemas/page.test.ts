/** The pages schema: stand-alone pages carry an updated date, not a publish time. */
import { describe, expect, it } from 'vitest';
import { pageSchema } from '../../../src/schemas/page.ts';
import { FILE, expectOneProblem, parsed, problemsOf } from '../../support/schema-problems.ts';

const goodPage = { title: '政府信息公开指南', updated: '2025-01-01' };

describe('pages schema', () => {
  it('accepts a good page, reading a YAML Date', () => {
    expect(parsed(pageSchema, { ...goodPage, updated: new Date('2025-01-01T00:00:00Z') })).toEqual({
      title: '政府信息公开指南',
      updated: '2025-01-01',
      showContact: false,
    });
  });

  it('requires the updated date', () => {
    expectOneProblem(
      pageSchema,
      { title: '关于我们' },
      {
        field: '更新日期（updated）',
        expected: '必填项；应填写日期，格式 YYYY-MM-DD，例如 2024-03-08',
        found: '未填写',
      },
      'content/pages/about.md',
    );
  });

  it('rejects an updated date with a time', () => {
    const problems = problemsOf(pageSchema, { ...goodPage, updated: '2025-01-01 10:00' });
    // Every problem is about this field and shows what was written.
    expect(problems.every((p) => p.field === '更新日期（updated）' && p.found === '"2025-01-01 10:00"')).toBe(true);
    expect(problems).toContainEqual({
      file: FILE,
      field: '更新日期（updated）',
      expected: '应为日期，格式 YYYY-MM-DD，例如 2024-03-08',
      found: '"2025-01-01 10:00"',
    });
  });
});

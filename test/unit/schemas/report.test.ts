/** The reports schema: report type and report year (the 年报 statistics have their own tests). */
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../../src/schemas/report.ts';
import { validStatistics } from '../../support/annual-statistics.ts';
import { baseDocument, expectOneProblem, parsed, problemsOf } from '../../support/schema-problems.ts';

const goodReport = { ...baseDocument, reportType: '年度报告', year: 2024, statistics: validStatistics('2021') };

describe('reports schema', () => {
  it('accepts a good report', () => {
    const out = parsed(reportSchema, goodReport);
    expect(out.year).toBe(2024);
    expect(out.reportType).toBe('年度报告');
    expect(out.publishDate).toBe('2025-03-08 00:00');
    expect(out.disclosure).toBe('主动公开');
    expect(parsed(reportSchema, { ...goodReport, year: 2008, statistics: undefined }).year).toBe(2008);
  });

  it('rejects a year written as a string', () => {
    expectOneProblem(
      reportSchema,
      { ...goodReport, year: '2024' },
      {
        field: '报告年度（year）',
        expected: '应为四位数年份，例如 2024',
        found: '"2024"',
      },
    );
  });

  it('rejects a year before the regulation took effect', () => {
    expectOneProblem(
      reportSchema,
      { ...goodReport, year: 2001, statistics: undefined },
      {
        field: '报告年度（year）',
        expected: '应为2008年（条例施行）以后的年份',
        found: '2001（数字）',
      },
    );
  });

  it('rejects a fractional year and a five-digit year', () => {
    expect(problemsOf(reportSchema, { ...goodReport, year: 2024.5 })[0]).toMatchObject({
      field: '报告年度（year）',
      expected: '应为四位数年份，例如 2024',
    });
    expect(problemsOf(reportSchema, { ...goodReport, year: 20240 })[0]).toMatchObject({
      expected: '应为四位数年份，例如 2024',
      found: '20240（数字）',
    });
  });

  it('rejects an unknown report type', () => {
    expectOneProblem(
      reportSchema,
      { ...goodReport, reportType: '月报' },
      {
        field: '报告类别（reportType）',
        expected:
          '应为以下之一（简体、繁體均可）：年度报告（年度報告）、工作要点（工作要點）、预决算（預決算）、其他报告（其他報告）',
        found: '"月报"',
      },
    );
  });
});

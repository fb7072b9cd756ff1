import { describe, expect, it, vi } from 'vitest';
import { validStatistics } from '../../test/support/annual-statistics.ts';
import { entry, setEntries } from '../../test/support/mock-content.ts';

vi.mock('astro:content', () => import('../../test/support/mock-content.ts').then((m) => m.astroContent));
vi.mock('astro:config/client', () => ({ base: '/' }));

const annual = (id: string, year: number, statistics?: unknown) =>
  entry('reports', id, {
    title: `${year}年政府信息公开工作年度报告`,
    reportType: '年度报告',
    year,
    publishDate: `${year + 1}-01-20 09:00`,
    ...(statistics ? { statistics } : {}),
  });

describe('getAnnualReports', () => {
  it('lists the 年报 newest year first and counts the catalogue for those with statistics', async () => {
    setEntries([
      annual('2018-nb', 2018),
      annual('2024-nb', 2024, validStatistics('2021')),
      entry('policies', '2024/rule', { kind: '规章', publishDate: '2024-05-01 09:00' }),
      entry('policies', '2024/norm', { kind: '行政规范性文件', publishDate: '2024-06-01 09:00' }),
      entry('policies', '2023/rule', { kind: '规章', publishDate: '2023-05-01 09:00' }),
      entry('reports', 'plan', { reportType: '工作要点', publishDate: '2024-02-01 09:00' }),
    ]);
    vi.resetModules();
    const { reports, withStatistics, byItem } = await (await import('./annual-reports.ts')).getAnnualReports();
    expect(reports.map((r) => r.year)).toEqual([2024, 2018]);
    expect(reports[1]!.statistics).toBeUndefined();
    expect(reports[1]!.catalogue).toBeUndefined();
    expect(withStatistics.map((r) => r.year)).toEqual([2024]);
    const stats = withStatistics[0]!.catalogue;
    expect(stats.publishedTotal).toBe(3); // the two policies and the 工作要点 of 2024, not 2023's rule
    expect(stats.published.get('zcwj')).toBe(2);
    expect(withStatistics[0]!.categories.length).toBeGreaterThan(0);
    expect(byItem.get(reports[0]!.item)).toBe(reports[0]);
  });
});

/**
 * Which files the content checker reads: every entry of the good fixture,
 * nothing starting with _, and .mdx in the bulk collections only as Markdown.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, reportToText, type CheckReport } from '../../../src/checks/check-content.ts';
import { freshContentFolders, markdown, shown, write } from '../../support/content-cases.ts';
import { GENERATED_PLAN_ITEMS } from '../../support/fixture-content.ts';

const freshContent = freshContentFolders();

/** The .md and .mdx files the checker should return: all but those under a name starting with _. */
function countEntryFiles(dir: string): number {
  let n = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('_')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) n += countEntryFiles(full);
    else if (/\.mdx?$/.test(entry.name)) n++;
  }
  return n;
}

describe('checkContent on the good fixture', () => {
  let dir = '';
  let report: CheckReport;
  beforeAll(() => {
    dir = freshContent();
    report = checkContent(dir);
  });

  it('reports no errors and no warnings, only the notice about its 不予公开 entry', () => {
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.notices.map((n) => n.file)).toEqual([shown(dir, 'policies/2024/withheld.md')]);
    expect(reportToText({ ...report, notices: [], freshness: [] })).toBe('');
    // Its many blank and stale columns are 检查指标 reminders, listed apart (check-freshness tests).
    expect(report.freshness.length).toBeGreaterThan(5);
  });

  it('returns every entry, with ids and normalised data', () => {
    expect(report.entries).toHaveLength(countEntryFiles(dir));
    expect(report.entries.filter((e) => e.collection === 'catalogue')).toHaveLength(GENERATED_PLAN_ITEMS);
    const policy = report.entries.find((e) => e.collection === 'policies' && e.id === '2025/freight-rules');
    expect(policy?.file).toBe(shown(dir, 'policies/2025/freight-rules.md'));
    expect(policy?.data.publishDate).toBe('2025-03-10 09:30');
    expect(policy?.data.publisher).toEqual(['示例省交通运输厅', '示例省发展和改革委员会']);
    expect(report.entries.some((e) => e.collection === 'pages' && e.id === 'zwgk/zn')).toBe(true);
  });
});

describe('checkContent cross-checks', () => {
  it('ignores files and folders starting with _', () => {
    const dir = freshContent();
    const before = checkContent(dir).entries.length;
    write(dir, 'policies/_draft.md', '没有信息头的草稿\n');
    write(dir, 'policies/_old/2023/bad.md', markdown(['title: [坏的']));
    write(dir, 'news/2025/_wip.md', markdown(['title: 草稿', 'column: nosuch']));
    write(dir, 'pages/_drafts/xxgk.md', markdown(['title: 草稿']));
    const report = checkContent(dir);
    expect(report.errors).toEqual([]);
    expect(report.entries).toHaveLength(before);
    expect(report.entries.some((e) => e.id.includes('_'))).toBe(false);
  });
});

describe('MDX in the bulk collections', () => {
  const plan = [
    'title: 规划',
    'publisher: 示例省交通运输厅',
    'publishDate: "2025-05-01 10:00"',
    'topic: 工业、交通\\公路',
    'category: ghjh',
  ];

  it('accepts plain Markdown in an .mdx file', () => {
    const dir = freshContent();
    write(dir, 'catalogue/ghjh/plain.mdx', markdown(plan, '## 小标题\n\n正文。'));
    expect(checkContent(dir).errors).toEqual([]);
  });

  it('rejects components and imports, pointing editors to content/pages', () => {
    const dir = freshContent();
    write(
      dir,
      'catalogue/ghjh/component.mdx',
      markdown(plan, "import Chart from '../../components/Chart.astro';\n\n<Chart />"),
    );
    expect(checkContent(dir).errors).toEqual([
      {
        file: shown(dir, 'catalogue/ghjh/component.mdx'),
        line: 9,
        field: '正文',
        expected: '此栏目的正文只能使用 Markdown；需要组件（import、<组件>、{表达式}）的内容请放在 content/pages',
        found: '含有 MDX 组件或 import',
      },
    ]);
  });
});

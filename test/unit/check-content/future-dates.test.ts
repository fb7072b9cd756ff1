/**
 * A publishDate after the build date: a static site cannot publish later,
 * so the entry would top the home page and RSS at once. One day ahead is
 * tolerated, later is a warning, more than a year is an error (a typo).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/checks/check-content.ts';
import { freshContentFolders, shown, writeNews } from '../../support/content-cases.ts';

const freshContent = freshContentFolders();
const today = '2026-06-01';

describe('future publication dates', () => {
  it('tolerates a day ahead, warns about later dates, refuses dates more than a year ahead', () => {
    const dir = freshContent();
    writeNews(dir, 'news/tomorrow.md', '明天的会议', '正文。');
    writeNews(dir, 'news/later.md', '下月的会议', '正文。');
    writeNews(dir, 'news/typo.md', '年份写错的会议', '正文。');
    const set = (file: string, date: string) => {
      const p = `${dir}/news/${file}`;
      fs.writeFileSync(p, fs.readFileSync(p, 'utf8').replace('2025-06-01 09:00', date));
    };
    set('tomorrow.md', '2026-06-02 08:00');
    set('later.md', '2026-07-15 09:00');
    set('typo.md', '2062-06-01 09:00');
    const report = checkContent(dir, { today });
    const about = (list: typeof report.errors) =>
      list.filter((p) => p.field === '发布日期（publishDate）').map((p) => [p.file, p.line, p.found]);
    expect(about(report.errors)).toEqual([
      [shown(dir, 'news/typo.md'), 4, '"2062-06-01 09:00"，比生成日期晚 13149 天'],
    ]);
    expect(about(report.warnings)).toEqual([
      [shown(dir, 'news/later.md'), 4, '"2026-07-15 09:00"，比生成日期晚 44 天'],
    ]);
  });
});

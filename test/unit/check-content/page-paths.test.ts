/** Stand-alone pages may not take the addresses the site builds itself. */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/checks/check-content.ts';
import { freshContentFolders, markdown, shown, write } from '../../support/content-cases.ts';

const freshContent = freshContentFolders();

describe('checkContent cross-checks', () => {
  it('reports a page at a reserved path', () => {
    const dir = freshContent();
    write(dir, 'pages/xxgk/foo.md', markdown(['title: 冒用系统地址', 'updated: 2025-01-01']));
    write(dir, 'pages/search.md', markdown(['title: 搜索', 'updated: 2025-01-01']));
    write(dir, 'pages/zwgk/nb/2024.md', markdown(['title: 年报', 'updated: 2025-01-01']));
    const { errors } = checkContent(dir);
    expect(errors.map((e) => [e.file, e.field, e.found])).toEqual([
      [shown(dir, 'pages/search.md'), '文件位置', '/search/'],
      [shown(dir, 'pages/xxgk/foo.md'), '文件位置', '/xxgk/foo/'],
      [shown(dir, 'pages/zwgk/nb/2024.md'), '文件位置', '/zwgk/nb/2024/'],
    ]);
    expect(errors[0]!.expected).toMatch(
      /^页面路径不能使用系统保留的地址：index、zwgk、zwgk\/index、xxgk、xwzx、search、/,
    );
  });

  it('reports a page that would replace the 政务公开 hub', () => {
    const dir = freshContent();
    write(dir, 'pages/zwgk.md', markdown(['title: 政务公开', 'updated: 2025-01-01']));
    expect(checkContent(dir).errors.map((e) => [e.field, e.found])).toEqual([['文件位置', '/zwgk/']]);
  });

  it('allows page paths that only start with the same letters as a reserved one', () => {
    const dir = freshContent();
    write(dir, 'pages/xxgkzn.md', markdown(['title: 指南', 'updated: 2025-01-01']));
    write(dir, 'pages/zwgk/nbsm.md', markdown(['title: 年报说明', 'updated: 2025-01-01']));
    expect(checkContent(dir).errors).toEqual([]);
  });
});

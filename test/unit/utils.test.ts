/** Small pure helpers: dates, pages, numerals, files, the catalogue tree and entry files. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueNodeSchema, type CatalogueNode } from '../../src/schemas/site.ts';
import { catalogueTreeProblems, columnFor, flattenCatalogue } from '../../src/catalogue/catalogue-tree.ts';
import { formatChineseDate, isRealDate, toIsoBeijing, yearOf } from '../../src/utils/dates.ts';
import { entryIdFromPath, isEntryPath, readFrontmatter } from '../../src/catalogue/entry-files.ts';
import { fileExtension, fileTypeName, formatFileSize } from '../../src/utils/file-info.ts';
import { article20Items, chineseNumeral } from '../../src/utils/numerals.ts';
import { pageCount, pageSlice, paginate } from '../../src/utils/paginate.ts';
import { ContentError, loadSiteSettings } from '../../src/schemas/site-settings.ts';

const fixtureSite = path.resolve(import.meta.dirname, '../fixtures/site');

describe('dates', () => {
  it.each(['2024-02-29', '2000-02-29', '2025-01-31', '2025-12-31', '2025-04-30', '1999-01-01'])(
    '%s is a real date',
    (d) => {
      expect(isRealDate(d)).toBe(true);
    },
  );

  it.each([
    '2025-02-29',
    '1900-02-29',
    '2100-02-29',
    '2025-02-30',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-01-32',
    '2025-1-01',
    '2025/01/01',
    '2025-01-01 10:00',
    '',
  ])('%j is not a real date', (d) => {
    expect(isRealDate(d)).toBe(false);
  });

  it('formats dates the Chinese way, with or without a time', () => {
    expect(formatChineseDate('2024-03-08')).toBe('2024年03月08日');
    expect(formatChineseDate('2024-03-08 10:30')).toBe('2024年03月08日');
  });

  it('gives ISO 8601 with the Beijing offset when there is a time', () => {
    expect(toIsoBeijing('2024-03-08 10:30')).toBe('2024-03-08T10:30+08:00');
    expect(toIsoBeijing('2024-03-08 00:00')).toBe('2024-03-08T00:00+08:00');
    expect(toIsoBeijing('2024-03-08')).toBe('2024-03-08');
  });

  it('reads the year of a date string', () => {
    expect(yearOf('2024-03-08 10:30')).toBe(2024);
    expect(yearOf('1999-12-31')).toBe(1999);
  });
});

describe('paginate', () => {
  const items = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

  it('counts pages, with at least one', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(1, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
    expect(pageCount(45, 20)).toBe(3);
  });

  it('slices one 1-based page', () => {
    expect(pageSlice(items(45), 1, 20)).toEqual(items(20));
    expect(pageSlice(items(45), 3, 20)).toEqual([41, 42, 43, 44, 45]);
    expect(pageSlice(items(45), 4, 20)).toEqual([]);
  });

  it('gives an empty list one empty page', () => {
    expect(paginate([], 20)).toEqual([[1, []]]);
  });

  it('gives exactly 20 items one full page', () => {
    expect(paginate(items(20), 20)).toEqual([[1, items(20)]]);
  });

  it('puts the 21st item on page 2', () => {
    expect(paginate(items(21), 20)).toEqual([
      [1, items(20)],
      [2, [21]],
    ]);
  });

  it('splits 45 items into 20, 20 and 5', () => {
    const pages = paginate(items(45), 20);
    expect(pages.map(([n, list]) => [n, list.length])).toEqual([
      [1, 20],
      [2, 20],
      [3, 5],
    ]);
    expect(pages.flatMap(([, list]) => list)).toEqual(items(45));
  });
});

describe('numerals', () => {
  it.each([
    [0, '零'],
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [15, '十五'],
    [20, '二十'],
    [21, '二十一'],
    [99, '九十九'],
  ])('%i → %s', (n, word) => {
    expect(chineseNumeral(n)).toBe(word);
  });

  it('leaves numbers it cannot write as digits', () => {
    expect(chineseNumeral(100)).toBe('100');
    expect(chineseNumeral(-1)).toBe('-1');
    expect(chineseNumeral(1.5)).toBe('1.5');
  });

  it('writes 条例第二十条 item references', () => {
    expect(article20Items([1, 3])).toBe('第二十条第（一）、（三）项');
    expect(article20Items([15])).toBe('第二十条第（十五）项');
  });
});

describe('file-info', () => {
  it('formats sizes in binary units', () => {
    expect(formatFileSize(0)).toBe('0 B');
    expect(formatFileSize(1023)).toBe('1023 B');
    expect(formatFileSize(1024)).toBe('1.0 KB');
    expect(formatFileSize(1536)).toBe('1.5 KB');
    expect(formatFileSize(20 * 1024)).toBe('20 KB');
    expect(formatFileSize(10 * 1024 * 1024)).toBe('10 MB');
    expect(formatFileSize(3.25 * 1024 * 1024)).toBe('3.3 MB');
    expect(formatFileSize(2 * 1024 ** 3)).toBe('2.0 GB');
    expect(formatFileSize(2048 * 1024 ** 3)).toBe('2048 GB');
  });

  it('names file types, showing unknown extensions', () => {
    expect(fileTypeName('pdf')).toBe('PDF文档');
    expect(fileTypeName('xlsx')).toBe('Excel表格');
    expect(fileTypeName('docx')).toBe('Word文档');
    expect(fileTypeName('ofd')).toBe('OFD版式文档');
    expect(fileTypeName('xyz')).toBe('XYZ文件');
  });

  it('reads extensions in lower case', () => {
    expect(fileExtension('附件1.PDF')).toBe('pdf');
    expect(fileExtension('data.tar.gz')).toBe('gz');
    expect(fileExtension('noext')).toBe('');
    expect(fileExtension('dir.d/noext')).toBe('');
  });
});

describe('catalogue-tree', () => {
  const site = loadSiteSettings(fixtureSite);
  const tree = site.catalogue;
  const columns = flattenCatalogue(tree);

  it('flattens every column, parents and children', () => {
    const expectedKeys = tree.flatMap((n) => [n.key, ...(n.children ?? []).map((c) => c.key)]);
    expect([...columns.keys()]).toEqual(expectedKeys);
    expect(columns.get('zcwj')?.isLeaf).toBe(false);
    expect(columns.get('zcwj')?.parent).toBeUndefined();
    expect(columns.get('gz')?.parent?.key).toBe('zcwj');
    expect(columns.get('gz')?.isLeaf).toBe(true);
    expect(columns.get('jgzn')).toMatchObject({ isLeaf: true });
    expect(columns.get('jgzn')?.parent).toBeUndefined();
    expect(columns.get('jyta')?.parent?.key).toBe('qtxx');
  });

  it('places policies by kind', () => {
    expect(columnFor(columns, { collection: 'policies', kind: '规章' })).toBe('gz');
    expect(columnFor(columns, { collection: 'policies', kind: '行政规范性文件' })).toBe('gfxwj');
    expect(columnFor(columns, { collection: 'policies', kind: '其他文件' })).toBe('qtwj');
  });

  it('places interpretations in the 政策解读 column', () => {
    expect(columnFor(columns, { collection: 'interpretations' })).toBe('zcjd');
  });

  it('places reports by type, and 年度报告 nowhere in the tree', () => {
    expect(columnFor(columns, { collection: 'reports', reportType: '预决算' })).toBe('czyjs');
    expect(columnFor(columns, { collection: 'reports', reportType: '工作要点' })).toBe('gzyd');
    expect(columnFor(columns, { collection: 'reports', reportType: '其他报告' })).toBe('gzbg');
    expect(columnFor(columns, { collection: 'reports', reportType: '年度报告' })).toBeUndefined();
  });

  it('places catalogue items by category, only in catalogue leaves', () => {
    expect(columnFor(columns, { collection: 'catalogue', category: 'ghjh' })).toBe('ghjh');
    expect(columnFor(columns, { collection: 'catalogue', category: 'jyta' })).toBe('jyta');
    expect(columnFor(columns, { collection: 'catalogue', category: 'nosuch' })).toBeUndefined();
    // A parent column only lists its children's items.
    expect(columnFor(columns, { collection: 'catalogue', category: 'qtxx' })).toBeUndefined();
    // Leaves fed by another collection do not take catalogue items.
    expect(columnFor(columns, { collection: 'catalogue', category: 'czyjs' })).toBeUndefined();
    expect(columnFor(columns, { collection: 'catalogue', category: 'gz' })).toBeUndefined();
    expect(columnFor(columns, { collection: 'catalogue' })).toBeUndefined();
  });

  it('lets a policies column without kind take every kind', () => {
    const one = [catalogueNodeSchema.parse({ key: 'zcwj', name: '政策文件', source: 'policies' })];
    const cols = flattenCatalogue(one);
    expect(columnFor(cols, { collection: 'policies', kind: '规章' })).toBe('zcwj');
    expect(columnFor(cols, { collection: 'policies', kind: '其他文件' })).toBe('zcwj');
    expect(columnFor(cols, { collection: 'interpretations' })).toBeUndefined();
  });

  it('finds no problems in the fixture tree', () => {
    expect(catalogueTreeProblems(tree)).toEqual([]);
  });

  it('reports every duplicate key, top level or child', () => {
    const node = (key: string, children?: string[]): CatalogueNode =>
      catalogueNodeSchema.parse({ key, name: key, children: children?.map((k) => ({ key: k, name: k })) });
    expect(catalogueTreeProblems([node('a', ['b', 'c']), node('b'), node('d', ['a', 'e', 'e'])])).toEqual([
      '栏目代码“b”重复，每个栏目代码只能使用一次',
      '栏目代码“a”重复，每个栏目代码只能使用一次',
      '栏目代码“e”重复，每个栏目代码只能使用一次',
    ]);
  });
});

describe('site-settings', () => {
  it('loads and validates the fixture site', () => {
    const site = loadSiteSettings(fixtureSite);
    expect(site.name).toBe('示例省交通运输厅');
    expect(site.newsColumns.map((c) => c.key)).toEqual(['zwdt', 'tzgg']);
  });

  it('throws a ContentError for a folder without site.yaml', () => {
    expect(() => loadSiteSettings(path.join(fixtureSite, 'news'))).toThrow(ContentError);
    expect(() => loadSiteSettings(path.join(fixtureSite, 'news'))).toThrow(/网站设置文件 .*site\.yaml 无法读取/);
  });
});

describe('entry-files', () => {
  it('makes entry ids from paths', () => {
    expect(entryIdFromPath('2025/road-rules.md')).toBe('2025/road-rules');
    expect(entryIdFromPath('2025\\road-rules.MDX')).toBe('2025/road-rules');
    expect(entryIdFromPath('zwgk/zn.md')).toBe('zwgk/zn');
  });

  it('skips drafts and non-Markdown files', () => {
    expect(isEntryPath('2025/a.md')).toBe(true);
    expect(isEntryPath('a.mdx')).toBe(true);
    expect(isEntryPath('_draft.md')).toBe(false);
    expect(isEntryPath('_drafts/a.md')).toBe(false);
    expect(isEntryPath('2025/_old/a.md')).toBe(false);
    expect(isEntryPath('2025/附件1.pdf')).toBe(false);
    expect(isEntryPath('2025')).toBe(false);
  });

  it('reads frontmatter, with a BOM or CRLF line ends', () => {
    expect(readFrontmatter('---\ntitle: 标题\nyear: 2024\n---\n正文')).toEqual({
      ok: true,
      data: { title: '标题', year: 2024 },
    });
    expect(readFrontmatter('\uFEFF---\r\ntitle: a\r\n---\r\n')).toEqual({ ok: true, data: { title: 'a' } });
    expect(readFrontmatter('---\ntitle: a\n---')).toEqual({ ok: true, data: { title: 'a' } });
  });

  it('explains missing, broken and non-map frontmatter', () => {
    expect(readFrontmatter('# 标题\n正文')).toEqual({
      ok: false,
      problem: '文件开头应有以 --- 开始和结束的信息头（frontmatter）',
      line: 1,
    });
    const broken = readFrontmatter('---\ntitle: [a\n---\n');
    expect(broken.ok).toBe(false);
    expect(broken.ok ? '' : broken.problem).toMatch(/^信息头不是有效的 YAML：\S/);
    expect(readFrontmatter('---\n- a\n- b\n---\n')).toEqual({
      ok: false,
      problem: '信息头应为“字段: 值”的形式',
      line: 1,
    });
    expect(readFrontmatter('---\njust text\n---\n')).toEqual({
      ok: false,
      problem: '信息头应为“字段: 值”的形式',
      line: 1,
    });
  });
});

/**
 * Every problem names its line: the frontmatter line of the field, line 1
 * for the file as a whole, the line of a broken YAML value, and the same
 * lines for files taken from the check cache.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, reportToText } from '../../../src/checks/check-content.ts';
import { freshContentFolders, markdown, shown, write } from '../../support/content-cases.ts';
import { replaceIn } from '../../support/fixture-content.ts';

const freshContent = freshContentFolders();

const catalogueItem = (extra: string[] = []) => [
  'title: 规划',
  'publisher: 示例省交通运输厅',
  'publishDate: "2025-05-01 10:00"',
  'topic: 工业、交通\\公路',
  'category: ghjh',
  ...extra,
];

describe('line numbers', () => {
  it('names the line of a nested field, and line 1 for a missing one', () => {
    const dir = freshContent();
    write(
      dir,
      'catalogue/ghjh/lines.md',
      markdown([
        'title: 规划',
        'publisher: 示例省交通运输厅',
        'topic: 工业、交通\\公路',
        'category: ghjh',
        'attachments:',
        '  - file: a.pdf',
        '    titel: 附件',
      ]),
    );
    const errors = checkContent(dir).errors.map((e) => [e.line, e.field]);
    expect(errors).toEqual([
      [1, '发布日期（publishDate）'],
      [8, '附件 › 第1项（attachments[0]） › 未知字段（titel）'],
    ]);
  });

  it('names the line of the broken YAML', () => {
    const dir = freshContent();
    write(dir, 'catalogue/ghjh/broken.md', markdown([...catalogueItem(), 'summary: "未闭合', 'keywords: [a]']));
    const [error] = checkContent(dir).errors;
    expect(error).toMatchObject({ file: shown(dir, 'catalogue/ghjh/broken.md'), field: '信息头（frontmatter）' });
    // The unclosed quote starts on line 7; the parser notices it there or at the end of the frontmatter.
    expect(error!.line).toBeGreaterThanOrEqual(7);
    expect(error!.line).toBeLessThanOrEqual(9);
  });

  it('gives cross-file problems of cached files their lines too', () => {
    const dir = freshContent();
    const cacheFile = path.join(dir, '..', `${path.basename(dir)}-cache.json`);
    checkContent(dir, { cacheFile });
    // The interpretation is unchanged (taken from the cache); the policy it points to goes away.
    fs.renameSync(path.join(dir, 'policies/2025/freight-rules.md'), path.join(dir, 'policies/2025/_freight-rules.md'));
    replaceIn(dir, 'policies/2024/freight-rules-old.md', 'replacedBy: 2025/freight-rules\n', '');
    replaceIn(
      dir,
      'policies/2024/freight-rules-old.md',
      'validity: 废止',
      'validity: 废止\nreplacedBy: 2025/freight-rules',
    );
    const { errors } = checkContent(dir, { cacheFile });
    expect(errors.map((e) => [e.file, e.line, e.field])).toEqual([
      [shown(dir, 'policies/2024/freight-rules-old.md'), 11, '替代文件（replacedBy）'],
      [shown(dir, 'interpretations/freight-rules-qa.md'), 8, '所解读文件（policy）'],
    ]);
    fs.rmSync(cacheFile, { force: true });
  });

  it('puts file:line in front of every problem of the report', () => {
    const dir = freshContent();
    replaceIn(dir, 'news/meeting.md', 'column: zwdt', 'column: gonggao');
    write(dir, 'pages/plain.md', '没有信息头\n');
    const report = checkContent(dir);
    expect(report.errors.every((e) => typeof e.line === 'number' && e.line >= 1)).toBe(true);
    const text = reportToText(report);
    expect(text).toContain(`  · ${shown(dir, 'news/meeting.md')}:3 栏目（column）`);
    expect(text).toContain(`  · ${shown(dir, 'pages/plain.md')}:1 信息头（frontmatter）`);
  });
});

/**
 * Frontmatter that cannot be read or breaks the schema, reported with file,
 * field, expected and found, and every problem of a run reported at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/checks/check-content.ts';
import { freshContentFolders, markdown, shown, write } from '../../support/content-cases.ts';
import { replaceIn } from '../../support/fixture-content.ts';

const freshContent = freshContentFolders();

describe('checkContent cross-checks', () => {
  it('reports a misspelt field with the name the editor probably meant', () => {
    const dir = freshContent();
    write(
      dir,
      'news/typo.md',
      markdown(['title: 标题', 'column: zwdt', 'publishDate: "2025-04-02 16:20"', 'source: 办公室', 'sumary: 摘要']),
    );
    expect(checkContent(dir).errors).toEqual([
      {
        file: shown(dir, 'news/typo.md'),
        line: 6,
        field: '未知字段（sumary）',
        expected: '只能使用已定义的字段；是不是要写 summary（内容概述）？',
        found: 'sumary: "摘要"',
      },
    ]);
  });

  it('reports a file without frontmatter', () => {
    const dir = freshContent();
    write(dir, 'pages/plain.md', '# 没有信息头\n\n正文。\n');
    expect(checkContent(dir).errors).toEqual([
      {
        file: shown(dir, 'pages/plain.md'),
        line: 1,
        field: '信息头（frontmatter）',
        expected: '文件开头应有以 --- 开始和结束的信息头（frontmatter）',
        found: '无法读取',
      },
    ]);
  });

  it('reports a file with broken YAML', () => {
    const dir = freshContent();
    write(dir, 'news/broken.md', markdown(['title: [未闭合', 'column: zwdt']));
    const { errors } = checkContent(dir);
    expect(errors).toHaveLength(1);
    // The broken line: title, line 2 of the file (the YAML parser may name the line after it).
    expect(errors[0]).toMatchObject({
      file: shown(dir, 'news/broken.md'),
      field: '信息头（frontmatter）',
      found: '无法读取',
    });
    expect(errors[0]!.line).toBeGreaterThanOrEqual(2);
    expect(errors[0]!.expected).toMatch(/^信息头不是有效的 YAML：\S/);
  });

  it('reports a field written twice as broken YAML', () => {
    const dir = freshContent();
    write(dir, 'pages/twice.md', markdown(['title: 一', 'title: 二', 'updated: 2025-01-01']));
    const { errors } = checkContent(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.file).toBe(shown(dir, 'pages/twice.md'));
    expect(errors[0]!.expected).toMatch(/^信息头不是有效的 YAML：/);
  });

  it('reports schema problems with file, field, expected and found', () => {
    const dir = freshContent();
    replaceIn(dir, 'policies/2024/winter-plan.md', 'docNo: 示交运〔2024〕17号', 'docNo: 示交运〔2024〕017号');
    expect(checkContent(dir).errors).toEqual([
      {
        file: shown(dir, 'policies/2024/winter-plan.md'),
        line: 5,
        field: '发文字号（docNo）',
        expected: '序号不能以0开头，例如 3号 而不是 03号',
        found: '"示交运〔2024〕017号"',
      },
    ]);
  });

  it('reports all problems at once, across files and within one file', () => {
    const dir = freshContent();
    replaceIn(dir, 'interpretations/freight-rules-qa.md', 'policy: 2025/freight-rules', 'policy: 2025/nope');
    replaceIn(dir, 'news/meeting.md', 'column: zwdt', 'column: gonggao');
    replaceIn(dir, 'policies/2024/winter-plan.md', 'genre: 通知', 'genre: 说明');
    replaceIn(dir, 'policies/2024/winter-plan.md', 'topic: 工业、交通\\公路', 'topic: 交通');
    write(dir, 'pages/plain.md', '没有信息头\n');
    fs.rmSync(path.join(dir, 'policies/2025/附件1-评价指标.pdf'));
    const { errors } = checkContent(dir);
    expect(errors.map((e) => [e.file, e.field.replace(/^.*（(.*)）$/, '$1')]).sort()).toEqual(
      [
        [shown(dir, 'interpretations/freight-rules-qa.md'), 'policy'],
        [shown(dir, 'news/meeting.md'), 'column'],
        [shown(dir, 'pages/plain.md'), 'frontmatter'],
        [shown(dir, 'policies/2024/winter-plan.md'), 'genre'],
        [shown(dir, 'policies/2024/winter-plan.md'), 'topic'],
        [shown(dir, 'policies/2025/freight-rules.md'), 'attachments[0].file'],
      ].sort(),
    );
  });
});

/** Entries that name other content: the policy interpreted or replacing, the column, the attachment file. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/checks/check-content.ts';
import { freshContentFolders, markdown, shown, write } from '../../support/content-cases.ts';
import { replaceIn } from '../../support/fixture-content.ts';

const freshContent = freshContentFolders();

const POLICY_EXPECTED = '已存在的政策文件的文件名（content/policies 下的路径，不含 .md）';

describe('checkContent cross-checks', () => {
  it('reports an interpretation of a policy that does not exist', () => {
    const dir = freshContent();
    replaceIn(dir, 'interpretations/freight-rules-qa.md', 'policy: 2025/freight-rules', 'policy: 2025/does-not-exist');
    expect(checkContent(dir).errors).toEqual([
      {
        file: shown(dir, 'interpretations/freight-rules-qa.md'),
        line: 8,
        field: '所解读文件（policy）',
        expected: POLICY_EXPECTED,
        found: '"2025/does-not-exist"，没有这个政策文件',
      },
    ]);
  });

  it('reports replacedBy naming a policy that does not exist', () => {
    const dir = freshContent();
    replaceIn(
      dir,
      'policies/2024/freight-rules-old.md',
      'replacedBy: 2025/freight-rules',
      'replacedBy: 2025/freight-rule',
    );
    expect(checkContent(dir).errors).toEqual([
      {
        file: shown(dir, 'policies/2024/freight-rules-old.md'),
        line: 12,
        field: '替代文件（replacedBy）',
        expected: POLICY_EXPECTED,
        found: '"2025/freight-rule"，没有这个政策文件',
      },
    ]);
  });

  it('reports a catalogue item with an unknown category, listing the valid keys', () => {
    const dir = freshContent();
    write(
      dir,
      'catalogue/misc/unknown.md',
      markdown([
        'title: 未知栏目条目',
        'publisher: 示例省交通运输厅',
        'publishDate: "2025-05-01 10:00"',
        'topic: 其他',
        'category: nosuch',
      ]),
    );
    const { errors } = checkContent(dir);
    expect(errors).toHaveLength(1);
    const [e] = errors;
    expect(e!.file).toBe(shown(dir, 'catalogue/misc/unknown.md'));
    expect(e!.line).toBe(6);
    expect(e!.field).toBe('所属栏目（category）');
    expect(e!.found).toBe('"nosuch"');
    expect(e!.expected).toMatch(/^以下栏目代码之一：/);
    expect(e!.expected).toContain('ghjh（规划计划）');
    expect(e!.expected).toContain('jyta（建议提案办理）');
    // Only leaves that take catalogue items: no parents, no policy/report/interpretation columns.
    const keys = [...e!.expected.matchAll(/([a-z][a-z0-9-]*)（/g)].map((m) => m[1]);
    expect(keys).toEqual([
      'jgzn',
      'ghjh',
      'tjxx',
      'xzxk',
      'xzcf',
      'sf',
      'zfcg',
      'zdjsxm',
      'msbz',
      'yjgl',
      'jdjc',
      'rsxx',
      'jyta',
      'qzqd',
    ]);
  });

  it('reports a catalogue item placed in a parent column', () => {
    const dir = freshContent();
    replaceIn(dir, 'catalogue/ghjh/plan-01.md', 'category: ghjh', 'category: qtxx');
    const { errors } = checkContent(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: shown(dir, 'catalogue/ghjh/plan-01.md'),
      field: '所属栏目（category）',
      found: '"qtxx"',
    });
  });

  it('reports a news item in an unknown column', () => {
    const dir = freshContent();
    replaceIn(dir, 'news/meeting.md', 'column: zwdt', 'column: gonggao');
    expect(checkContent(dir).errors).toEqual([
      {
        file: shown(dir, 'news/meeting.md'),
        line: 3,
        field: '栏目（column）',
        expected: '以下栏目代码之一：zwdt（政务动态）、tzgg（通知公告）',
        found: '"gonggao"',
      },
    ]);
  });

  it('reports an attachment that is listed but missing', () => {
    const dir = freshContent();
    fs.rmSync(path.join(dir, 'policies/2025/附件1-评价指标.pdf'));
    const { errors } = checkContent(dir);
    expect(errors).toHaveLength(1);
    const [e] = errors;
    expect(e!.file).toBe(shown(dir, 'policies/2025/freight-rules.md'));
    expect(e!.line).toBe(15);
    expect(e!.field).toContain('文件名（attachments[0].file）');
    expect(e!.field.startsWith('附件')).toBe(true);
    expect(e!.expected).toBe('与本文件在同一文件夹中的附件文件');
    expect(e!.found).toBe('"附件1-评价指标.pdf"，文件夹中没有这个文件');
  });
});

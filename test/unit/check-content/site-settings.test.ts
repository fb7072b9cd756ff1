/** A broken, unreadable or missing site.yaml, and rules between its settings. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/checks/check-content.ts';
import { freshContentFolders, shown } from '../../support/content-cases.ts';
import { replaceIn } from '../../support/fixture-content.ts';

const freshContent = freshContentFolders();

describe('checkContent on site.yaml', () => {
  it('reports a broken site.yaml against site.yaml and checks nothing else', () => {
    const dir = freshContent();
    replaceIn(dir, 'site.yaml', 'siteCode: "9900000001"', 'siteCode: "12345"');
    const report = checkContent(dir);
    expect(report.entries).toEqual([]);
    expect(report.errors).toHaveLength(1);
    const [e] = report.errors;
    expect(e!.file).toBe(shown(dir, 'site.yaml'));
    expect(e!.line).toBe(7);
    expect(e!.field).toBe('整个文件');
    expect(e!.expected).toBe('有效的网站设置');
    expect(e!.found).toContain('网站设置有 1 处错误');
    expect(e!.found).toContain(`${shown(dir, 'site.yaml')}:7\n  字段：网站标识码（siteCode）`);
    expect(e!.found).toContain('要求：应为10位数字，或 bm 加8位数字');
    expect(e!.found).toContain('实际："12345"');
  });

  it('reports site.yaml that is not valid YAML', () => {
    const dir = freshContent();
    replaceIn(dir, 'site.yaml', 'name: 示例省交通运输厅', 'name: [示例省交通运输厅');
    const report = checkContent(dir);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]!.file).toBe(shown(dir, 'site.yaml'));
    expect(report.errors[0]!.found).toContain('无法读取');
  });

  it('reports a missing site.yaml', () => {
    const dir = freshContent();
    fs.rmSync(path.join(dir, 'site.yaml'));
    const report = checkContent(dir);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({
      file: shown(dir, 'site.yaml'),
      field: '整个文件',
      expected: '有效的网站设置',
    });
  });

  it('reports a duplicate catalogue key and still checks the entries', () => {
    const dir = freshContent();
    replaceIn(dir, 'site.yaml', '{ key: qzqd, name: 权责清单', '{ key: jyta, name: 权责清单');
    const report = checkContent(dir);
    expect(report.errors).toEqual([
      {
        file: shown(dir, 'site.yaml'),
        line: 63,
        field: '信息公开目录（catalogue）',
        expected: '栏目代码不重复',
        found: '栏目代码“jyta”重复，每个栏目代码只能使用一次',
      },
    ]);
    expect(report.entries.length).toBeGreaterThan(0);
  });
});

/** 索引号 across the site: unique, following the site's template, and only for 主动公开 entries. */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/checks/check-content.ts';
import { freshContentFolders, shown } from '../../support/content-cases.ts';
import { replaceIn, unregister } from '../../support/fixture-content.ts';

const freshContent = freshContentFolders();

describe('checkContent cross-checks', () => {
  it('reports an indexNo used by two files, against the second one', () => {
    const dir = freshContent();
    replaceIn(
      dir,
      'interpretations/freight-rules-qa.md',
      'indexNo: 11990000MB0000001X/2025-00004',
      'indexNo: 11990000MB0000001X/2025-00003',
    );
    // Not yet published: a registered file whose number changes is register-index-numbers.test.ts's.
    unregister(dir, 'interpretations/freight-rules-qa.md');
    expect(checkContent(dir).errors).toEqual([
      {
        file: shown(dir, 'interpretations/freight-rules-qa.md'),
        line: 3,
        field: '索引号（indexNo）',
        expected: `全站唯一的索引号；该号已被 ${shown(dir, 'policies/2025/freight-rules.md')} 使用`,
        found: '"11990000MB0000001X/2025-00003"',
      },
    ]);
  });

  it('warns about an explicit indexNo that does not follow the template', () => {
    const dir = freshContent();
    replaceIn(
      dir,
      'interpretations/freight-rules-qa.md',
      'indexNo: 11990000MB0000001X/2025-00004',
      'indexNo: OTHER-2025-4',
    );
    unregister(dir, 'interpretations/freight-rules-qa.md');
    const report = checkContent(dir);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([
      {
        file: shown(dir, 'interpretations/freight-rules-qa.md'),
        line: 3,
        field: '索引号（indexNo）',
        expected: '符合本站索引号规则 {orgCode}/{yyyy}-{seq:05}',
        found: '"OTHER-2025-4"',
      },
    ]);
  });

  it('leaves entries that are not 主动公开 out of the 索引号 checks', () => {
    const dir = freshContent();
    // withheld.md is 不予公开: a duplicate number there is not an error …
    replaceIn(
      dir,
      'policies/2024/withheld.md',
      'kind: 其他文件',
      'kind: 其他文件\nindexNo: 11990000MB0000001X/2025-00003',
    );
    expect(checkContent(dir)).toMatchObject({ errors: [], warnings: [] });
    // … nor is a number that does not follow the template.
    replaceIn(dir, 'policies/2024/withheld.md', '11990000MB0000001X/2025-00003', 'NOT-OURS-1');
    expect(checkContent(dir)).toMatchObject({ errors: [], warnings: [] });
  });

  it('does check 索引号 of the same entry once it is 主动公开', () => {
    const dir = freshContent();
    replaceIn(
      dir,
      'policies/2024/withheld.md',
      'disclosure: 不予公开',
      'disclosure: 主动公开\nindexNo: 11990000MB0000001X/2025-00003',
    );
    // 2024/withheld.md is read before 2025/freight-rules.md, so the later file is reported.
    expect(checkContent(dir).errors).toEqual([
      {
        file: shown(dir, 'policies/2025/freight-rules.md'),
        line: 3,
        field: '索引号（indexNo）',
        expected: `全站唯一的索引号；该号已被 ${shown(dir, 'policies/2024/withheld.md')} 使用`,
        found: '"11990000MB0000001X/2025-00003"',
      },
    ]);
  });
});

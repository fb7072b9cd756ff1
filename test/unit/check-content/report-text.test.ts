/** reportToText: the report as the editor reads it in the terminal. */
import { describe, expect, it } from 'vitest';
import { checkContent, reportToText } from '../../../src/checks/check-content.ts';
import { freshContentFolders, shown } from '../../support/content-cases.ts';
import { replaceIn, unregister } from '../../support/fixture-content.ts';

const freshContent = freshContentFolders();

describe('reportToText', () => {
  it('groups problems by file with 要求 and 实际 lines', () => {
    const dir = freshContent();
    replaceIn(dir, 'policies/2024/winter-plan.md', 'genre: 通知', 'genre: 说明');
    replaceIn(dir, 'policies/2024/winter-plan.md', 'docNo: 示交运〔2024〕17号', 'docNo: 示交运[2024]17号');
    replaceIn(dir, 'news/meeting.md', 'column: zwdt', 'column: gonggao');
    replaceIn(
      dir,
      'interpretations/freight-rules-qa.md',
      'indexNo: 11990000MB0000001X/2025-00004',
      'indexNo: OTHER-2025-4',
    );
    unregister(dir, 'interpretations/freight-rules-qa.md');
    const report = checkContent(dir);
    expect(report.errors).toHaveLength(3);
    expect(report.warnings).toHaveLength(1);
    // The fixture's column reminders (check-freshness tests) are left out here.
    const text = reportToText({ ...report, freshness: [] });
    const lines = text.split('\n');

    expect(lines[0]).toBe('发现 3 个错误，网站未生成：');
    const policyFile = shown(dir, 'policies/2024/winter-plan.md');
    // Each file is a heading once, however many problems it has.
    expect(lines.filter((l) => l === policyFile)).toHaveLength(1);
    expect(lines.filter((l) => l === shown(dir, 'news/meeting.md'))).toHaveLength(1);
    // 3 errors, 1 warning and the notice about the fixture's 不予公开 entry.
    expect(lines.filter((l) => l.trim().startsWith('要求：'))).toHaveLength(5);
    expect(lines.filter((l) => l.trim().startsWith('实际：'))).toHaveLength(5);
    expect(text).toContain('\n\n1 条说明：\n');
    // Every problem starts with file:line, the frontmatter line of its field.
    expect(text).toContain(`  · ${policyFile}:9 体裁（genre）\n      要求：应为以下之一（简体、繁體均可）：`);
    expect(text).toContain(`  · ${policyFile}:5 发文字号（docNo）\n`);
    expect(text).toContain(`  · ${shown(dir, 'news/meeting.md')}:3 栏目（column）\n`);
    expect(text).toContain('      实际："示交运[2024]17号"');
    expect(text).toContain('      实际："gonggao"');

    // Both problems of the policy follow its heading, before the next file.
    const head = lines.indexOf(policyFile);
    const block = lines.slice(head + 1, head + 7);
    expect(block.filter((l) => l.startsWith('  · '))).toHaveLength(2);

    expect(text).toContain('\n\n1 个提醒（不影响生成）：\n');
    expect(text.split('1 个提醒（不影响生成）：')[1]).toContain(shown(dir, 'interpretations/freight-rules-qa.md'));
  });

  it('prints a problem without a line (a folder) with its field alone', () => {
    const text = reportToText({
      errors: [],
      warnings: [{ file: 'content/a.md', field: '索引号（indexNo）', expected: '符合规则', found: '"X"' }],
    });
    expect(text).toBe(
      '1 个提醒（不影响生成）：\ncontent/a.md\n  · 索引号（indexNo）\n      要求：符合规则\n      实际："X"',
    );
  });

  it('prints only warnings when there are no errors, each with file:line', () => {
    const text = reportToText({
      errors: [],
      warnings: [{ file: 'content/a.md', line: 3, field: '索引号（indexNo）', expected: '符合规则', found: '"X"' }],
    });
    expect(text).toBe(
      '1 个提醒（不影响生成）：\ncontent/a.md\n  · content/a.md:3 索引号（indexNo）\n      要求：符合规则\n      实际："X"',
    );
  });
});

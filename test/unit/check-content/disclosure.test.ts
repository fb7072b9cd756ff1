/**
 * 公开方式: entries marked 依申请公开 or 不予公开 are never published, and
 * the check says so for each as a notice (not an error: the build goes on).
 * That they get no page is tested on the built fixture (test/build/fixture-site.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkContent, reportToText } from '../../../src/checks/check-content.ts';
import { UNPUBLISHED_EXPECTED } from '../../../src/checks/check-disclosure.ts';
import { freshContentFolders, shown } from '../../support/content-cases.ts';
import { replaceIn } from '../../support/fixture-content.ts';

const freshContent = freshContentFolders();

describe('公开方式', () => {
  it('says that an entry marked 不予公开 or 依申请公开 will not be published', () => {
    const dir = freshContent();
    replaceIn(dir, 'interpretations/freight-rules-qa.md', 'form: 问答', 'form: 问答\ndisclosure: 依申请公开');
    const report = checkContent(dir);
    expect(report.errors).toEqual([]);
    expect(report.notices).toEqual([
      {
        file: shown(dir, 'policies/2024/withheld.md'),
        line: 7,
        field: '公开方式（disclosure）',
        expected: UNPUBLISHED_EXPECTED,
        found: '此条目公开方式为不予公开，不会发布到网站',
      },
      {
        file: shown(dir, 'interpretations/freight-rules-qa.md'),
        line: 8,
        field: '公开方式（disclosure）',
        expected: UNPUBLISHED_EXPECTED,
        found: '此条目公开方式为依申请公开，不会发布到网站',
      },
    ]);
    expect(UNPUBLISHED_EXPECTED).toBe(
      '只有公开方式为“主动公开”的条目发布到网站；此条目需要发布时，把 disclosure 改为 主动公开',
    );
    // The policy it interprets now has no published 解读 (check-interpretation-deadline tests).
    expect(report.warnings.map((w) => [w.file, w.field])).toEqual([
      [shown(dir, 'policies/2025/freight-rules.md'), '需要解读（needsInterpretation）'],
    ]);
    const text = reportToText({ ...report, warnings: [], freshness: [] });
    expect(text).toMatch(/^2 条说明：\n/);
    expect(text).toContain(
      `  · ${shown(dir, 'policies/2024/withheld.md')}:7 公开方式（disclosure）\n      要求：${UNPUBLISHED_EXPECTED}\n      实际：此条目公开方式为不予公开，不会发布到网站`,
    );
  });

  it('does not look for personal data in entries that are not published', () => {
    const dir = freshContent();
    replaceIn(dir, 'policies/2024/withheld.md', '内部事务。', '内部事务。联系人13812345678。');
    expect(checkContent(dir).errors).toEqual([]);
    replaceIn(dir, 'policies/2024/withheld.md', 'disclosure: 不予公开', 'disclosure: 主动公开');
    expect(checkContent(dir).errors.map((e) => e.found)).toEqual(['含有手机号码 138****5678']);
  });
});

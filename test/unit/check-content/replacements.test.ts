/**
 * replacedBy chains: a policy naming itself, a cycle, a replaced policy still
 * 有效 (errors); a successor that is itself replaced, a successor published
 * before the document it replaces (warnings). The fixture's 2024 rules are
 * 废止 and replaced by the 2025 rules.
 */
import { describe, expect, it } from 'vitest';
import type { CheckedEntry } from '../../../src/catalogue/entry.ts';
import { checkContent } from '../../../src/checks/check-content.ts';
import { replacementProblems } from '../../../src/checks/check-replacements.ts';
import type { SourceLines } from '../../../src/checks/source-lines.ts';
import type { ContentProblem } from '../../../src/schemas/format-issues.ts';
import { freshContentFolders, markdown, shown, write } from '../../support/content-cases.ts';
import { replaceIn } from '../../support/fixture-content.ts';

const freshContent = freshContentFolders();
const OLD = 'policies/2024/freight-rules-old.md';
const NEW = 'policies/2025/freight-rules.md';
const FIELD = '替代文件（replacedBy）';
const CYCLE_EXPECTED = '替代关系不能循环：沿替代文件一路找下去，最后应是一份现行有效、没有被替代的文件';

/** A policy published on `date` with the given extra frontmatter lines. */
function writePolicy(dir: string, id: string, date: string, extra: string[]): string {
  const relative = `policies/${id}.md`;
  write(
    dir,
    relative,
    markdown([
      `title: 测试文件${id}`,
      'publisher: 示例省交通运输厅',
      `publishDate: "${date} 10:00"`,
      'topic: 工业、交通\\公路',
      'kind: 其他文件',
      ...extra,
    ]),
  );
  return relative;
}
const repealed = (by: string) => ['validity: 废止', 'validityDate: 2025-12-01', `replacedBy: ${by}`];
const replacementWarnings = (dir: string) => checkContent(dir).warnings.filter((w) => w.field === FIELD);

describe('replacedBy chains', () => {
  it('accepts the fixture: a 废止 policy replaced by a later one that is 有效', () => {
    const dir = freshContent();
    const report = checkContent(dir);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it('reports a policy that names itself', () => {
    const dir = freshContent();
    replaceIn(dir, OLD, 'replacedBy: 2025/freight-rules', 'replacedBy: 2024/freight-rules-old');
    expect(checkContent(dir).errors).toEqual([
      {
        file: shown(dir, OLD),
        line: 12,
        field: FIELD,
        expected: '另一份政策文件的文件名：文件不能替代它自己',
        found: '"2024/freight-rules-old"，就是本文件',
      },
    ]);
  });

  it('reports every policy of a cycle, naming the cycle', () => {
    const dir = freshContent();
    replaceIn(
      dir,
      NEW,
      'needsInterpretation: true',
      'needsInterpretation: true\nvalidity: 废止\nvalidityDate: 2026-01-05\nreplacedBy: 2024/freight-rules-old',
    );
    const report = checkContent(dir);
    const found = '循环替代：2024/freight-rules-old → 2025/freight-rules → 2024/freight-rules-old';
    expect(report.errors).toEqual([
      { file: shown(dir, OLD), line: 12, field: FIELD, expected: CYCLE_EXPECTED, found },
      { file: shown(dir, NEW), line: 14, field: FIELD, expected: CYCLE_EXPECTED, found },
    ]);
    // The 2025 rules now also name a successor published before them.
    expect(report.warnings.map((w) => [w.file, w.field])).toEqual([[shown(dir, NEW), FIELD]]);
  });

  it('reports a longer cycle once per policy, and not the policies that lead into it', () => {
    const dir = freshContent();
    writePolicy(dir, '2023/a', '2023-01-05', repealed('2023/b'));
    writePolicy(dir, '2023/b', '2023-02-06', repealed('2023/c'));
    writePolicy(dir, '2023/c', '2023-03-06', repealed('2023/a'));
    writePolicy(dir, '2022/into', '2022-03-07', repealed('2023/a'));
    const cycles = checkContent(dir).errors.filter((e) => e.expected === CYCLE_EXPECTED);
    expect(cycles.map((e) => [e.file, e.found])).toEqual(
      ['a', 'b', 'c'].map((x) => [shown(dir, `policies/2023/${x}.md`), '循环替代：2023/a → 2023/b → 2023/c → 2023/a']),
    );
  });

  it('reports a replaced policy still marked 有效, at its validity line or else at replacedBy', () => {
    const dir = freshContent();
    const implicit = writePolicy(dir, '2023/implicit', '2023-01-05', ['replacedBy: 2025/freight-rules']);
    const explicit = writePolicy(dir, '2023/explicit', '2023-01-05', [
      'validity: 有效',
      'replacedBy: 2025/freight-rules',
    ]);
    const expected = '已被替代的文件，有效性应为“废止”或“失效”，并填写失效或废止日期（validityDate）';
    expect(checkContent(dir).errors).toEqual([
      {
        file: shown(dir, explicit),
        line: 7,
        field: '有效性（validity）',
        expected,
        found: '"有效"，但已填写替代文件 2025/freight-rules',
      },
      {
        file: shown(dir, implicit),
        line: 7,
        field: '有效性（validity）',
        expected,
        found: '"有效"，但已填写替代文件 2025/freight-rules',
      },
    ]);
  });

  it('warns when the successor is itself replaced, naming the current document at the end of the chain', () => {
    const dir = freshContent();
    const first = writePolicy(dir, '2022/first', '2022-05-09', repealed('2023/second'));
    const second = writePolicy(dir, '2023/second', '2023-05-08', repealed('2024/freight-rules-old'));
    expect(replacementWarnings(dir)).toEqual([
      {
        file: shown(dir, first),
        line: 9,
        field: FIELD,
        expected:
          '直接指向现行文件 2025/freight-rules（示例省道路货物运输经营者信用管理办法）：读者从本文件应一步找到现在适用的文件',
        found: '"2023/second"，该文件本身已废止，又被 2024/freight-rules-old 替代',
      },
      expect.objectContaining({
        file: shown(dir, second),
        found: '"2024/freight-rules-old"，该文件本身已废止，又被 2025/freight-rules 替代',
      }),
    ]);
  });

  it('warns when the successor was published before the document it replaces', () => {
    const dir = freshContent();
    const later = writePolicy(dir, '2026/later', '2026-02-02', [
      'validity: 失效',
      'validityDate: 2026-03-01',
      'replacedBy: 2025/freight-rules',
    ]);
    expect(replacementWarnings(dir)).toEqual([
      {
        file: shown(dir, later),
        line: 9,
        field: FIELD,
        expected: '替代文件晚于被替代的文件发布（本文件发布于 2026-02-02 10:00）；请确认没有把两份文件的关系写反',
        found: '"2025/freight-rules" 发布于 2025-03-10 09:30，早于本文件',
      },
    ]);
  });

  it('stays linear: a chain of 100,000 policies is checked without a quadratic walk', () => {
    const n = 100_000;
    const entries: CheckedEntry[] = Array.from({ length: n }, (_, i) => ({
      collection: 'policies',
      id: `p${i}`,
      file: `p${i}.md`,
      path: `/p${i}.md`,
      data: {
        title: `文件${i}`,
        publishDate: `2020-01-01 ${String(Math.floor(i / 6000) % 24).padStart(2, '0')}:00`,
        validity: i === n - 1 ? '有效' : '废止',
        ...(i < n - 1 ? { replacedBy: `p${i + 1}` } : {}),
      },
    }));
    const lines = { field: () => 5 } as unknown as SourceLines;
    const errors: ContentProblem[] = [];
    const warnings: ContentProblem[] = [];
    const started = performance.now();
    replacementProblems(entries, lines, errors, warnings);
    const ms = performance.now() - started;
    expect(errors).toEqual([]);
    // Every policy but the last two points at a replaced one; each is told the end of the chain.
    expect(warnings).toHaveLength(n - 2);
    expect(warnings[0]!.expected).toContain(`直接指向现行文件 p${n - 1}（文件${n - 1}）`);
    // A guard against an O(n²) walk (10^10 steps, minutes), not a speed target: about 0.3 s on a quiet
    // machine, several seconds on a busy shared one, so the limit leaves room for load.
    expect(ms).toBeLessThan(20_000);
  });
});

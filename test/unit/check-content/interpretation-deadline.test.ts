/**
 * A policy marked needsInterpretation without a 政策解读 published within the
 * site's interpretationDays working days (default 3) is a warning, counted
 * with the holiday calendar up to the check's `today`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/checks/check-content.ts';
import { freshContentFolders, markdown, shown, write } from '../../support/content-cases.ts';
import { replaceIn } from '../../support/fixture-content.ts';

const freshContent = freshContentFolders();
const POLICY = 'policies/2025/freight-rules.md';
const QA = 'interpretations/freight-rules-qa.md';

const expectedFor = (deadline: string, id = '2025/freight-rules', days = 3, basis = '') =>
  `政策解读与文件同步发布，最迟在文件发布后 ${days} 个工作日内，即 ${deadline} 前${basis}：` +
  `在 content/interpretations 中新建解读并写 policy: ${id}（可用 npm run new -- interpretation --policy ${id}）；不需要解读的，删去 needsInterpretation`;

/** The deadline warnings of a check run on `today`. */
const deadlineWarnings = (dir: string, today: string) =>
  checkContent(dir, { today }).warnings.filter((w) => w.field === '需要解读（needsInterpretation）');

/** A policy needing a 解读, published on `date`. */
function writePolicy(dir: string, name: string, date: string, extra: string[] = []): string {
  const relative = `policies/${date.slice(0, 4)}/${name}.md`;
  write(
    dir,
    relative,
    markdown([
      `title: 测试文件${name}`,
      'publisher: 示例省交通运输厅',
      `publishDate: "${date} 10:00"`,
      'topic: 工业、交通\\公路',
      'kind: 其他文件',
      'needsInterpretation: true',
      ...extra,
    ]),
  );
  return relative;
}

describe('解读 deadline', () => {
  it('is met by the fixture: its policy got its 解读 the next day', () => {
    expect(deadlineWarnings(freshContent(), '2026-06-01')).toEqual([]);
  });

  it('warns about a policy whose 解读 is still missing 3 working days after it, at the needsInterpretation line', () => {
    const dir = freshContent();
    fs.rmSync(path.join(dir, QA));
    expect(deadlineWarnings(dir, '2026-06-01')).toEqual([
      {
        file: shown(dir, POLICY),
        line: 11,
        field: '需要解读（needsInterpretation）',
        expected: expectedFor('2025-03-13'),
        found: '文件发布于 2025-03-10，到 2026-06-01 还没有发布解读',
      },
    ]);
    // Errors stay empty: a late 解读 never stops the build.
    expect(checkContent(dir, { today: '2026-06-01' }).errors).toEqual([]);
  });

  it('says nothing while there is still time', () => {
    const dir = freshContent();
    fs.rmSync(path.join(dir, QA));
    expect(deadlineWarnings(dir, '2025-03-13')).toEqual([]);
    expect(deadlineWarnings(dir, '2025-03-14')).toHaveLength(1);
  });

  it('counts working days with the holiday calendar: the National Day week and its 调休 Saturday', () => {
    const dir = freshContent();
    const file = writePolicy(dir, 'before-holiday', '2025-09-30');
    // 1–8 October 2025 are off; 9 and 10 October, and Saturday 11 October (调休), are working days.
    expect(deadlineWarnings(dir, '2025-10-11')).toEqual([]);
    expect(deadlineWarnings(dir, '2025-10-12')).toEqual([
      expect.objectContaining({
        file: shown(dir, file),
        expected: expectedFor('2025-10-11', '2025/before-holiday'),
        found: '文件发布于 2025-09-30，到 2025-10-12 还没有发布解读',
      }),
    ]);
  });

  it('says when the calendar does not know the year yet', () => {
    const dir = freshContent();
    writePolicy(dir, 'future', '2031-03-03');
    const [warning] = deadlineWarnings(dir, '2031-04-01');
    expect(warning!.expected).toBe(
      expectedFor('2031-03-06', '2031/future', 3, '（该年份的节假日安排尚未收录，仅按周末计算）'),
    );
  });

  it('takes the number of working days from site.yaml (interpretationDays)', () => {
    const dir = freshContent();
    replaceIn(dir, 'site.yaml', 'pageSize: 20', 'pageSize: 20\ninterpretationDays: 0');
    replaceIn(dir, QA, 'publishDate: "2025-03-11 10:00"', 'publishDate: "2025-03-12 10:00"');
    // Same day required; the 解读 came two days later, so it is late, but it is there: no warning.
    expect(deadlineWarnings(dir, '2026-06-01')).toEqual([]);
    writePolicy(dir, 'same-day', '2025-06-03');
    expect(deadlineWarnings(dir, '2025-06-03')).toEqual([]);
    expect(deadlineWarnings(dir, '2025-06-04')).toEqual([
      expect.objectContaining({
        expected: expectedFor('2025-06-03', '2025/same-day', 0),
        found: '文件发布于 2025-06-03，到 2025-06-04 还没有发布解读',
      }),
    ]);
  });

  it('does not count a 解读 that is not published, or not yet out on the day', () => {
    const dir = freshContent();
    replaceIn(dir, QA, 'form: 问答', 'form: 问答\ndisclosure: 不予公开');
    expect(deadlineWarnings(dir, '2026-06-01')).toHaveLength(1);
    const dir2 = freshContent();
    replaceIn(dir2, QA, 'publishDate: "2025-03-11 10:00"', 'publishDate: "2026-07-01 10:00"');
    expect(deadlineWarnings(dir2, '2026-06-01')).toHaveLength(1);
    expect(deadlineWarnings(dir2, '2026-07-01')).toEqual([]);
  });

  it('leaves alone policies that are no longer 有效, not published, or not marked', () => {
    const dir = freshContent();
    writePolicy(dir, 'repealed', '2025-01-06', ['validity: 废止', 'validityDate: 2025-05-01']);
    writePolicy(dir, 'withheld', '2025-01-06', ['disclosure: 依申请公开']);
    writePolicy(dir, 'unmarked', '2025-01-06');
    replaceIn(dir, 'policies/2025/unmarked.md', 'needsInterpretation: true', 'needsInterpretation: false');
    expect(deadlineWarnings(dir, '2026-06-01')).toEqual([]);
  });
});

/** 互动交流 rules: consultation status on a given day, reply-time statistics, and the checks on letters and consultations. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';
import { consultationStatus, daysLeft } from '../../src/utils/consultation-status.ts';
import { replyStatsByYear } from '../../src/utils/reply-stats.ts';
import { writeFixtureContent } from '../support/fixture-content.ts';

describe('consultation status', () => {
  const c = { startDate: '2025-06-01', endDate: '2025-06-30' };
  it.each([
    ['2025-05-31', '未开始'],
    ['2025-06-01', '正在征集'],
    ['2025-06-30', '正在征集'],
    ['2025-07-01', '已结束'],
  ])('on %s it is %s', (today, status) => {
    expect(consultationStatus(c, today)).toBe(status);
  });

  it('counts the days left including today and the last day', () => {
    expect(daysLeft('2025-06-30', '2025-06-15')).toBe(16);
    expect(daysLeft('2025-06-30', '2025-06-30')).toBe(1);
  });
});

describe('reply-time statistics', () => {
  it('gives per reply year the count, mean and longest working days, and how many were within the limit', () => {
    const stats = replyStatsByYear(
      [
        { receivedDate: '2025-09-29', replyDate: '2025-10-09' }, // 2 working days (National Day in between)
        { receivedDate: '2025-06-02', replyDate: '2025-06-30' }, // 20
        { receivedDate: '2025-12-29', replyDate: '2026-01-05' }, // 4 (元旦 1–3 January; 4 January worked)
      ],
      10,
    );
    expect(stats).toEqual([
      { year: 2026, letters: 1, meanDays: 4, maxDays: 4, withinLimit: 1 },
      { year: 2025, letters: 2, meanDays: 11, maxDays: 20, withinLimit: 1 },
    ]);
  });
});

describe('content checks on 互动交流', () => {
  const dirs: string[] = [];
  const pinned = process.env.GONGKAI_TODAY;
  const fresh = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-hdjl-'));
    dirs.push(dir);
    writeFixtureContent(dir);
    return dir;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
    if (pinned === undefined) delete process.env.GONGKAI_TODAY;
    else process.env.GONGKAI_TODAY = pinned;
  });

  it('wants both parts of a letter and a reply not before the letter', () => {
    const dir = fresh();
    const file = path.join(dir, 'letters', 'reply-fast.md');
    fs.writeFileSync(
      file,
      fs
        .readFileSync(file, 'utf8')
        .replace('## 答复内容', '## 回复')
        .replace('replyDate: 2025-10-09', 'replyDate: 2025-09-01'),
    );
    const problems = checkContent(dir).errors.filter((e) => e.file.endsWith('reply-fast.md'));
    expect(problems.map((p) => [p.field, p.found])).toEqual([
      ['答复日期（replyDate）', '"2025-09-01"'],
      ['正文', '缺少小标题：答复内容'],
    ]);
  });

  it('reminds to publish the feedback a month after a consultation closed', () => {
    const dir = fresh();
    process.env.GONGKAI_TODAY = '2026-07-16';
    expect(checkContent(dir).warnings.filter((w) => w.file.endsWith('open.md'))).toEqual([]);
    process.env.GONGKAI_TODAY = '2026-07-17';
    const [warning] = checkContent(dir).warnings.filter((w) => w.file.endsWith('open.md'));
    expect(warning).toMatchObject({ field: '意见采纳情况（feedback）', found: '未填写' });
    expect(warning!.expected).toContain('征集已于 2026-06-16 结束');
  });

  it('rejects feedback published before the consultation closed', () => {
    const dir = fresh();
    const file = path.join(dir, 'consultations', 'closed.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('  date: 2026-05-20', '  date: 2026-04-20'));
    const [error] = checkContent(dir).errors;
    expect(error).toMatchObject({
      field: '意见采纳情况 › 日期（feedback.date）',
      expected: '意见采纳情况应在征集截止以后公布',
    });
  });
});

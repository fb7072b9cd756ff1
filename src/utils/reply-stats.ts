/**
 * 留言选登 reply times: per year of reply, how many letters, the mean and
 * the longest reply time in working days, and how many were answered within
 * the promised time. One pass over the letters.
 */
import { workingDaysBetween } from './working-days.ts';

export interface YearReplyStats {
  year: number;
  letters: number;
  /** Mean working days from receipt to reply, one decimal. */
  meanDays: number;
  maxDays: number;
  withinLimit: number;
}

export function replyStatsByYear(
  letters: readonly { receivedDate: string; replyDate: string }[],
  limitDays: number,
): YearReplyStats[] {
  const years = new Map<number, { letters: number; total: number; max: number; within: number }>();
  for (const l of letters) {
    const days = workingDaysBetween(l.receivedDate, l.replyDate);
    const year = Number(l.replyDate.slice(0, 4));
    const s = years.get(year) ?? { letters: 0, total: 0, max: 0, within: 0 };
    s.letters++;
    s.total += days;
    s.max = Math.max(s.max, days);
    if (days <= limitDays) s.within++;
    years.set(year, s);
  }
  return [...years]
    .sort(([a], [b]) => b - a)
    .map(([year, s]) => ({
      year,
      letters: s.letters,
      meanDays: Math.round((s.total / s.letters) * 10) / 10,
      maxDays: s.max,
      withinLimit: s.within,
    }));
}

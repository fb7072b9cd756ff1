/**
 * 条例 art. 49: a department publishes its 年报 for year N by 31 January of
 * year N+1. After that date the previous year's report should be on the site.
 * "Today" is the build date in Beijing time, or GONGKAI_TODAY (YYYY-MM-DD)
 * so tests and reproducible builds do not depend on the clock.
 */
import { isRealDate } from '../utils/dates.ts';

/** The build date, `YYYY-MM-DD` in Beijing time. */
export function buildDate(env: NodeJS.ProcessEnv = process.env, now = Date.now()): string {
  const fixed = env.GONGKAI_TODAY?.trim();
  if (fixed) {
    if (!isRealDate(fixed)) throw new Error(`GONGKAI_TODAY 应为日期，格式 YYYY-MM-DD，实际为“${fixed}”`);
    return fixed;
  }
  return new Date(now + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The report year due by 31 January of today's year. */
export function dueReportYear(today: string): number {
  return Number(today.slice(0, 4)) - 1;
}

/** Whether the report for `dueReportYear(today)` is overdue when missing. */
export function pastDeadline(today: string): boolean {
  return today.slice(5) > '01-31';
}

/**
 * Working days (工作日) in mainland China: weekends and public holidays are
 * off, and the 调休 Saturdays or Sundays worked instead are on. The calendar
 * is the `chinese-days` package's published JSON (State Council holiday
 * notices from 2004 on, updated each year when the next year's notice
 * appears). Years it does not cover yet fall back to weekends only, and
 * callers can say so (`calendarCovers`).
 *
 * Dates are `YYYY-MM-DD` strings, as everywhere in Gongkai; the arithmetic
 * steps whole UTC days, so no time zone can shift a date.
 */
import calendar from 'chinese-days/dist/chinese-days.json' with { type: 'json' };

const holidays = new Set(Object.keys(calendar.holidays));
const workdays = new Set(Object.keys(calendar.workdays));
const coveredYears = new Set([...holidays, ...workdays].map((d) => d.slice(0, 4)));

const DAY = 86_400_000;
const toTime = (ymd: string) =>
  Date.UTC(Number(ymd.slice(0, 4)), Number(ymd.slice(5, 7)) - 1, Number(ymd.slice(8, 10)));
const fromTime = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Whether the holiday calendar knows this date's year (otherwise weekends only). */
export function calendarCovers(ymd: string): boolean {
  return coveredYears.has(ymd.slice(0, 4));
}

export function isWorkingDay(ymd: string): boolean {
  if (holidays.has(ymd)) return false;
  if (workdays.has(ymd)) return true;
  const weekday = new Date(toTime(ymd)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The last day of a time limit of `n` working days counted from `start`
 * (条例 style: the day of the act itself does not count).
 */
export function addWorkingDays(start: string, n: number): string {
  let t = toTime(start);
  for (let left = n; left > 0;) {
    t += DAY;
    if (isWorkingDay(fromTime(t))) left--;
  }
  return fromTime(t);
}

/**
 * Working days from `start` (exclusive) to `end` (inclusive): 0 for the same
 * day, negative when `end` comes first.
 */
export function workingDaysBetween(start: string, end: string): number {
  if (end < start) return -workingDaysBetween(end, start);
  let count = 0;
  for (let t = toTime(start) + DAY, last = toTime(end); t <= last; t += DAY) if (isWorkingDay(fromTime(t))) count++;
  return count;
}

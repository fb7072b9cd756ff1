/**
 * The corpus calendar: the years it spans, working days and office hours for
 * publication times, and dates and numbers written the Chinese way.
 */
import type { Rng } from './random.ts';

export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2026;
/** Latest publication date (the corpus is “as of” this day). */
export const CAP_DATE = '2026-11-20';

const pad2 = (n: number) => String(n).padStart(2, '0');
export const dayMs = 86_400_000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
export const dayTime = (day: string) => Date.parse(`${day}T00:00:00Z`);
export const addDays = (day: string, n: number) => isoDay(dayTime(day) + n * dayMs);
const isWeekend = (day: string) => {
  const w = new Date(dayTime(day)).getUTCDay();
  return w === 0 || w === 6;
};
export const nextWorkday = (day: string) => {
  let d = day;
  while (isWeekend(d)) d = addDays(d, 1);
  return d;
};

/** Working days of each year, up to CAP_DATE. */
export function workdaysByYear(): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    const days: string[] = [];
    for (let t = dayTime(`${y}-01-01`); ; t += dayMs) {
      const d = isoDay(t);
      if (!d.startsWith(String(y)) || d > CAP_DATE) break;
      if (!isWeekend(d)) days.push(d);
    }
    map.set(y, days);
  }
  return map;
}

export function workingTime(r: Rng): string {
  // 08:30–11:59 or 14:00–17:59, with a small share of lunch-hour publishing.
  const minutes = r.chance(0.55) ? r.int(510, 719) : r.chance(0.93) ? r.int(840, 1079) : r.int(720, 839);
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

const cnDigits = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
export function cnNumber(n: number): string {
  if (n <= 10) return n === 10 ? '十' : cnDigits[n]!;
  if (n < 20) return `十${cnDigits[n - 10]}`;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${cnDigits[tens]}十${ones ? cnDigits[ones] : ''}`;
}
export const chineseDate = (day: string) =>
  `${day.slice(0, 4)}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

/**
 * Update windows of columns (`updateWithin` in site.yaml): `14天`, `2周`,
 * `6个月`, or `不检查`. Dates are `YYYY-MM-DD` strings; the arithmetic steps
 * whole UTC days, so no time zone shifts a date.
 */

export interface UpdateWindow {
  amount: number;
  unit: '天' | '周' | '个月';
  /** As written, e.g. `2周`. */
  text: string;
}

/** `2周` → a window; `不检查` → undefined. The schema has checked the form. */
export function parseUpdateWindow(text: string): UpdateWindow | undefined {
  const m = /^(\d+)(天|周|个月)$/.exec(text.trim());
  return m ? { amount: Number(m[1]), unit: m[2] as UpdateWindow['unit'], text: text.trim() } : undefined;
}

const DAY = 86_400_000;
const toTime = (ymd: string) =>
  Date.UTC(Number(ymd.slice(0, 4)), Number(ymd.slice(5, 7)) - 1, Number(ymd.slice(8, 10)));
const fromTime = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The earliest date an item may have for the column to count as updated on `today`. */
export function windowStart(today: string, window: UpdateWindow): string {
  if (window.unit === '个月') {
    const y = Number(today.slice(0, 4));
    const m = Number(today.slice(5, 7)) - 1 - window.amount;
    // The same day of the month, or the month's last day (31 May − 3个月 → 28 or 29 February).
    const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
    return fromTime(Date.UTC(y, m, Math.min(Number(today.slice(8, 10)), last)));
  }
  return fromTime(toTime(today) - window.amount * (window.unit === '周' ? 7 : 1) * DAY);
}

/** Calendar days from `start` to `end`. */
export function daysBetween(start: string, end: string): number {
  return Math.round((toTime(end) - toTime(start)) / DAY);
}

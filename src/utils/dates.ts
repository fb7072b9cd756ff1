/**
 * Date helpers for dates held as Beijing-time strings ("YYYY-MM-DD" and
 * "YYYY-MM-DD HH:MM"). Plain strings sort correctly and never shift across
 * time zones, so no `Date` object is needed to order or display them.
 */

export function isRealDate(ymd: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

/** "2024-03-08 10:30" → "2024年03月08日" (the form used in metadata tables). */
export function formatChineseDate(value: string): string {
  return `${value.slice(0, 4)}年${value.slice(5, 7)}月${value.slice(8, 10)}日`;
}

/** The year of a date string, as a number. */
export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}

/** "2024-03-08 10:30" → ISO 8601 with the +08:00 offset, for <time datetime>. */
export function toIsoBeijing(value: string): string {
  return value.length > 10 ? `${value.slice(0, 10)}T${value.slice(11, 16)}+08:00` : value;
}

/**
 * "Today" for what a build computes from the calendar (年报 deadline,
 * 征集意见 open or closed): the build date in Beijing time, or GONGKAI_TODAY
 * (YYYY-MM-DD) so tests and reproducible builds do not depend on the clock.
 */
export function buildDate(env: NodeJS.ProcessEnv = process.env, now = Date.now()): string {
  const fixed = env.GONGKAI_TODAY?.trim();
  if (fixed) {
    if (!isRealDate(fixed)) throw new Error(`GONGKAI_TODAY 应为日期，格式 YYYY-MM-DD，实际为“${fixed}”`);
    return fixed;
  }
  return new Date(now + 8 * 3600_000).toISOString().slice(0, 10);
}

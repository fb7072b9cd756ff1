/**
 * 条例 art. 49: a department publishes its 年报 for year N by 31 January of
 * year N+1. After that date the previous year's report should be on the site.
 * "Today" is the build date (utils/dates.ts buildDate).
 */

/** The report year due by 31 January of today's year. */
export function dueReportYear(today: string): number {
  return Number(today.slice(0, 4)) - 1;
}

/** Whether the report for `dueReportYear(today)` is overdue when missing. */
export function pastDeadline(today: string): boolean {
  return today.slice(5) > '01-31';
}

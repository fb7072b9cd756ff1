/**
 * Publication dates after the build date. A static site cannot publish an
 * entry later: it is published now, dated in the future, and tops the home
 * page, its column and the RSS feeds until that date passes. A date a day
 * ahead is tolerated (an editor in another time zone, a build just before
 * midnight); later than that is warned about; more than a year ahead is
 * an error, since it is a typing mistake (2062 for 2026), not a plan.
 * A 征集意见 is announced before it opens (its status follows startDate:
 * 未开始), so only the error applies to it.
 */
import type { ContentProblem } from '../schemas/format-issues.ts';
import type { CheckedEntry } from '../catalogue/entry.ts';
import type { SourceLines } from './source-lines.ts';

/** Days after the build date a publishDate may be without a word. */
export const FUTURE_TOLERANCE_DAYS = 1;
/** Days after the build date beyond which a publishDate is an error. */
export const FUTURE_ERROR_DAYS = 366;

const dayNumber = (ymd: string) =>
  Date.UTC(Number(ymd.slice(0, 4)), Number(ymd.slice(5, 7)) - 1, Number(ymd.slice(8, 10))) / 86_400_000;

export function futureDateProblems(
  entries: readonly CheckedEntry[],
  today: string,
  lines: SourceLines,
  errors: ContentProblem[],
  warnings: ContentProblem[],
): void {
  const now = dayNumber(today);
  for (const e of entries) {
    const date = e.data.publishDate;
    if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(date)) continue;
    const ahead = dayNumber(date) - now;
    if (ahead <= (e.collection === 'consultations' ? FUTURE_ERROR_DAYS : FUTURE_TOLERANCE_DAYS)) continue;
    const problem = {
      file: e.file,
      line: lines.field(e.path, ['publishDate']),
      field: '发布日期（publishDate）',
      expected: `不晚于生成网站的日期（${today}）：静态网站不能定时发布，未来日期的条目会立即发布，并排在首页、栏目和 RSS 的最前面`,
      found: `"${date}"，比生成日期晚 ${ahead} 天`,
    };
    (ahead > FUTURE_ERROR_DAYS ? errors : warnings).push(problem);
  }
}

/**
 * A policy marked `needsInterpretation` gets its 政策解读 on time.
 *
 * The national rule (国办发〔2016〕80号 实施细则, 谁起草、谁解读) is that a
 * policy and its 解读 are organised, approved and published together (同步);
 * many provinces allow at most 3 working days after the policy (e.g. 郑州:
 * "最迟应在政策文件公开发布后3个工作日内发布"). The limit is the site's
 * `interpretationDays` (default 3), counted in working days with the
 * holiday calendar (utils/working-days.ts), from the policy's publication
 * day to the build date (or the `today` the check is given).
 *
 * A warning, not an error: the number is a local rule rather than a national
 * one, the fix is to write another document rather than to correct this
 * one, and a build must not start failing merely because days have passed
 * (nor hold back an urgent 通知 while a 解读 is being written). Only
 * policies still 有效 are looked at; a 解读 published late ends the warning.
 * One pass over the entries, a map by policy id: linear in their number.
 */
import type { SiteSettings } from '../schemas/site.ts';
import type { ContentProblem } from '../schemas/format-issues.ts';
import { addWorkingDays, calendarCovers } from '../utils/working-days.ts';
import { isUnpublished, type CheckedEntry } from '../catalogue/entry.ts';
import type { SourceLines } from './source-lines.ts';

export function interpretationDeadlineWarnings(
  entries: readonly CheckedEntry[],
  site: SiteSettings,
  today: string,
  lines: SourceLines,
): ContentProblem[] {
  // Policy id → the earliest day one of its published 解读 came out (up to today).
  const firstInterpretation = new Map<string, string>();
  for (const e of entries) {
    if (e.collection !== 'interpretations' || isUnpublished(e)) continue;
    const day = (e.data.publishDate as string).slice(0, 10);
    const policy = e.data.policy as string;
    const before = firstInterpretation.get(policy);
    if (day <= today && (before === undefined || day < before)) firstInterpretation.set(policy, day);
  }
  const days = site.interpretationDays;
  const warnings: ContentProblem[] = [];
  for (const e of entries) {
    if (
      e.collection !== 'policies' ||
      e.data.needsInterpretation !== true ||
      e.data.validity !== '有效' ||
      isUnpublished(e)
    )
      continue;
    if (firstInterpretation.has(e.id)) continue;
    const published = (e.data.publishDate as string).slice(0, 10);
    const deadline = addWorkingDays(published, days);
    if (today <= deadline) continue;
    const basis =
      calendarCovers(published) && calendarCovers(deadline) ? '' : '（该年份的节假日安排尚未收录，仅按周末计算）';
    warnings.push({
      file: e.file,
      line: lines.field(e.path, ['needsInterpretation']),
      field: '需要解读（needsInterpretation）',
      expected:
        `政策解读与文件同步发布，最迟在文件发布后 ${days} 个工作日内，即 ${deadline} 前${basis}：` +
        `在 content/interpretations 中新建解读并写 policy: ${e.id}（可用 npm run new -- interpretation --policy ${e.id}）；不需要解读的，删去 needsInterpretation`,
      found: `文件发布于 ${published}，到 ${today} 还没有发布解读`,
    });
  }
  return warnings;
}

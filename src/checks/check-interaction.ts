/**
 * Checks on 互动交流 content that one field cannot make alone: a published
 * letter shows both the letter and the reply, the reply does not come before
 * the letter, and a closed 征集意见 gets its feedback summary (检查指标 asks
 * that consultations report back).
 */
import fs from 'node:fs';
import type { ContentProblem } from '../schemas/format-issues.ts';
import type { CheckedEntry } from '../catalogue/entry.ts';
import type { SourceLines } from './source-lines.ts';

const LETTER_HEADINGS = ['来信内容', '答复内容'];
/** Days after closing before a missing feedback summary is pointed out. */
const FEEDBACK_GRACE_DAYS = 30;

/** `today`: the build date (征集意见 closed a month ago without feedback are pointed out). */
export function checkInteraction(
  entries: readonly CheckedEntry[],
  today: string,
  lines: SourceLines,
  errors: ContentProblem[],
  warnings: ContentProblem[],
): void {
  for (const e of entries) {
    const d = e.data as Record<string, string | undefined>;
    if (e.collection === 'letters') {
      if (d.replyDate! < d.receivedDate!) {
        errors.push({
          file: e.file,
          line: lines.field(e.path, ['replyDate']),
          field: '答复日期（replyDate）',
          expected: `不早于来信日期（${d.receivedDate}）`,
          found: `"${d.replyDate}"`,
        });
      }
      const body = fs.readFileSync(e.path, 'utf8');
      const missing = LETTER_HEADINGS.filter((h) => !new RegExp(`^##\\s*${h}\\s*$`, 'm').test(body));
      if (missing.length) {
        errors.push({
          file: e.file,
          line: lines.bodyStart(e.path),
          field: '正文',
          expected: '正文分两部分，分别以小标题“## 来信内容”和“## 答复内容”开始',
          found: `缺少小标题：${missing.join('、')}`,
        });
      }
    }
    if (e.collection === 'consultations' && !e.data.feedback) {
      const end = d.endDate!;
      const graceOver = new Date(
        Date.UTC(Number(end.slice(0, 4)), Number(end.slice(5, 7)) - 1, Number(end.slice(8, 10)) + FEEDBACK_GRACE_DAYS),
      )
        .toISOString()
        .slice(0, 10);
      if (today > graceOver) {
        warnings.push({
          file: e.file,
          line: lines.field(e.path, ['endDate']),
          field: '意见采纳情况（feedback）',
          expected: `征集已于 ${end} 结束，请公布意见采纳情况（收到和采纳条数、采纳情况说明）`,
          found: '未填写',
        });
      }
    }
  }
}

/**
 * 公开方式 (国办发〔2016〕80号: every document's 公开属性 is
 * decided when it is drafted). Only 主动公开 entries are published: those
 * marked 依申请公开 or 不予公开 get no page, no 索引号, no search record and
 * no place in any list or feed. The check says so for each of them, as a
 * notice, so an editor who chose the wrong value sees it before wondering
 * where the document went.
 */
import type { ContentProblem } from '../schemas/format-issues.ts';
import { isUnpublished, type CheckedEntry } from '../catalogue/entry.ts';
import type { SourceLines } from './source-lines.ts';

export const UNPUBLISHED_EXPECTED =
  '只有公开方式为“主动公开”的条目发布到网站；此条目需要发布时，把 disclosure 改为 主动公开';

/** One notice per entry that is not published. */
export function unpublishedNotices(entries: readonly CheckedEntry[], lines: SourceLines): ContentProblem[] {
  return entries.filter(isUnpublished).map((e) => ({
    file: e.file,
    line: lines.field(e.path, ['disclosure']),
    field: '公开方式（disclosure）',
    expected: UNPUBLISHED_EXPECTED,
    found: `此条目公开方式为${String(e.data.disclosure)}，不会发布到网站`,
  }));
}

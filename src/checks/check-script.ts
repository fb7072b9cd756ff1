/**
 * The script (繁體 or 简体) of each published body, as a notice: a 繁體
 * original is published as written on the 繁體 page and converted on the
 * simplified one, so an editor should see which way the build read it, and
 * a body mixing both scripts is named so the `script` field can settle it.
 * Simplified bodies, the usual case, get no notice.
 */
import { SCRIPT_RULE, scriptOfCounts, withField } from '../utils/han-script.ts';
import type { ContentProblem } from '../schemas/format-issues.ts';
import type { BodyFacts } from './body-facts.ts';
import { isUnpublished, type CheckedEntry } from '../catalogue/entry.ts';
import type { SourceLines } from './source-lines.ts';

const FIELD = '正文字体（script）';

export function scriptNotices(
  entries: readonly CheckedEntry[],
  facts: ReadonlyMap<CheckedEntry, BodyFacts>,
  lines: SourceLines,
): ContentProblem[] {
  const notices: ContentProblem[] = [];
  for (const e of entries) {
    const counts = facts.get(e)?.script;
    if (!counts || e.collection === 'pages' || isUnpublished(e)) continue;
    const field = typeof e.data.script === 'string' ? e.data.script : undefined;
    const finding = withField(field, scriptOfCounts(counts));
    // An editor who wrote script: 简体 has settled it.
    if (finding.script === 'hans' && (!finding.mixed || finding.source === 'field')) continue;
    const tally = `繁體字 ${counts.traditional} 个、简体字 ${counts.simplified} 个`;
    const line = field ? lines.field(e.path, ['script']) : lines.bodyStart(e.path);
    if (finding.script === 'hant') {
      notices.push({
        file: e.file,
        line,
        field: FIELD,
        expected: '繁體原文在繁體页原样发布，简体页由系统转换并注明“以原文为准”；判断有误时在信息头写 script: 简体',
        found:
          finding.source === 'field' ? `信息头写明繁体（${tally}）` : `按正文判断为繁體（${tally}；${SCRIPT_RULE}）`,
      });
    } else {
      notices.push({
        file: e.file,
        line,
        field: FIELD,
        expected: '正文只用一种字体；确为繁體原文时在信息头写 script: 繁体，否则按简体发布',
        found: `正文简繁混用（${tally}），按简体发布`,
      });
    }
  }
  return notices;
}

/**
 * The checks on what an entry publishes beyond its metadata, run over every
 * entry (cached or not) from its body facts: personal data in the title,
 * summary, attachment names and body; images; links into the site. Entries that are not published
 * (依申请公开, 不予公开) are skipped: nothing of them reaches the site.
 */
import type { ContentProblem } from '../schemas/format-issues.ts';
import type { BodyFacts } from './body-facts.ts';
import { isUnpublished, type CheckedEntry } from '../catalogue/entry.ts';
import { imageProblems } from './check-images.ts';
import { linkProblems } from './check-links.ts';
import { personalDataProblems } from './check-personal-data.ts';
import { CONTROL_CHAR_EXPECTED } from './check-control-chars.ts';
import { describeChar } from '../utils/control-chars.ts';
import type { SiteUrls } from './site-urls.ts';
import type { SourceLines } from './source-lines.ts';

export interface BodyCheckContext {
  lines: SourceLines;
  /** The site's domain: links to it are internal links. */
  domain: string;
  /** The content folder (images must be inside it). */
  root: string;
  /** The site's pages and files. */
  urls: SiteUrls;
}

export function checkBodyOf(e: CheckedEntry, facts: BodyFacts, ctx: BodyCheckContext): ContentProblem[] {
  if (isUnpublished(e)) return [];
  return [
    ...(facts.controls ?? []).map((c) => ({
      file: e.file,
      line: c.line,
      field: '正文',
      expected: CONTROL_CHAR_EXPECTED,
      found: `第${c.position}个字符是 ${describeChar(c.char)}`,
    })),
    ...personalDataProblems(e, facts, ctx.lines),
    ...imageProblems(e, facts, (sitePath) => ctx.urls.has(sitePath), ctx.root),
    ...linkProblems(e, facts, ctx.urls, ctx.domain),
  ];
}

/**
 * No personal data is published by accident: 身份证号, mobile numbers and
 * bank card numbers in any published field, the body or the file name (which
 * becomes the page's address) stop the build, unless the entry records that
 * someone reviewed them and decided they may be published
 * (`piiReviewed: { reviewer, date }`, e.g. a 公示 that must name a person's
 * number by law).
 *
 * Every text value of the checked frontmatter is scanned, whatever the
 * field: a field added to a schema tomorrow is covered without a list to
 * keep up to date. Data list cells are scanned in check-lists.ts.
 */
import { describePath } from '../schemas/labels.ts';
import type { ContentProblem } from '../schemas/format-issues.ts';
import { findPersonalData, type PersonalDataFinding } from './personal-data.ts';
import type { BodyFacts, FieldFinding } from './body-facts.ts';
import type { CheckedEntry } from '../catalogue/entry.ts';
import type { SourceLines } from './source-lines.ts';

export const PERSONAL_DATA_EXPECTED =
  '不公开个人信息：删除该号码或只保留部分数字（如 138****5678）；确需公开的，经审查后在信息头记录 piiReviewed: { reviewer: 审查人, date: 审查日期 }';

/** Fields that are not published text: the review record itself. */
const NOT_PUBLISHED = new Set(['piiReviewed']);

/** Every text value in the frontmatter, with its path: [path, value]; the review record too when `all`. */
export function publishedText(data: unknown, path: PropertyKey[] = [], all = false): [PropertyKey[], string][] {
  if (typeof data === 'string') return [[path, data]];
  if (Array.isArray(data)) return data.flatMap((v, i) => publishedText(v, [...path, i], all));
  if (data && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([k, v]) =>
      !all && path.length === 0 && NOT_PUBLISHED.has(k) ? [] : publishedText(v, [...path, k], all),
    );
  }
  return [];
}

/** Personal data in every text field of a frontmatter: found once per file and cached with its body facts. */
export function fieldPersonalData(data: Record<string, unknown>): FieldFinding[] {
  return publishedText(data).flatMap(([path, value]) =>
    findPersonalData(value).map((f) => ({ path: path as (string | number)[], kind: f.kind, masked: f.masked })),
  );
}

export const foundText = (f: Pick<PersonalDataFinding, 'kind' | 'masked'>) => `含有${f.kind} ${f.masked}`;

/** The personal-data errors of one entry (none when it records a review). */
export function personalDataProblems(e: CheckedEntry, facts: BodyFacts, lines: SourceLines): ContentProblem[] {
  if (e.data.piiReviewed) return [];
  const problems: ContentProblem[] = [];
  for (const f of findPersonalData(e.id)) {
    problems.push({
      file: e.file,
      line: 1,
      field: '文件名（也是网页地址）',
      expected: PERSONAL_DATA_EXPECTED,
      found: foundText(f),
    });
  }
  for (const f of facts.fields ?? fieldPersonalData(e.data)) {
    problems.push({
      file: e.file,
      line: lines.field(e.path, f.path),
      field: describePath(f.path),
      expected: PERSONAL_DATA_EXPECTED,
      found: foundText(f),
    });
  }
  for (const f of facts.personalData) {
    problems.push({ file: e.file, line: f.line, field: '正文', expected: PERSONAL_DATA_EXPECTED, found: foundText(f) });
  }
  return problems;
}

/**
 * No personal data is published by accident: 身份证号, mobile numbers and
 * bank card numbers in a title, summary, attachment name or body stop the
 * build, unless the entry records that someone reviewed them and decided
 * they may be published (`piiReviewed: { reviewer, date }`, e.g. a 公示 that
 * must name a person's number by law).
 */
import { describePath } from '../schemas/labels.ts';
import type { ContentProblem } from '../utils/format-issues.ts';
import { findPersonalData, type PersonalDataFinding } from '../utils/personal-data.ts';
import type { BodyFacts } from './body-facts.ts';
import type { CheckedEntry } from './check-content.ts';
import type { SourceLines } from './source-lines.ts';

export const PERSONAL_DATA_EXPECTED =
  '不公开个人信息：删除该号码或只保留部分数字（如 138****5678）；确需公开的，经审查后在信息头记录 piiReviewed: { reviewer: 审查人, date: 审查日期 }';

/** Frontmatter fields that are published as text: [path, value]. */
function publishedText(data: Record<string, unknown>): [PropertyKey[], string][] {
  const fields: [PropertyKey[], string][] = [];
  for (const key of ['title', 'summary'] as const) if (typeof data[key] === 'string') fields.push([[key], data[key]]);
  const attachments = Array.isArray(data.attachments) ? (data.attachments as { file?: unknown; title?: unknown }[]) : [];
  attachments.forEach((a, i) => {
    if (typeof a.file === 'string') fields.push([['attachments', i, 'file'], a.file]);
    if (typeof a.title === 'string') fields.push([['attachments', i, 'title'], a.title]);
  });
  return fields;
}

const foundText = (f: Pick<PersonalDataFinding, 'kind' | 'masked'>) => `含有${f.kind} ${f.masked}`;

/** The personal-data errors of one entry (none when it records a review). */
export function personalDataProblems(e: CheckedEntry, facts: BodyFacts, lines: SourceLines): ContentProblem[] {
  if (e.data.piiReviewed) return [];
  const problems: ContentProblem[] = [];
  for (const [path, value] of publishedText(e.data)) {
    for (const f of findPersonalData(value)) {
      problems.push({ file: e.file, line: lines.field(e.path, path), field: describePath(path), expected: PERSONAL_DATA_EXPECTED, found: foundText(f) });
    }
  }
  for (const f of facts.personalData) {
    problems.push({ file: e.file, line: f.line, field: '正文', expected: PERSONAL_DATA_EXPECTED, found: foundText(f) });
  }
  return problems;
}

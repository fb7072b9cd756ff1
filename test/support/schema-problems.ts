/**
 * Shared by the schema tests (test/unit/schemas/): parse frontmatter with a
 * collection or site schema and look at the problems through formatIssues,
 * exactly as the content checker reports them to an editor.
 */
import { expect } from 'vitest';
import type { z } from 'zod';
import { formatIssues, type ContentProblem } from '../../src/schemas/format-issues.ts';

/** The file problems are reported against unless a test names another. */
export const FILE = 'content/policies/x.md';

/** The fields every disclosure collection (policies, interpretations, reports, catalogue) requires, filled in correctly. */
export const baseDocument = {
  title: '示例省道路货物运输经营者信用管理办法',
  publisher: '示例省交通运输厅',
  publishDate: '2025-03-08',
  topic: '工业、交通\\公路',
};

/** Parses and returns the formatted problems; fails the test if the data passes. */
export function problemsOf(schema: z.ZodType, data: unknown, file = FILE): ContentProblem[] {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) throw new Error(`expected a validation failure, got ${JSON.stringify(result.data)}`);
  return formatIssues(file, result.error.issues);
}

/** Parses and returns the output; fails the test with the problems if the data is rejected. */
export function parsed<T extends z.ZodType>(schema: T, data: unknown): z.output<T> {
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) throw new Error(JSON.stringify(formatIssues(FILE, result.error.issues), null, 1));
  return result.data;
}

interface Expected {
  field: string;
  expected: unknown;
  found: unknown;
}

/** Exactly one problem, with the given field, expected and found. */
export function expectOneProblem(schema: z.ZodType, data: unknown, want: Expected, file = FILE): void {
  const problems = problemsOf(schema, data, file);
  expect(problems).toEqual([{ file, ...want }]);
}

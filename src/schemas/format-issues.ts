/**
 * Turns zod issues into messages an editor can act on: which file, which
 * field, what was expected and what was found, in Chinese.
 */
import type { z } from 'zod';
import { describePath, fieldLabels } from './labels.ts';

export interface ContentProblem {
  /** Path of the file, relative to the project root. */
  file: string;
  /**
   * Line in the file (1-based): the frontmatter line of the field, the body
   * line of what was found, or 1 for the file as a whole. Absent only for
   * problems about a folder rather than a file.
   */
  line?: number | undefined;
  /** Field description, e.g. `发文字号（docNo）`. */
  field: string;
  expected: string;
  found: string;
}

const TYPE_WORDS: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表',
  object: '一组字段',
  date: '日期',
};

/** How a found value is shown: quoted text, or a word for what it is. */
export function describeFound(value: unknown): string {
  if (value === undefined) return '未填写';
  if (value === null) return '空值';
  if (typeof value === 'string') {
    if (value.trim() === '') return '空白';
    const chars = Array.from(value);
    const shown = chars.length > 60 ? `${chars.slice(0, 60).join('')}…` : value;
    return `"${shown}"`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return `${String(value)}（${TYPE_WORDS[typeof value]}）`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '无效日期' : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return `列表（${value.length}项）`;
  if (typeof value === 'object') return '一组字段';
  return String(value);
}

/** What an issue expected; a missing value reads as 必填项. */
export function expectedOf(issue: z.core.$ZodIssue): string {
  if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    return `必填项；${issue.message.replace(/^应为/, '应填写')}`;
  }
  return issue.message;
}

/** Edit distance, to suggest the field an editor probably meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

function suggestField(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const candidate of known) {
    const d = distance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/**
 * How issue paths are named, for schemas whose nested fields need more than
 * the flat label list (the 年报 statistics name table, row and column).
 */
export interface IssuePaths {
  describe?: ((path: readonly PropertyKey[]) => string) | undefined;
  /** The field names allowed at a nested path, for typo suggestions; undefined: use the top-level names. */
  knownAt?: ((path: readonly PropertyKey[]) => readonly string[] | undefined) | undefined;
}

/** A misspelt or unknown field: one problem per key, with a suggestion when one is close. */
function unknownKeyProblems(
  file: string,
  issue: z.core.$ZodIssue & { code: 'unrecognized_keys' },
  known: readonly string[],
  describe: (path: readonly PropertyKey[]) => string,
  nameOf: (field: string) => string,
  lineOf: LineOf | undefined,
): ContentProblem[] {
  const input = (issue.input ?? {}) as Record<string, unknown>;
  return issue.keys.map((key) => {
    const guess = suggestField(key, known);
    return {
      file,
      ...lineAt(lineOf, [...issue.path, key]),
      field: issue.path.length ? `${describe(issue.path)} › 未知字段（${key}）` : `未知字段（${key}）`,
      expected: `只能使用已定义的字段${guess ? `；是不是要写 ${guess}（${nameOf(guess)}）？` : '；请检查拼写或删除此字段'}`,
      found: `${key}: ${describeFound(input[key])}`,
    };
  });
}

/** The file line a path is written on (see checks/source-lines.ts). */
export type LineOf = (path: readonly PropertyKey[]) => number;

const lineAt = (lineOf: LineOf | undefined, path: readonly PropertyKey[]) => (lineOf ? { line: lineOf(path) } : {});

/**
 * @param lineOf when given, every problem gets the line its field is written on.
 * @param knownFields field names of the schema, used to suggest the intended
 *   name when a field is unknown (a typo such as `validty`).
 */
export function formatIssues(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  knownFields: readonly string[] = Object.keys(fieldLabels),
  paths: IssuePaths = {},
  lineOf?: LineOf,
): ContentProblem[] {
  const describe = paths.describe ?? describePath;
  return issues.flatMap((issue) => {
    if (issue.code !== 'unrecognized_keys') {
      return [
        {
          file,
          ...lineAt(lineOf, issue.path),
          field: describe(issue.path),
          expected: expectedOf(issue),
          found: describeFound(issue.input),
        },
      ];
    }
    const nestedKnown = issue.path.length ? paths.knownAt?.(issue.path) : undefined;
    return nestedKnown
      ? unknownKeyProblems(
          file,
          issue,
          nestedKnown,
          describe,
          (f) => describe([...issue.path, f]).replace(/（[^（]*）$/, ''),
          lineOf,
        )
      : unknownKeyProblems(file, issue, knownFields, describe, (f) => fieldLabels[f] ?? f, lineOf);
  });
}

/** Where a problem is, as editors' tools link it: `content/x.md:7`, or the file alone. */
export function placeOf(p: ContentProblem): string {
  return p.line === undefined ? p.file : `${p.file}:${p.line}`;
}

/** One problem as a block: `content/x.md:7`, then 字段, 要求 and 实际 lines. */
export function problemToText(p: ContentProblem): string {
  return `${placeOf(p)}\n  字段：${p.field}\n  要求：${p.expected}\n  实际：${p.found}`;
}

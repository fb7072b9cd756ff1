/**
 * Turns zod issues into messages an editor can act on: which file, which
 * field, what was expected and what was found, in Chinese.
 */
import type { z } from 'zod';
import { describePath } from '../schemas/labels.ts';

export interface ContentProblem {
  /** Path of the file, relative to the project root. */
  file: string;
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
    const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
    return `"${shown}"`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return `${String(value)}（${TYPE_WORDS[typeof value]}）`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '无效日期' : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return `列表（${value.length}项）`;
  if (typeof value === 'object') return '一组字段';
  return String(value);
}

function expectedOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return `必填项；${issue.message.replace(/^应为/, '应填写')}`;
  }
  if (issue.code === 'unrecognized_keys') return `只能使用已定义的字段；无法识别：${issue.keys.join('、')}`;
  return issue.message;
}

export function formatIssues(file: string, issues: readonly z.core.$ZodIssue[]): ContentProblem[] {
  return issues.map((issue) => ({
    file,
    field: describePath(issue.path),
    expected: expectedOf(issue),
    found: issue.code === 'unrecognized_keys' ? issue.keys.join('、') : describeFound(issue.input),
  }));
}

/** One line per problem: `文件 content/x.md｜字段 发文字号（docNo）｜应为 …｜实际为 "…"`. */
export function problemToText(p: ContentProblem): string {
  return `${p.file}\n  字段：${p.field}\n  要求：${p.expected}\n  实际：${p.found}`;
}

/**
 * What is checked of a content file before its text: where it really is
 * (a symbolic link out of the content folder is refused, fs/fs-safety.ts),
 * a file name that makes a working address, and a size a page can carry.
 * Then its text is read strictly as UTF-8 (utils/utf8.ts).
 */
import type fs from 'node:fs';
import type { CollectionName } from '../schemas/collections.ts';
import type { ContentProblem } from '../schemas/format-issues.ts';
import { realFileWithin } from '../fs/fs-safety.ts';
import { readUtf8, UTF8_EXPECTED } from '../utils/utf8.ts';

/** A content file as read for the check (check-file.ts checks it). */
export interface SourceFile {
  collection: CollectionName;
  /** Path within the collection folder, e.g. `2025/road-rules.md`. */
  relative: string;
  /** Path shown to editors. */
  file: string;
  /** Absolute path. */
  path: string;
  source: string;
}

/** A body above this size makes a page too heavy to open on a phone: warned, not refused. */
export const LARGE_FILE_BYTES = 2 * 1024 * 1024;

/**
 * Characters an entry's file name may not have: `#` and `?` end the path of
 * its address, `%` makes it an escape (`%2e%2e` is `..` to a browser), `\`
 * is a separator on Windows; each would publish a page no link reaches.
 */
const ADDRESS_BREAKING = /[#?%\\\u0000-\u001f\u007f]/;

export type SourceText = { ok: true; source: string } | { ok: false };

/**
 * @param relative path within the collection folder
 * @param size the file's size in bytes (from its stat)
 * @param lstat the file's own lstat, if the caller listed it (content-files.ts)
 */
export function sourceFileProblems(
  full: string,
  relative: string,
  file: string,
  root: string,
  size: number,
  errors: ContentProblem[],
  warnings: ContentProblem[],
  lstat?: fs.Stats,
): boolean {
  const at = { file, line: 1 };
  const real = realFileWithin(full, root, lstat);
  if (!real.ok) {
    errors.push({
      ...at,
      field: '文件位置',
      expected: '内容文件夹中的文件（不能是指向其他位置的链接）',
      found: real.problem,
    });
    return false;
  }
  const bad = ADDRESS_BREAKING.exec(relative);
  if (bad) {
    errors.push({
      ...at,
      field: '文件名',
      expected: '文件名和文件夹名不含 # ? % \\ 或控制字符（它们会使网页地址失效）',
      found: `${relative}，含有 ${JSON.stringify(bad[0]).slice(1, -1)}`,
    });
    return false;
  }
  // `...md` is the entry `..`: its address would be the folder above.
  const dots = relative
    .replace(/\.(md|mdx)$/i, '')
    .split(/[\\/]/)
    .find((part) => /^\.+$/.test(part));
  if (dots !== undefined) {
    errors.push({
      ...at,
      field: '文件名',
      expected: '文件名不能只由点组成（如 ...md），它的网址会变成上一级地址',
      found: relative,
    });
    return false;
  }
  if (size > LARGE_FILE_BYTES) {
    warnings.push({
      ...at,
      field: '整个文件',
      expected: `不超过 ${LARGE_FILE_BYTES / 1024 / 1024} MB 的正文（网页过大，手机难以打开）；大量数据请作为附件或数据清单发布`,
      found: `${(size / 1024 / 1024).toFixed(1)} MB`,
    });
  }
  return true;
}

/** The file's text, or an error naming the first line that is not UTF-8. */
export function readSourceText(full: string, file: string, errors: ContentProblem[]): SourceText {
  const text = readUtf8(full);
  if (text.ok) return { ok: true, source: text.text };
  errors.push({
    file,
    line: text.line,
    field: '文件编码',
    expected: UTF8_EXPECTED,
    found: `第 ${text.line} 行含有不是 UTF-8 的字节（可能是 GBK 编码），发布后会显示为乱码`,
  });
  return { ok: false };
}

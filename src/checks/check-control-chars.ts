/**
 * No control characters in published fields (control-chars.ts): U+0001,
 * ESC and the like are invisible, mean nothing on a page and break the RSS
 * feeds. Word's line breaks have already been read as spaces, except in
 * stand-alone pages, which Astro reads itself: there they are reported too.
 */
import { describePath } from '../schemas/labels.ts';
import { describeChar, forbiddenChar } from '../utils/control-chars.ts';
import type { ContentProblem } from '../schemas/format-issues.ts';
import { publishedText } from './check-personal-data.ts';
import type { SourceFile } from './check-source-file.ts';
import type { SourceLines } from './source-lines.ts';

export const CONTROL_CHAR_EXPECTED =
  '不含控制字符的文字：删除该字符（多见于从其他软件复制粘贴的文字），需要分行的地方用空格或标点';

export function controlCharProblems(
  f: SourceFile,
  data: Record<string, unknown>,
  lines: SourceLines,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const inName = forbiddenChar(f.relative, true);
  if (inName)
    problems.push({
      file: f.file,
      line: 1,
      field: '文件名（也是网页地址）',
      expected: CONTROL_CHAR_EXPECTED,
      found: `第${inName.position}个字符是 ${describeChar(inName.char)}`,
    });
  for (const [path, value] of publishedText(data, [], true)) {
    const found = forbiddenChar(value, f.collection === 'pages');
    if (!found) continue;
    lines.know(f.path, f.source);
    problems.push({
      file: f.file,
      line: lines.field(f.path, path),
      field: describePath(path),
      expected: CONTROL_CHAR_EXPECTED,
      found: `第${found.position}个字符是 ${describeChar(found.char)}`,
    });
  }
  return problems;
}

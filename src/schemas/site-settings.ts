/** Reads and validates `site.yaml` from the content folder. */
import path from 'node:path';
import { readUtf8, UTF8_EXPECTED } from '../utils/utf8.ts';
import { LineCounter, parseDocument } from 'yaml';
import { yamlPathLine } from '../utils/yaml-lines.ts';
import { siteSchema, type SiteSettings } from './site.ts';
import { formatIssues, problemToText } from './format-issues.ts';

export class ContentError extends Error {
  /** The line of site.yaml the (first) problem is on. */
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super(message);
    this.name = 'ContentError';
    this.line = line;
  }
}

export function loadSiteSettings(root: string): SiteSettings {
  const file = path.join(root, 'site.yaml');
  const shown = path.relative(process.cwd(), file) || file;
  const counter = new LineCounter();
  let raw: unknown;
  let contents: ReturnType<typeof parseDocument>['contents'] = null;
  try {
    const text = readUtf8(file);
    if (!text.ok)
      throw new ContentError(
        `网站设置文件 ${shown} 第 ${text.line} 行含有不是 UTF-8 的字节（可能是 GBK 编码）；要求：${UTF8_EXPECTED}`,
        text.line,
      );
    const doc = parseDocument(text.text, { lineCounter: counter });
    const [first] = doc.errors;
    if (first) throw new ContentError(`网站设置文件 ${shown} 无法读取：${first.message}`, first.linePos?.[0].line);
    raw = doc.toJS();
    contents = doc.contents;
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw new ContentError(`网站设置文件 ${shown} 无法读取：${(error as Error).message}`, 1);
  }
  const result = siteSchema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    const problems = formatIssues(
      shown,
      result.error.issues,
      undefined,
      {},
      (p) => yamlPathLine(contents, counter, p) ?? 1,
    );
    throw new ContentError(
      `网站设置有 ${problems.length} 处错误：\n${problems.map(problemToText).join('\n')}`,
      problems[0]?.line,
    );
  }
  return result.data;
}

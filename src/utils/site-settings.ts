/** Reads and validates `site.yaml` from the content folder. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { siteSchema, type SiteSettings } from '../schemas/site.ts';
import { formatIssues, problemToText } from './format-issues.ts';

export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}

export function loadSiteSettings(root: string): SiteSettings {
  const file = path.join(root, 'site.yaml');
  const shown = path.relative(process.cwd(), file) || file;
  let raw: unknown;
  try {
    raw = parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError(`网站设置文件 ${shown} 无法读取：${(error as Error).message}`);
  }
  const result = siteSchema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    const lines = formatIssues(shown, result.error.issues).map(problemToText);
    throw new ContentError(`网站设置有 ${lines.length} 处错误：\n${lines.join('\n')}`);
  }
  return result.data;
}

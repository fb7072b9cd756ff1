/**
 * Finding content files and reading their frontmatter without Astro, for the
 * content checker. Entry ids are the file path without its extension, the
 * same function Astro's glob loader is given, so both agree on every id.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { normaliseLineBreaksIn } from '../utils/control-chars.ts';

/** `2025/road-rules.md` → `2025/road-rules`. */
export function entryIdFromPath(relativePath: string): string {
  return relativePath.replaceAll('\\', '/').replace(/\.(md|mdx)$/i, '');
}

/** Whether a path relative to a collection folder is a content entry (drafts start with _). */
export function isEntryPath(relativePath: string): boolean {
  const parts = relativePath.replaceAll('\\', '/').split('/');
  return /\.(md|mdx)$/i.test(relativePath) && !parts.some((p) => p.startsWith('_'));
}

/**
 * The entry files under `dir`, as paths relative to it, sorted. Listed with
 * file types: Node's recursive listing otherwise stats every entry to learn
 * whether it is a folder (0.3 s of a rebuild at 100,000 files,
 * docs/benchmarks-build.md finding 29). The list is the same either way,
 * linked folders and names alone deciding as before (test/unit/entry-files.test.ts);
 * what leads out of the content folder is refused by the check.
 */
export function listEntryFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  // Each folder's path relative to `dir`, worked out once per folder rather than once per file.
  const prefixes = new Map<string, string>([[dir, '']]);
  const prefixOf = (parent: string) => {
    let prefix = prefixes.get(parent);
    if (prefix === undefined) prefixes.set(parent, (prefix = path.relative(dir, parent) + path.sep));
    return prefix;
  };
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const relative = prefixOf(entry.parentPath) + entry.name;
    if (isEntryPath(relative)) files.push(relative);
  }
  return files.sort();
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Where the frontmatter of `source` is: its YAML text, and the file line the body starts on. */
export function frontmatterOf(source: string): { text: string; bodyStart: number } | undefined {
  const m = FRONTMATTER.exec(source);
  if (!m) return undefined;
  const lines = m[0].split('\n').length - (m[0].endsWith('\n') ? 1 : 0);
  return { text: m[1]!, bodyStart: lines + 1 };
}

/** `line`: the file line the problem is on (1 when it is the file as a whole). */
export type FrontmatterResult =
  { ok: true; data: Record<string, unknown> } | { ok: false; problem: string; line: number };

/**
 * The frontmatter of a content file, with Word's line and page breaks read
 * as spaces (control-chars.ts) unless `keepLineBreaks` (for the check of
 * stand-alone pages, which Astro reads itself without this step).
 */
export function readFrontmatter(source: string, { keepLineBreaks = false } = {}): FrontmatterResult {
  const fm = frontmatterOf(source);
  if (!fm) return { ok: false, problem: '文件开头应有以 --- 开始和结束的信息头（frontmatter）', line: 1 };
  try {
    // Warnings (an unknown % directive …) change nothing in the data: not printed.
    const data: unknown = parse(fm.text, { logLevel: 'error' });
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      return { ok: false, problem: '信息头应为“字段: 值”的形式', line: 1 };
    }
    return { ok: true, data: (keepLineBreaks ? data : normaliseLineBreaksIn(data)) as Record<string, unknown> };
  } catch (error) {
    const message = (error as Error).message.split('\n')[0];
    // The YAML starts on line 2 of the file, after the opening ---.
    const yamlLine = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    return { ok: false, problem: `信息头不是有效的 YAML：${message}`, line: yamlLine === undefined ? 1 : yamlLine + 1 };
  }
}

/**
 * Finding and reading the data-list files under content/lists/: a list is
 * `lists/{key}.csv`, `lists/{key}.yaml`, or a folder `lists/{key}/` of such
 * files (e.g. one file per year of 行政处罚 decisions), read in name order.
 * Rows come out one at a time with the line they start on; checking them is
 * the caller's job (checks/check-lists.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq } from 'yaml';
import { toSimplified } from '../utils/han-script.ts';
import { parseCsv } from '../utils/csv.ts';
import { realFileWithin } from '../fs/fs-safety.ts';
import { readUtf8, UTF8_EXPECTED } from '../utils/utf8.ts';

export const LIST_EXTENSIONS = ['.csv', '.yaml', '.yml'];

/** Each listed file's content folder, for the real-path test when it is read (fs/fs-safety.ts). */
const contentFolderOf = new Map<string, string>();

/** key → its files (absolute paths, sorted); drafts (names starting with _) are skipped. */
export function findListFiles(listsDir: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  if (!fs.existsSync(listsDir)) return found;
  const add = (key: string, file: string) => found.set(key, [...(found.get(key) ?? []), file]);
  for (const relative of (fs.readdirSync(listsDir, { recursive: true }) as string[]).sort()) {
    const parts = relative.replaceAll('\\', '/').split('/');
    if (parts.some((p) => p.startsWith('_') || p.startsWith('.'))) continue;
    const ext = path.extname(relative).toLowerCase();
    if (!LIST_EXTENSIONS.includes(ext)) continue;
    const file = path.join(listsDir, relative);
    contentFolderOf.set(file, path.dirname(listsDir));
    add(parts.length === 1 ? parts[0]!.slice(0, -ext.length) : parts[0]!, file);
  }
  return found;
}

export type ListFileItem =
  | { kind: 'row'; line: number; values: Record<string, unknown> }
  | { kind: 'problem'; line?: number | undefined; field: string; expected: string; found: string };

/**
 * The rows of one file as header → value objects. Header problems (unknown
 * or missing columns) are reported once, not on every row.
 */
export function* readListFile(
  file: string,
  columns: readonly string[],
  required: ReadonlySet<string>,
): Generator<ListFileItem> {
  const root = contentFolderOf.get(file);
  const real = root === undefined ? undefined : realFileWithin(file, root);
  if (real && !real.ok) {
    yield {
      kind: 'problem',
      line: 1,
      field: '文件位置',
      expected: '内容文件夹中的文件（不能是指向其他位置的链接）',
      found: real.problem,
    };
    return;
  }
  const decoded = readUtf8(file);
  if (!decoded.ok) {
    yield {
      kind: 'problem',
      line: decoded.line,
      field: '文件编码',
      expected: UTF8_EXPECTED,
      found: `第 ${decoded.line} 行含有不是 UTF-8 的字节（可能是 GBK 编码），发布后会显示为乱码`,
    };
    return;
  }
  const text = decoded.text;
  if (path.extname(file).toLowerCase() === '.csv') yield* readCsv(text, columns, required);
  else yield* readYaml(text, columns);
}

/** A column name written in 繁體 (相對人類別) is read as the list's own (相对人类别). */
function columnName(name: string, columns: readonly string[]): string {
  if (columns.includes(name)) return name;
  const simplified = toSimplified(name);
  return columns.includes(simplified) ? simplified : name;
}

function* readCsv(text: string, columns: readonly string[], required: ReadonlySet<string>): Generator<ListFileItem> {
  const records = parseCsv(text);
  const first = records.next();
  if (first.done) {
    yield { kind: 'problem', field: '表头', expected: `第一行为表头：${columns.join(',')}`, found: '空文件' };
    return;
  }
  const header = first.value.cells.map((c) => columnName(c.trim(), columns));
  const unknown = header.filter((h) => !columns.includes(h));
  const missing = [...required].filter((c) => !header.includes(c));
  if (unknown.length || missing.length) {
    yield {
      kind: 'problem',
      line: 1,
      field: '表头',
      expected: `列名应为（简体、繁體均可）：${columns.join(',')}${missing.length ? `；缺少必需的列：${missing.join('、')}` : ''}`,
      found: unknown.length ? `未知的列：${unknown.join('、')}` : `"${header.join(',')}"`,
    };
    return;
  }
  for (const { line, cells } of records) {
    if (cells.length !== header.length) {
      yield {
        kind: 'problem',
        line,
        field: '整行',
        expected: `${header.length}列（与表头一致；含逗号或换行的内容请加英文双引号）`,
        found: `${cells.length}列`,
      };
      continue;
    }
    const values: Record<string, unknown> = {};
    header.forEach((h, i) => (values[h] = cells[i]));
    yield { kind: 'row', line, values };
  }
}

function* readYaml(text: string, columns: readonly string[]): Generator<ListFileItem> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    yield {
      kind: 'problem',
      line: lines.linePos(e.pos[0]).line,
      field: '整个文件',
      expected: '有效的 YAML 列表',
      found: e.message.split('\n')[0]!,
    };
    return;
  }
  if (!isSeq(doc.contents)) {
    yield {
      kind: 'problem',
      line: 1,
      field: '整个文件',
      expected: '一个列表，每项以“- ”开头，每项是“列名: 值”',
      found: doc.contents ? '不是列表' : '空文件',
    };
    return;
  }
  for (const item of doc.contents.items) {
    const line = lines.linePos((item as unknown as { range?: [number] }).range?.[0] ?? 0).line;
    if (!isMap(item)) {
      yield { kind: 'problem', line, field: '整项', expected: '“列名: 值”的一组字段', found: '不是一组字段' };
      continue;
    }
    const values = Object.entries(item.toJSON() as Record<string, unknown>).map(([k, v]) => [
      columnName(k, columns),
      v,
    ]);
    yield { kind: 'row', line, values: Object.fromEntries(values) as Record<string, unknown> };
  }
}

/**
 * The 索引号 register, `content/index-numbers.txt`: the number each
 * published file was given, so a page's URL never moves (the rule and why a
 * register: index-number.ts). One line a file, `索引号 路径` with the path
 * relative to content/, sorted by path; `#` starts a comment. Lines are only
 * ever added (`npm run new`, `npm run number`); a line whose file was deleted
 * stays, so its number is never given to another file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { entryIdFromPath } from './entry-files.ts';

export const REGISTER_FILE = 'index-numbers.txt';

const HEADER = `# 索引号登记簿：每一行是一个已发布文件的索引号和文件路径（内容文件夹下的路径），用空格隔开。
# 文件页的网址 /xxgk/{索引号}/ 由索引号决定，所以已有的行不要修改或删除：
# 文件删除后保留它的行，这个索引号就不会再分配给别的文件。
# 新行由 npm run new 和 npm run number 添加；请把本文件和内容文件一起提交。
`;

export interface RegisterLine {
  indexNo: string;
  /** Path relative to the content folder, with `/` separators, e.g. `policies/2025/road-rules.md`. */
  file: string;
  line: number;
}

export interface IndexRegister {
  /** Entry key (`collection/id`, as entryKey) → line. */
  byKey: Map<string, RegisterLine>;
  /** Entry key → 索引号, for assignIndexNumbers. */
  numbers: Map<string, string>;
  /** Problems with the register itself, in Chinese. */
  problems: { line: number; expected: string; found: string }[];
}

/** The entry key a register path stands for: the path without .md/.mdx. */
export const keyOfRegisterPath = (file: string) => entryIdFromPath(file);

export function parseIndexRegister(text: string): IndexRegister {
  const byKey = new Map<string, RegisterLine>();
  const byNumber = new Map<string, RegisterLine>();
  const problems: IndexRegister['problems'] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    // The 索引号 has no spaces (schema), so the path is the rest of the line, spaces and all.
    const m = /^(\S+)\s+(.+)$/.exec(trimmed);
    if (!m || !/\.(md|mdx)$/i.test(m[2]!)) {
      problems.push({
        line,
        expected: '“索引号 文件路径”，例如 11990000MB0000001X/2025-00003 policies/2025/road-rules.md',
        found: `"${trimmed}"`,
      });
      return;
    }
    const entry: RegisterLine = { indexNo: m[1]!, file: m[2]!.replaceAll('\\', '/'), line };
    const key = keyOfRegisterPath(entry.file);
    const sameFile = byKey.get(key);
    const sameNumber = byNumber.get(entry.indexNo);
    if (sameFile) {
      problems.push({
        line,
        expected: `每个文件只登记一次；第 ${sameFile.line} 行已登记 ${sameFile.file}`,
        found: `"${trimmed}"`,
      });
      return;
    }
    if (sameNumber) {
      problems.push({
        line,
        expected: `每个索引号只登记一次；第 ${sameNumber.line} 行已把它登记给 ${sameNumber.file}`,
        found: `"${trimmed}"`,
      });
      return;
    }
    byKey.set(key, entry);
    byNumber.set(entry.indexNo, entry);
  });
  return { byKey, numbers: new Map([...byKey].map(([k, v]) => [k, v.indexNo])), problems };
}

let memo: { file: string; stamp: string; register: IndexRegister } | undefined;

/** Reads the register of a content folder (an empty one when there is no file); re-read only when the file changed. */
export function readIndexRegister(contentRoot: string): IndexRegister {
  const file = path.join(contentRoot, REGISTER_FILE);
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  const stamp = stat ? `${stat.size}:${stat.mtimeMs}` : 'none';
  if (memo?.file === file && memo.stamp === stamp) return memo.register;
  const register = parseIndexRegister(stat ? fs.readFileSync(file, 'utf8') : '');
  memo = { file, stamp, register };
  return register;
}

/** The content folder of checked entries (their absolute path minus `collection/id.ext`), for the register beside them. */
export function contentRootOf(
  entries: readonly { collection: string; id: string; path: string }[],
): string | undefined {
  const e = entries[0];
  if (!e) return undefined;
  const tail = path.join(e.collection, e.id);
  const at = e.path.lastIndexOf(tail);
  return at > 0 ? e.path.slice(0, at - 1) : undefined;
}

/** The register of the content folder these entries come from. */
export function registerOfEntries(entries: readonly { collection: string; id: string; path: string }[]): IndexRegister {
  const root = contentRootOf(entries);
  return root ? readIndexRegister(root) : parseIndexRegister('');
}

/**
 * Adds lines for files not yet registered (never changes or drops a line)
 * and writes the register sorted by path. Returns the lines added.
 */
export function addToIndexRegister(
  contentRoot: string,
  additions: readonly { indexNo: string; file: string }[],
): RegisterLine[] {
  const register = readIndexRegister(contentRoot);
  if (register.problems.length) throw new Error(`${REGISTER_FILE} 第 ${register.problems[0]!.line} 行有误，请先改正`);
  const lines = [...register.byKey.values()];
  const added: RegisterLine[] = [];
  for (const a of additions) {
    const file = a.file.replaceAll('\\', '/');
    if (register.byKey.has(keyOfRegisterPath(file))) continue;
    const line = { indexNo: a.indexNo, file, line: 0 };
    lines.push(line);
    added.push(line);
  }
  if (added.length === 0) return added;
  lines.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const target = path.join(contentRoot, REGISTER_FILE);
  // The comment block at the top is the editor's as much as ours: kept as it is.
  const existing = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  const leading: string[] = [];
  for (const l of existing.split(/\r?\n/)) {
    if (l.trim() && !l.trim().startsWith('#')) break;
    if (l.trim()) leading.push(l);
  }
  const header = leading.length ? `${leading.join('\n')}\n` : HEADER;
  const temporary = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, header + lines.map((l) => `${l.indexNo} ${l.file}\n`).join(''));
  fs.renameSync(temporary, target);
  return added;
}

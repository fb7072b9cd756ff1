// Reads the imports of every source file under src/: static imports and
// re-exports, side-effect imports, dynamic `import('…')` with a string, and in
// .astro files the frontmatter and each <script> block. Only relative imports
// that land inside src/ are kept: packages and astro: modules are outside the
// structure this measures. Comments and string contents are skipped, so an
// import written in a comment or in generated text does not count.
import fs from 'node:fs';
import path from 'node:path';

export interface ImportEdge {
  /** Importing file, relative to src/ with forward slashes. */
  from: string;
  /** Imported file, relative to src/. */
  to: string;
  /** The specifier as written. */
  spec: string;
}

const SOURCE = /\.(ts|mts|js|mjs|astro)$/;
const TEST = /\.test\.ts$/;

/** Every source file under `srcDir` (test files excluded), relative, sorted. */
export function sourceFiles(srcDir: string): string[] {
  return (fs.readdirSync(srcDir, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => SOURCE.test(f) && !TEST.test(f) && !f.endsWith('.d.ts'))
    .sort();
}

/** The code parts of a file: a .astro file's frontmatter and <script> blocks, else the whole text. */
export function codeParts(file: string, text: string): string[] {
  if (!file.endsWith('.astro')) return [text];
  const parts: string[] = [];
  const front = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (front) parts.push(front[1]!);
  for (const m of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) parts.push(m[1]!);
  for (const m of text.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["']/g)) parts.push(`import '${m[1]}';`);
  return parts;
}

/**
 * Removes comments and notes where each string literal lies, so that the
 * import patterns below are matched only on code.
 */
function stripComments(code: string): { text: string; inString: (at: number) => boolean } {
  let out = '';
  const strings: Array<[number, number]> = [];
  let i = 0;
  while (i < code.length) {
    const c = code[i]!;
    const next = code[i + 1];
    if (c === '/' && next === '/') {
      while (i < code.length && code[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = code.indexOf('*/', i + 2);
      i = end < 0 ? code.length : end + 2;
      out += ' ';
    } else if (c === "'" || c === '"' || c === '`') {
      const start = out.length;
      out += c;
      i++;
      while (i < code.length && code[i] !== c) {
        if (code[i] === '\\') out += code[i++];
        if (c !== '`' && code[i] === '\n') break;
        out += code[i++] ?? '';
      }
      out += code[i++] ?? '';
      strings.push([start, out.length]);
    } else {
      out += c;
      i++;
    }
  }
  // A regular expression literal holding a quote would confuse the walk
  // above; the project's sources keep such patterns simple enough.
  return { text: out, inString: (at) => strings.some(([s, e]) => at > s && at < e - 1) };
}

const PATTERNS = [
  /\b(?:import|export)\s+(?:type\s+)?[\w$*{}\s,]*?\s*from\s*(['"])([^'"\n]+)\1/g,
  /\bimport\s*(['"])([^'"\n]+)\1/g,
  /\bimport\s*\(\s*(['"])([^'"\n]+)\1\s*[,)]/g,
];

/** The specifiers a piece of code imports. */
export function specifiers(code: string): string[] {
  const { text, inString } = stripComments(code);
  const found: Array<[number, string]> = [];
  for (const pattern of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      if (!inString(m.index)) found.push([m.index, m[2]!]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, spec]) => spec);
}

function resolve(srcDir: string, from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const bare = spec.replace(/[?#].*$/, '');
  const target = path.resolve(path.dirname(path.join(srcDir, from)), bare);
  const candidates = [target, `${target}.ts`, `${target}.js`, path.join(target, 'index.ts')];
  const hit = candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile()) ?? target;
  const rel = path.relative(srcDir, hit);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/** Every import edge between files under `srcDir`. */
export function readImports(srcDir: string): { files: string[]; edges: ImportEdge[] } {
  const files = sourceFiles(srcDir);
  const edges: ImportEdge[] = [];
  for (const from of files) {
    const text = fs.readFileSync(path.join(srcDir, from), 'utf8');
    for (const part of codeParts(from, text)) {
      for (const spec of specifiers(part)) {
        const to = resolve(srcDir, from, spec);
        if (to !== undefined && to !== from) edges.push({ from, to, spec });
      }
    }
  }
  return { files, edges };
}

/** The folder a file belongs to: its first path segment under src/, or the file itself at the top. */
export function folderOf(file: string): string {
  const slash = file.indexOf('/');
  return slash < 0 ? file : file.slice(0, slash);
}

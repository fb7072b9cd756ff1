/**
 * `.mdx` is code. Astro compiles a page's MDX to a JavaScript module that
 * runs at build time (`import fs from 'node:fs'`, `{process.env.TOKEN}`: a CI
 * secret is one line away) and ships whatever HTML it writes, `<script>`,
 * `onclick=` and `javascript:` links included; the escaping that makes raw
 * HTML harmless in `.md` does not apply. So an `.mdx` page is published only
 * as code a developer has read: the check flags every construct that runs
 * or ships script (imports other than the project's own components, any
 * export, `<script>`, event handler attributes, script URLs, `set:html`,
 * `srcdoc`, frames, objects, `<base>`/`<meta>`/`<link>`/`<form>`,
 * and expressions that call anything or reach `process`, `import.meta`,
 * `eval`, `Function`, `require`, `globalThis`, `fetch`, `constructor` or a
 * dynamic `import()`), unless the
 * front matter records the review: `codeReviewed: { reviewer, date }`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentProblem } from '../schemas/format-issues.ts';

/** The project's own components: the only imports an unreviewed page may have. */
const COMPONENTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'components');

export const MDX_REVIEW_EXPECTED =
  '.mdx 页面是代码，会在生成网站时执行：只能 import 本项目 src/components 中的组件，不能含 <script>、onclick 等事件属性、javascript: 地址或访问 process、import.meta、eval 的表达式；确需使用的，由开发人员审查后在信息头写 codeReviewed: { reviewer: 审查人, date: 2026-03-02 }';

const RULES: { pattern: RegExp; found: (m: RegExpExecArray) => string }[] = [
  { pattern: /^[ \t]*export\b.*$/gm, found: (m) => `export 语句：${m[0].trim().slice(0, 60)}` },
  { pattern: /<script\b/gi, found: () => '<script> 脚本' },
  { pattern: /<[A-Za-z][^>]*?\s(on[a-z]+)\s*=/gi, found: (m) => `事件属性 ${m[1]}` },
  { pattern: /(?:java|vb)script\s*:/gi, found: (m) => `脚本地址 ${m[0]}` },
  { pattern: /\bset:html\b|dangerouslySetInnerHTML|\bsrcdoc\s*=/g, found: (m) => `原样输出 HTML 的 ${m[0]}` },
  // Frames and objects load documents into the page (an <iframe srcdoc> runs on the site's origin); <base>, <meta>, <link> and <form> redirect it.
  { pattern: /<(iframe|object|embed|base|meta|link|form)\b/gi, found: (m) => `<${m[1]}> 元素` },
  // Any call (`[].constructor.constructor('…')()` reaches Function without naming it), and the names that reach the machine.
  {
    pattern:
      /\{[^}]*?(\b(process|import\.meta|eval|Function|require|globalThis|fetch|constructor)\b|[\w$)\]`]\s*\(|`)[^}]*\}/g,
    found: (m) => `表达式 ${m[0].slice(0, 60)}`,
  },
];

const IMPORT = /^[ \t]*import\b[^'"]*?['"]([^'"]+)['"].*$/gm;

/** Blanks out fenced code blocks (MDX shows them as text), keeping line numbers. */
function withoutCode(body: string): string {
  return body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, (block) => block.replace(/[^\n]/g, ' '));
}

/** Whether an import names one of the project's components (resolved from the page's folder). */
function isOwnComponent(specifier: string, fileDir: string): boolean {
  if (!specifier.startsWith('.') && !path.isAbsolute(specifier)) return false;
  const target = path.resolve(fileDir, specifier);
  return path.dirname(target) === COMPONENTS && /\.astro$/.test(target);
}

/**
 * Every construct of an `.mdx` body that runs or ships code.
 * @param fileDir the folder of the file (relative imports are resolved from it)
 */
export function mdxCodeProblems(body: string, bodyStart: number, file: string, fileDir: string): ContentProblem[] {
  const text = withoutCode(body);
  const lineAt = (index: number) => bodyStart + text.slice(0, index).split('\n').length - 1;
  const found: { index: number; found: string }[] = [];
  for (const m of text.matchAll(IMPORT)) {
    if (!isOwnComponent(m[1]!, fileDir))
      found.push({ index: m.index, found: `import "${m[1]}"（不是本项目 src/components 中的组件）` });
  }
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) found.push({ index: m.index, found: rule.found(m) });
  }
  return found
    .sort((a, b) => a.index - b.index)
    .map((f) => ({
      file,
      line: lineAt(f.index),
      field: '正文（MDX 代码）',
      expected: MDX_REVIEW_EXPECTED,
      found: f.found,
    }));
}

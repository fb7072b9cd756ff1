/**
 * The check of one content file on its own: MDX only where allowed,
 * readable frontmatter, the collection's schema, and the facts of its body
 * (body-facts.ts). Everything that needs other files is checked afterwards
 * over all entries. Never throws on content: whatever the file holds ends
 * as either valid data or problems with file, line, field, expected and
 * found.
 */
import path from 'node:path';
import { reportIssuePaths } from '../annual-report/labels.ts';
import { collectionSchemas } from '../schemas/collections.ts';
import { describePath } from '../schemas/labels.ts';
import { frontmatterOf, readFrontmatter } from '../catalogue/entry-files.ts';
import { formatIssues, type ContentProblem } from '../schemas/format-issues.ts';
import { scanBody, type BodyFacts } from './body-facts.ts';
import { controlCharProblems } from './check-control-chars.ts';
import { fieldPersonalData } from './check-personal-data.ts';
import { countScriptChars } from '../utils/han-script.ts';
import type { SourceLines } from './source-lines.ts';
import type { SourceFile } from './check-source-file.ts';
import { mdxCodeProblems } from './check-mdx.ts';

export type FileCheck =
  { ok: true; data: Record<string, unknown>; facts: BodyFacts } | { ok: false; problems: ContentProblem[] };

/** MDX beyond plain Markdown: imports/exports, JSX tags, {expressions}. */
const MDX_SYNTAX = /^\s*(import|export)\s|<[A-Za-z][^>]*>|\{[^}]*\}/m;

/** The top-level field names of an object schema, or of the object a transform starts from (for typo suggestions). */
function fieldsOf(schema: unknown): string[] {
  const s = schema as { shape?: Record<string, unknown>; in?: { shape?: Record<string, unknown> } };
  return Object.keys(s.shape ?? s.in?.shape ?? {});
}

/** The file line of the first match of `pattern` in the body. */
function bodyLineOf(body: string, bodyStart: number, pattern: RegExp): number {
  const m = pattern.exec(body);
  if (!m) return bodyStart;
  const start = m.index + (m[0].length - m[0].trimStart().length);
  return bodyStart + body.slice(0, start).split('\n').length - 1;
}

export function checkFile(f: SourceFile, lines: SourceLines): FileCheck {
  const fm = frontmatterOf(f.source);
  const bodyStart = fm?.bodyStart ?? 1;
  const body = fm
    ? f.source
        .split('\n')
        .slice(bodyStart - 1)
        .join('\n')
    : f.source;
  if (f.collection !== 'pages' && /\.mdx$/i.test(f.relative) && MDX_SYNTAX.test(body)) {
    return {
      ok: false,
      problems: [
        {
          file: f.file,
          line: bodyLineOf(body, bodyStart, MDX_SYNTAX),
          field: '正文',
          expected: '此栏目的正文只能使用 Markdown；需要组件（import、<组件>、{表达式}）的内容请放在 content/pages',
          found: '含有 MDX 组件或 import',
        },
      ],
    };
  }
  // Astro reads stand-alone pages itself, without turning Word's line breaks into spaces: the check asks for it instead.
  const parsed = readFrontmatter(f.source, { keepLineBreaks: f.collection === 'pages' });
  if (!parsed.ok)
    return {
      ok: false,
      problems: [
        {
          file: f.file,
          line: parsed.line,
          field: '信息头（frontmatter）',
          expected: parsed.problem,
          found: '无法读取',
        },
      ],
    };
  const schema = collectionSchemas[f.collection];
  const result = schema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) {
    lines.know(f.path, f.source);
    const paths = f.collection === 'reports' ? reportIssuePaths(parsed.data, describePath) : {};
    return {
      ok: false,
      problems: formatIssues(f.file, result.error.issues, fieldsOf(schema), paths, (p) => lines.field(f.path, p)),
    };
  }
  const data = result.data as Record<string, unknown>;
  if (f.collection === 'pages' && /\.mdx$/i.test(f.relative) && !data.codeReviewed) {
    const problems = mdxCodeProblems(body, bodyStart, f.file, path.dirname(f.path));
    if (problems.length > 0) return { ok: false, problems };
  }
  const controls = controlCharProblems(f, data, lines);
  if (controls.length) return { ok: false, problems: controls };
  const title = typeof data.title === 'string' ? data.title : '';
  return {
    ok: true,
    data,
    facts: {
      ...scanBody(body, bodyStart),
      fields: fieldPersonalData(data),
      script: countScriptChars(`${title}\n${body}`),
    },
  };
}

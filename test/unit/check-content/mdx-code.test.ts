/**
 * `.mdx` in content/pages is code: imports other than the project's own
 * components, exports, <script>, event handlers, script URLs and
 * expressions reaching process / import.meta / eval are flagged, each at
 * its line, unless the front matter records a code review.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/checks/check-content.ts';
import { MDX_REVIEW_EXPECTED } from '../../../src/checks/check-mdx.ts';
import { freshContentFolders, shown, write } from '../../support/content-cases.ts';
import { HOSTILE_MDX } from '../../support/hostile-files.ts';
import { projectRoot } from '../../support/paths.ts';

const freshContent = freshContentFolders();
const page = (body: string, extra: string[] = []) =>
  ['---', 'title: 专题', 'updated: 2025-01-01', ...extra, '---', '', body, ''].join('\n');

describe('.mdx pages are code', () => {
  it.each(Object.entries(HOSTILE_MDX))('flags %s at its line', (_name, [body, found]) => {
    const dir = freshContent();
    write(dir, 'pages/zt.mdx', page(body));
    const errors = checkContent(dir).errors;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors).toContainEqual({
      file: shown(dir, 'pages/zt.mdx'),
      line: 6,
      field: '正文（MDX 代码）',
      expected: MDX_REVIEW_EXPECTED,
      found: expect.stringContaining(found),
    });
    expect(errors.every((e) => e.file === shown(dir, 'pages/zt.mdx') && e.line === 6)).toBe(true);
  });

  it("accepts the project's own components, code shown in a fenced block, and reviewed code", () => {
    const dir = freshContent();
    // In content/pages/ an editor writes '../../src/components/…'; the test's content folder is elsewhere, so the path is absolute.
    const component = path.join(projectRoot, 'src', 'components', 'ContactBlock.astro');
    write(
      dir,
      'pages/own.mdx',
      page(
        `import ContactBlock from '${component}';\n\n<ContactBlock compact={true} title={frontmatter.title} items={["电话", "传真"]} />\n\n\`\`\`html\n<script>alert(1)</script>\n\`\`\``,
      ),
    );
    write(
      dir,
      'pages/reviewed.mdx',
      page('import fs from \'node:fs\';\n\n<button onclick="print()">打印</button>', [
        'codeReviewed: { reviewer: 李工, date: 2026-03-02 }',
      ]),
    );
    const report = checkContent(dir);
    expect(report.errors).toEqual([]);
  });
});

/**
 * Fuzzing the content check with random and hostile frontmatter (wrong
 * types, huge strings, control characters, script tags, path traversal in
 * attachment names) and bodies: every file ends as either a valid entry or
 * clear problems (file, line, field, expected, found), never a crash; and a
 * whole site full of such files is checked without one either.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBodyOf } from '../../src/checks/check-body.ts';
import { checkContent, reportToText } from '../../src/checks/check-content.ts';
import { checkFile, type FileCheck } from '../../src/checks/check-file.ts';
import { SourceLines } from '../../src/checks/source-lines.ts';
import { siteUrls } from '../../src/checks/site-urls.ts';
import type { CollectionName } from '../../src/schemas/collections.ts';
import { loadSiteSettings } from '../../src/schemas/site-settings.ts';
import type { ContentProblem } from '../../src/schemas/format-issues.ts';
import { writeFixtureContent } from '../support/fixture-content.ts';
import { MINIMAL_ENTRIES } from '../support/minimal-entries.ts';
import { fileText, hostileBody, hostileFrontmatter, hostileString, hostileText } from '../support/hostile.ts';

// Valid entries of five collections, each fuzzed one field at a time.
const BASES: Partial<Record<CollectionName, Record<string, unknown>>> = Object.fromEntries(
  (['policies', 'catalogue', 'news', 'pages', 'letters'] as const).map((c) => [c, MINIMAL_ENTRIES[c]!]),
);
const collections = Object.keys(BASES) as CollectionName[];

let cases = 0;
let valid = 0;
let tmp = '';

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-fuzz-'));
  writeFixtureContent(path.join(tmp, 'site'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`fuzz: ${cases} content cases checked (${valid} of the single files valid)`);
});

function expectClearProblems(problems: readonly ContentProblem[], file: string): void {
  for (const p of problems) {
    expect(p.file).toBe(file);
    expect(Number.isInteger(p.line) && p.line! >= 1, `line of ${JSON.stringify(p)}`).toBe(true);
    for (const text of [p.field, p.expected, p.found])
      expect(typeof text === 'string' && text.length > 0, JSON.stringify(p)).toBe(true);
  }
}

function expectClearOutcome(result: FileCheck, file: string): void {
  if (result.ok) {
    expect(typeof result.data).toBe('object');
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  expectClearProblems(result.problems, file);
}

const collectionAndFrontmatter = fc
  .constantFrom(...collections)
  .chain((collection) =>
    fc.tuple(
      fc.constant(collection),
      fc.oneof(
        { weight: 3, arbitrary: hostileFrontmatter(BASES[collection]!) },
        { weight: 2, arbitrary: hostileText(BASES[collection]!) },
        { weight: 1, arbitrary: hostileString },
      ),
    ),
  );

describe('content check under hostile input', () => {
  it('ends every file in a valid entry or clear problems, and checks valid ones without crashing', () => {
    const root = path.join(tmp, 'site');
    const site = loadSiteSettings(root);
    const urls = siteUrls({ site, entries: [], indexNumbers: new Map(), listKeys: [] });
    fc.assert(
      fc.property(collectionAndFrontmatter, hostileBody, ([collection, frontmatter], body) => {
        cases++;
        const relative = `fuzz/case-${cases}.md`;
        const file = `content/${collection}/${relative}`;
        const full = path.join(root, collection, relative);
        const source = fileText(frontmatter, body);
        const lines = new SourceLines();
        const result = checkFile({ collection, relative, file, path: full, source }, lines);
        expectClearOutcome(result, file);
        if (result.ok) {
          valid++;
          const entry = { collection, id: relative.replace(/\.md$/, ''), file, path: full, data: result.data };
          const problems = checkBodyOf(entry, result.facts, { lines, urls, domain: site.domain, root });
          expectClearProblems(problems, file);
          expect(typeof reportToText({ errors: problems, warnings: [] })).toBe('string');
        }
      }),
      { numRuns: 800, seed: 42 },
    );
    // Both outcomes were exercised: hostile values in valid entries (their bodies checked) and rejected files.
    expect(valid).toBeGreaterThan(40);
    expect(valid).toBeLessThan(760);
  });

  it('checks a whole site full of hostile files without a crash, reporting each bad file', () => {
    let batch = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(collectionAndFrontmatter, hostileBody), { minLength: 5, maxLength: 25 }),
        (files) => {
          const root = path.join(tmp, `batch-${++batch}`);
          writeFixtureContent(root);
          const written = files.map(([[collection, frontmatter], body], i) => {
            cases++;
            const relative = `fuzz/f${i}.md`;
            fs.mkdirSync(path.join(root, collection, 'fuzz'), { recursive: true });
            fs.writeFileSync(path.join(root, collection, relative), fileText(frontmatter, body));
            return path.join(path.relative(process.cwd(), root), collection, relative);
          });
          const report = checkContent(root, { today: '2026-06-01' });
          const entryFiles = new Set(report.entries.map((e) => e.file));
          const problemFiles = new Set(report.errors.map((e) => e.file));
          for (const file of written) expect(entryFiles.has(file) || problemFiles.has(file), file).toBe(true);
          for (const p of [...report.errors, ...report.warnings])
            expect(p.line === undefined || p.line >= 1).toBe(true);
          expect(typeof reportToText(report)).toBe('string');
          fs.rmSync(root, { recursive: true, force: true });
        },
      ),
      { numRuns: 12, seed: 3 },
    );
  });
});

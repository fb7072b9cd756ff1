/**
 * Shared by the content-checker tests (test/unit/check-content/): each case
 * starts from a fresh copy of the good fixture site in a temp folder, changes
 * one thing and checks the exact problem reported.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { writeFixtureContent } from './fixture-content.ts';

/**
 * Registers a temp folder for the calling test file (removed after its
 * tests) and returns a function that makes a fresh, complete, good content
 * folder in it for each case.
 */
export function freshContentFolders(): () => string {
  let tmpRoot = '';
  let cases = 0;
  beforeAll(() => {
    tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-check-'));
  });
  afterAll(() => {
    if (tmpRoot) fs.rmSync(tmpRoot, { recursive: true, force: true });
  });
  return () => {
    const dir = path.join(tmpRoot, `case-${++cases}`);
    writeFixtureContent(dir);
    return dir;
  };
}

/** How the checker names a file: relative to the working directory. */
export function shown(dir: string, relative: string): string {
  return path.join(path.relative(process.cwd(), dir) || '.', relative);
}

export function write(dir: string, relative: string, content: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
  fs.writeFileSync(path.join(dir, relative), content);
}

/** A content file: frontmatter lines between --- and a body. */
export function markdown(frontmatter: string[], body = '正文。'): string {
  return ['---', ...frontmatter, '---', '', body, ''].join('\n');
}

/** The fixture policy the body tests write into; its line 21 is the sentence below. */
export const POLICY = 'policies/2025/freight-rules.md';
const POLICY_SENTENCE = '为规范道路运输市场秩序，制定本办法。';

/**
 * Adds text to the fixture policy's body: on its line 21 (`inline`), or as
 * paragraphs after it, the first on line 23, the next on 25 …
 */
export function addToPolicy(dir: string, text: string | string[], inline = false): void {
  const added = inline ? text : `\n\n${[text].flat().join('\n\n')}`;
  const file = path.join(dir, POLICY);
  const before = fs.readFileSync(file, 'utf8');
  if (!before.includes(POLICY_SENTENCE)) throw new Error(`${POLICY} does not contain ${POLICY_SENTENCE}`);
  fs.writeFileSync(file, before.replace(POLICY_SENTENCE, `${POLICY_SENTENCE}${added}`));
}

/** A 通知公告 item with the given title and body. */
export function writeNews(dir: string, relative: string, title: string, body: string): void {
  write(
    dir,
    relative,
    markdown([`title: ${title}`, 'column: tzgg', 'publishDate: "2025-06-01 09:00"', 'source: 办公室'], body),
  );
}

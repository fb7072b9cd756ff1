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

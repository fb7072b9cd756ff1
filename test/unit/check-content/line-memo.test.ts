import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineMemo, SourceLines } from '../../../src/checks/source-lines.ts';

const doc = (pad: string) => `---\ntitle: 标题\n${pad}date: 2025-01-02\n---\n正文\n`;

describe('LineMemo: lines of unchanged files kept between runs', () => {
  it('reuses a line for the same file version and finds it again when the file changes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'line-memo-'));
    const file = path.join(dir, 'a.md');
    const memoFile = path.join(dir, 'lines.json');
    fs.writeFileSync(file, doc(''));
    const time = new Date('2025-01-02T03:04:05Z');
    fs.utimesSync(file, time, time);
    const first = new LineMemo(memoFile);
    const lines = new SourceLines(first);
    expect(lines.field(file, ['date'])).toBe(3);
    expect(lines.bodyStart(file)).toBe(5);
    first.save();

    // Same size and time, other lines: the memo answers without parsing (the old lines prove it).
    fs.writeFileSync(file, `---\ndate: 2025-01-02\ntitle: 标题\n---\n正文\n`);
    fs.utimesSync(file, time, time);
    expect(new SourceLines(new LineMemo(memoFile)).field(file, ['date'])).toBe(3);

    // A new version (another size): found afresh.
    fs.writeFileSync(file, doc('summary: 摘要\n'));
    const again = new SourceLines(new LineMemo(memoFile));
    expect(again.field(file, ['date'])).toBe(4);
    expect(again.bodyStart(file)).toBe(6);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('without a memo every file is parsed', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'line-memo-'));
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, doc('summary: 摘要\n'));
    expect(new SourceLines().field(file, ['date'])).toBe(4);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

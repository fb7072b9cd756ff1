import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RunMemo } from './run-memo.ts';

const dirs: string[] = [];
function memoFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-memo-'));
  dirs.push(dir);
  return path.join(dir, 'cache', 'memo.json');
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('RunMemo', () => {
  it('gives the next run what this run kept, and only that', () => {
    const file = memoFile();
    const first = new RunMemo<number>(file);
    first.next.set('a.md', 1);
    first.next.set('b.md', 2);
    first.save();
    const second = new RunMemo<number>(file);
    expect([...second.previous]).toEqual([
      ['a.md', 1],
      ['b.md', 2],
    ]);
    second.next.set('b.md', 3);
    second.save();
    expect([...new RunMemo<number>(file).previous]).toEqual([['b.md', 3]]);
  });

  it('is empty when the file is missing, unreadable or written under another stamp', () => {
    const file = memoFile();
    expect(new RunMemo<number>(file).previous.size).toBe(0);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '{"a.md": 1');
    expect(new RunMemo<number>(file).previous.size).toBe(0);
    const stamped = new RunMemo<number>(file, 'code-1');
    stamped.next.set('a.md', 1);
    stamped.save();
    expect(new RunMemo<number>(file, 'code-1').previous.get('a.md')).toBe(1);
    expect(new RunMemo<number>(file, 'code-2').previous.size).toBe(0);
  });

  it('keeps nothing without a file', () => {
    const memo = new RunMemo<number>();
    memo.next.set('a.md', 1);
    expect(() => memo.save()).not.toThrow();
  });
});

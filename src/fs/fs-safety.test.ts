/**
 * fs/fs-safety.ts on a real temporary folder: a write that fails midway
 * leaves the old content (and no temporary file), a link refused across file
 * systems becomes a copy while other link errors are thrown, and a path is
 * refused when `..` or a symbolic link takes it out of its root.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  copyFileAtomic,
  linkOrCopy,
  linkTree,
  readableFileWithin,
  realFileWithin,
  writeFileAtomic,
} from './fs-safety.ts';

let dir = '';
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-fs-safety-'));
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
};

describe('atomic write', () => {
  it('replaces the content in one step', () => {
    const target = write('cache.json', '{"old":true}');
    writeFileAtomic(target, '{"new":true}', { fsync: true });
    expect(fs.readFileSync(target, 'utf8')).toBe('{"new":true}');
    expect(fs.readdirSync(dir)).toEqual(['cache.json']);
  });

  it('leaves the old content and no temporary file when the write stops midway', () => {
    const target = write('cache.json', '{"old":true}');
    const real = fs.writeFileSync;
    // Half the new content reaches the disk, then the write fails (disk full, process killed).
    vi.spyOn(fs, 'writeFileSync').mockImplementation((file, data) => {
      real(file, String(data).slice(0, 5));
      throw errno('ENOSPC');
    });
    expect(() => writeFileAtomic(target, '{"new":true,"long":"…"}')).toThrow('ENOSPC');
    vi.restoreAllMocks();
    expect(fs.readFileSync(target, 'utf8')).toBe('{"old":true}');
    expect(fs.readdirSync(dir)).toEqual(['cache.json']);
  });

  it('leaves the old content when the rename is what fails', () => {
    const target = write('list.txt', 'old');
    vi.spyOn(fs, 'renameSync').mockImplementation(() => {
      throw errno('EIO');
    });
    expect(() => writeFileAtomic(target, 'new')).toThrow('EIO');
    vi.restoreAllMocks();
    expect(fs.readFileSync(target, 'utf8')).toBe('old');
    expect(fs.readdirSync(dir)).toEqual(['list.txt']);
  });

  it('copies a file the same way, and never leaves a half copy under the target name', () => {
    const source = write('src.pdf', 'PDF new');
    const target = write('store/abc', 'PDF old');
    copyFileAtomic(source, target);
    expect(fs.readFileSync(target, 'utf8')).toBe('PDF new');
    vi.spyOn(fs, 'copyFileSync').mockImplementation(() => {
      throw errno('EIO');
    });
    expect(() => copyFileAtomic(write('other.pdf', 'other'), target)).toThrow('EIO');
    vi.restoreAllMocks();
    expect(fs.readFileSync(target, 'utf8')).toBe('PDF new');
    expect(fs.readdirSync(path.join(dir, 'store'))).toEqual(['abc']);
  });

  it('leaves a whole old or whole new file when the writing process is killed', async () => {
    const target = write('big.json', 'A'.repeat(4_000_000));
    // A writer that rewrites the target with 4 MB of one letter, alternating, until it is killed
    // (with a plain fs.writeFileSync in its place this fails about two runs in three).
    const script = `import { writeFileAtomic } from ${JSON.stringify(path.join(import.meta.dirname, 'fs-safety.ts'))};
      for (let i = 0; ; i++) { writeFileAtomic(${JSON.stringify(target)}, (i % 2 ? 'A' : 'B').repeat(4_000_000)); if (i === 1) process.stdout.write('writing'); }`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise((resolve) => child.stdout.once('data', resolve));
    await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const text = fs.readFileSync(target, 'utf8');
    expect(text.length).toBe(4_000_000);
    expect(text === 'A'.repeat(4_000_000) || text === 'B'.repeat(4_000_000)).toBe(true);
  });

  it('gives writers in one process different temporary names', () => {
    const target = write('out.json', '');
    const temps: string[] = [];
    const real = fs.renameSync;
    vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      temps.push(String(from));
      real(from, to);
    });
    writeFileAtomic(target, 'a');
    writeFileAtomic(target, 'b');
    expect(new Set(temps).size).toBe(2);
    for (const t of temps) expect(path.dirname(t)).toBe(dir);
  });
});

describe('link, else copy', () => {
  it('links where it can', () => {
    const source = write('a.pdf', 'A');
    const target = path.join(dir, 'b.pdf');
    expect(linkOrCopy(source, target)).toBe('linked');
    expect(fs.statSync(target).ino).toBe(fs.statSync(source).ino);
  });

  it.each(['EXDEV', 'EPERM', 'EMLINK', 'ENOTSUP'])('copies when the link fails with %s', (code) => {
    const source = write('a.pdf', 'A');
    const target = path.join(dir, 'b.pdf');
    vi.spyOn(fs, 'linkSync').mockImplementation(() => {
      throw errno(code);
    });
    expect(linkOrCopy(source, target)).toBe('copied');
    expect(fs.readFileSync(target, 'utf8')).toBe('A');
    expect(fs.statSync(target).ino).not.toBe(fs.statSync(source).ino);
  });

  it('throws any other link error instead of copying', () => {
    const source = write('a.pdf', 'A');
    vi.spyOn(fs, 'linkSync').mockImplementation(() => {
      throw errno('EACCES');
    });
    expect(() => linkOrCopy(source, path.join(dir, 'b.pdf'))).toThrow('EACCES');
    expect(fs.existsSync(path.join(dir, 'b.pdf'))).toBe(false);
    vi.restoreAllMocks();
    expect(() => linkOrCopy(path.join(dir, 'missing.pdf'), path.join(dir, 'c.pdf'))).toThrow(/ENOENT/);
  });

  it('throws, keeps or replaces an existing target as asked', () => {
    const source = write('a.pdf', 'A');
    const target = write('b.pdf', 'B');
    expect(() => linkOrCopy(source, target)).toThrow(/EEXIST/);
    expect(linkOrCopy(source, target, { ifExists: 'keep' })).toBe('kept');
    expect(fs.readFileSync(target, 'utf8')).toBe('B');
    expect(linkOrCopy(source, target, { ifExists: 'replace' })).toBe('linked');
    expect(fs.readFileSync(target, 'utf8')).toBe('A');
    expect(fs.readdirSync(dir).sort()).toEqual(['a.pdf', 'b.pdf']);
  });

  it('links a whole tree, copying across file systems', () => {
    write('tree/x.js', 'x');
    write('tree/sub/y.wasm', 'y');
    vi.spyOn(fs, 'linkSync').mockImplementation(() => {
      throw errno('EXDEV');
    });
    linkTree(path.join(dir, 'tree'), path.join(dir, 'copy'));
    expect(fs.readFileSync(path.join(dir, 'copy/x.js'), 'utf8')).toBe('x');
    expect(fs.readFileSync(path.join(dir, 'copy/sub/y.wasm'), 'utf8')).toBe('y');
  });
});

describe('real-path containment', () => {
  it('accepts a file inside the root, and a link that stays inside', () => {
    const root = path.join(dir, 'content');
    const file = write('content/policies/a.md', '# a');
    fs.symlinkSync(file, path.join(root, 'link.md'));
    expect(realFileWithin(file, root)).toEqual({ ok: true, path: fs.realpathSync(file) });
    expect(realFileWithin(path.join(root, 'link.md'), root)).toEqual({ ok: true, path: fs.realpathSync(file) });
  });

  it('refuses a path that leaves the root with ..', () => {
    const root = path.join(dir, 'content');
    write('content/policies/a.md', '# a');
    write('secret.txt', 'secret');
    const escaped = path.join(root, 'policies', '..', '..', 'secret.txt');
    expect(realFileWithin(`${root}/policies/../../secret.txt`, root)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('内容文件夹以外'),
    });
    expect(() => readableFileWithin(escaped, root)).toThrow('内容文件夹以外');
  });

  it('refuses a symbolic link that leaves the root, for a file and for a folder', () => {
    const root = path.join(dir, 'content');
    const secret = write('home/secret.txt', 'secret');
    fs.mkdirSync(root);
    fs.symlinkSync(secret, path.join(root, '附件.pdf'));
    fs.symlinkSync(path.join(dir, 'home'), path.join(root, 'linked-folder'));
    expect(realFileWithin(path.join(root, '附件.pdf'), root)).toMatchObject({ ok: false });
    expect(realFileWithin(path.join(root, 'linked-folder', 'secret.txt'), root)).toMatchObject({ ok: false });
    expect(() => readableFileWithin(path.join(root, '附件.pdf'), root)).toThrow('不能发布');
  });
});

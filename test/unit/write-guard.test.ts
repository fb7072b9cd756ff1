/**
 * Astro's cache copies of pages (src/publish/write-guard.ts): a copy is a
 * link to the page just written when the bytes are the same, a new file
 * otherwise, and never a write into a file it shares with a published page.
 * Written the way Astro writes them: `fs.promises.writeFile` and `copyFile`.
 * The whole story with real builds is in test/build/atomic-output.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linkAstroPageCopies } from '../../src/publish/write-guard.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

function folders() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-guard-'));
  roots.push(root);
  const staging = path.join(root, 'dist.staging');
  const cache = path.join(root, 'cache');
  const page = (rel: string) => path.join(staging, rel);
  const copy = (rel: string) => path.join(cache, 'dist', rel);
  for (const dir of [path.join(staging, 'a'), path.join(cache, 'dist', 'a')]) fs.mkdirSync(dir, { recursive: true });
  return { root, staging, cache, page, copy };
}

describe('Astro page copies', () => {
  it('links the copy to the page just written when the bytes are the same', async () => {
    const { staging, cache, page, copy } = folders();
    const counts = linkAstroPageCopies(cache, staging);
    await fs.promises.writeFile(page('a/index.html'), '<h1>甲</h1>');
    await fs.promises.writeFile(copy('a/index.html'), '<h1>甲</h1>');
    expect(fs.statSync(copy('a/index.html')).ino).toBe(fs.statSync(page('a/index.html')).ino);
    expect(counts.linked).toBe(1);

    // Other bytes than the page's (not what Astro does, but never trusted): a file of its own.
    await fs.promises.writeFile(copy('a/index.html'), '<h1>乙</h1>');
    expect(fs.readFileSync(copy('a/index.html'), 'utf8')).toBe('<h1>乙</h1>');
    expect(fs.readFileSync(page('a/index.html'), 'utf8')).toBe('<h1>甲</h1>');
    expect(counts.written).toBe(1);
  });

  it('never writes into a copy that is a published page', async () => {
    const { root, staging, cache, page, copy } = folders();
    const published = path.join(root, 'dist.site-1', 'a', 'index.html');
    fs.mkdirSync(path.dirname(published), { recursive: true });
    fs.writeFileSync(published, '<h1>旧</h1>');
    fs.linkSync(published, copy('a/index.html'));
    linkAstroPageCopies(cache, staging);
    await fs.promises.writeFile(page('a/index.html'), '<h1>新</h1>');
    await fs.promises.writeFile(copy('a/index.html'), '<h1>新</h1>');
    expect(fs.readFileSync(published, 'utf8')).toBe('<h1>旧</h1>');
    expect(fs.readFileSync(copy('a/index.html'), 'utf8')).toBe('<h1>新</h1>');
  });

  it('restores a page from its copy by link', async () => {
    const { staging, cache, page, copy } = folders();
    linkAstroPageCopies(cache, staging);
    fs.writeFileSync(copy('a/index.html'), '<h1>甲</h1>');
    await fs.promises.copyFile(copy('a/index.html'), page('a/index.html'));
    expect(fs.statSync(page('a/index.html')).ino).toBe(fs.statSync(copy('a/index.html')).ino);
    // Copies elsewhere are left alone.
    const elsewhere = path.join(cache, 'b.txt');
    await fs.promises.copyFile(copy('a/index.html'), elsewhere);
    expect(fs.statSync(elsewhere).ino).not.toBe(fs.statSync(copy('a/index.html')).ino);
  });
});

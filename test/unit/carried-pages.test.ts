/**
 * Pages carried over from the published site by hard link
 * (src/publish/carried-pages.ts): the record of what was published, the
 * write-then-rename guard that keeps the published files untouched, and the
 * removal of pages no longer made. The whole story, with real builds, is in
 * test/build/atomic-output.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { CarriedPages, readPublishedPages, writePublishedPages } from '../../src/publish/carried-pages.ts';

const roots: string[] = [];
function tempRoot(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-carried-'));
  roots.push(root);
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

function publishedSite(root: string): string {
  const dist = path.join(root, 'dist');
  const pages: [string, string][] = [
    ['index.html', '首页'],
    ['a/index.html', '甲'],
    ['b/index.html', '乙'],
    ['zh-hant/index.html', '首頁'],
    ['zh-hant/a/index.html', '甲'],
    ['zh-hant/b/index.html', '乙'],
  ];
  for (const [file, text] of pages) {
    fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    fs.writeFileSync(path.join(dist, file), text);
  }
  return dist;
}

describe('the record of published pages', () => {
  it('gives back the pages of the same folder while Astro’s cache is as it was', () => {
    const root = tempRoot();
    const cache = path.join(root, 'cache');
    fs.mkdirSync(cache);
    fs.writeFileSync(path.join(cache, 'incremental-build.json'), '{}');
    writePublishedPages(cache, path.join(root, 'dist'), ['index.html', 'a/index.html']);
    expect(readPublishedPages(cache, path.join(root, 'dist'))).toEqual(['index.html', 'a/index.html']);
    expect(readPublishedPages(cache, path.join(root, 'elsewhere'))).toEqual([]);
  });

  it('gives nothing once Astro’s cache has moved on (a build that failed after its pages)', () => {
    const root = tempRoot();
    const cache = path.join(root, 'cache');
    fs.mkdirSync(cache);
    fs.writeFileSync(path.join(cache, 'incremental-build.json'), '{}');
    writePublishedPages(cache, path.join(root, 'dist'), ['index.html']);
    fs.writeFileSync(path.join(cache, 'incremental-build.json'), '{"routes":{}}');
    expect(readPublishedPages(cache, path.join(root, 'dist'))).toEqual([]);
    expect(readPublishedPages(path.join(root, 'no-cache'), path.join(root, 'dist'))).toEqual([]);
  });
});

describe('carried pages', () => {
  it('does not make Astro wait: a page written before the linker reaches it stays the new file', async () => {
    const root = tempRoot();
    const dist = publishedSite(root);
    const staging = path.join(root, 'dist.staging');
    const carried = new CarriedPages(dist, staging, 'zh-hant');
    fs.mkdirSync(path.join(staging, 'a'), { recursive: true });
    carried.start(['index.html', 'a/index.html', 'b/index.html']);
    // Written at once, most likely before the worker thread has even started.
    await fs.promises.writeFile(path.join(staging, 'a/index.html'), '甲（新）');
    await expect(
      carried.finish(new Set(['index.html', 'a/index.html', 'b/index.html'].map((f) => path.join(staging, f)))),
    ).resolves.toBe(0);
    expect(fs.readFileSync(path.join(staging, 'a/index.html'), 'utf8')).toBe('甲（新）');
    expect(fs.readFileSync(path.join(dist, 'a/index.html'), 'utf8')).toBe('甲');
    expect(fs.statSync(path.join(staging, 'b/index.html')).ino).toBe(fs.statSync(path.join(dist, 'b/index.html')).ino);
    expect(carried.size).toBe(2);
    // Twins stay only with pages carried over; the rewritten page's twin is for the 繁體 pass to make.
    expect(carried.carriedWithTwins()).toEqual(new Set(['index.html', 'b/index.html']));
    expect(fs.statSync(path.join(staging, 'zh-hant/b/index.html')).ino).toBe(
      fs.statSync(path.join(dist, 'zh-hant/b/index.html')).ino,
    );
    expect(fs.existsSync(path.join(staging, 'zh-hant/a/index.html'))).toBe(false);
    expect(fs.readFileSync(path.join(dist, 'zh-hant/a/index.html'), 'utf8')).toBe('甲');
  });

  it('links the published pages, rewrites a page into a new file, and removes pages no longer made', async () => {
    const root = tempRoot();
    const dist = publishedSite(root);
    const staging = path.join(root, 'dist.staging');
    const carried = new CarriedPages(dist, staging, 'zh-hant');
    carried.start(['index.html', 'a/index.html', 'b/index.html', 'gone/index.html']);
    await carried.ready();
    expect(carried.size).toBe(3);
    expect(fs.statSync(path.join(staging, 'a/index.html')).ino).toBe(fs.statSync(path.join(dist, 'a/index.html')).ino);

    // Astro writes a changed page by URL, a restored one by copy: neither reaches the published file.
    await fs.promises.writeFile(pathToFileURL(path.join(staging, 'a/index.html')), '甲（新）');
    const spare = path.join(root, 'spare.html');
    fs.writeFileSync(spare, '首页（新）');
    await fs.promises.copyFile(spare, path.join(staging, 'index.html'));
    expect(fs.readFileSync(path.join(dist, 'a/index.html'), 'utf8')).toBe('甲');
    expect(fs.readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('首页');
    expect(fs.readFileSync(path.join(staging, 'a/index.html'), 'utf8')).toBe('甲（新）');
    expect(fs.readFileSync(path.join(staging, 'index.html'), 'utf8')).toBe('首页（新）');
    expect(carried.size).toBe(1);

    // b/ is no longer made: removed from staging, still published until the swap.
    const made = new Set(['index.html', 'a/index.html'].map((f) => path.join(staging, f)));
    await expect(carried.finish(made)).resolves.toBe(1);
    expect(carried.size).toBe(0);
    expect(fs.existsSync(path.join(staging, 'b/index.html'))).toBe(false);
    expect(fs.readFileSync(path.join(dist, 'b/index.html'), 'utf8')).toBe('乙');
    expect(carried.carriedWithTwins()).toEqual(new Set());
    for (const page of ['index.html', 'a/index.html', 'b/index.html'])
      expect(fs.existsSync(path.join(staging, 'zh-hant', page))).toBe(false);

    // Any other file is written as usual, in place.
    const after = path.join(root, 'after.html');
    fs.linkSync(path.join(dist, 'index.html'), after);
    await fs.promises.writeFile(after, '其他');
    expect(fs.readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('其他');
  });
});

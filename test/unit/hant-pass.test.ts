/**
 * The 繁體 pass over a small built site in a temporary folder: it writes a
 * twin per page, reuses cached twins when a page has not changed (and only
 * then), does not reuse a twin changed in place, forgets twins of pages that
 * are gone, works the same in worker threads, and refuses a site that has
 * its own /zh-hant/ page.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildHant, type HantBuildOptions } from '../../src/hant/build-hant.ts';

let root: string;
let dist: string;
let cache: string;
const page = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><title>${title}</title></head><body><h1>${title}</h1><p>${body}</p><a href="/xxgk/b/">下一篇</a></body></html>`;
const files = ['index.html', 'xxgk/a/index.html', 'xxgk/b/index.html'];
const write = (file: string, html: string) => {
  fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
  fs.writeFileSync(path.join(dist, file), html);
};
const twin = (file: string) => fs.readFileSync(path.join(dist, 'zh-hant', file), 'utf8');
/** A fresh output folder with the same pages, as the next build writes it. */
const rebuild = () => {
  fs.rmSync(dist, { recursive: true, force: true });
  write('index.html', page('首页', '政务公开'));
  write('xxgk/a/index.html', page('关于发展的通知', '发文字号'));
  write('xxgk/b/index.html', page('头发', '后台'));
};
const run = (extra: Partial<HantBuildOptions> = {}) =>
  buildHant({ outDir: dist, files, base: '/', cacheDir: cache, protect: [], workers: 0, ...extra });

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-hant-'));
  dist = path.join(root, 'dist');
  cache = path.join(root, 'cache');
  rebuild();
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('buildHant', () => {
  it('writes a converted twin of every page', async () => {
    const stats = await run();
    expect(stats).toMatchObject({ pages: 3, converted: 3, reused: 0 });
    expect(twin('xxgk/a/index.html')).toContain('<html lang="zh-Hant">');
    expect(twin('xxgk/a/index.html')).toContain('<h1>關於發展的通知</h1>');
    expect(twin('xxgk/a/index.html')).toContain('<a href="/zh-hant/xxgk/b/">下一篇</a>');
    expect(twin('index.html')).toContain('政務公開');
    expect(stats.chars).toBeGreaterThan(0);
  });

  it('reuses the twins of unchanged pages in the next build and converts the changed one', async () => {
    await run();
    rebuild();
    write('xxgk/a/index.html', page('关于发展的通知', '发文字号已修改'));
    const stats = await run();
    expect(stats).toMatchObject({ converted: 1, reused: 2, pruned: 1 });
    expect(twin('xxgk/a/index.html')).toContain('發文字號已修改');
    expect(twin('xxgk/b/index.html')).toContain('<h1>頭髮</h1>');
  });

  it('does not reuse a twin that was changed in place after the build', async () => {
    await run();
    // A tool rewrites the published file in place (same inode as the cached twin).
    const published = path.join(dist, 'zh-hant', 'xxgk/b/index.html');
    const fd = fs.openSync(published, 'r+');
    fs.writeSync(fd, 'BROKEN');
    fs.closeSync(fd);
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(published, later, later);
    rebuild();
    const stats = await run();
    expect(stats).toMatchObject({ converted: 1, reused: 2 });
    expect(twin('xxgk/b/index.html')).toContain('<h1>頭髮</h1>');
    expect(twin('xxgk/b/index.html')).not.toContain('BROKEN');
  });

  it('converts everything again when the converter settings change', async () => {
    await run();
    rebuild();
    const stats = await run({ protect: ['发展'] });
    expect(stats).toMatchObject({ converted: 3, reused: 0, pruned: 3 });
    expect(twin('xxgk/a/index.html')).toContain('<h1>關於发展的通知</h1>');
  });

  it('converts everything again, in the new standard, when the site’s character standard changes', async () => {
    write('xxgk/a/index.html', page('为了发展', '里面'));
    await run();
    expect(twin('xxgk/a/index.html')).toContain('<h1>爲了發展</h1>');
    const stats = await run({ standard: 'tw' });
    expect(stats).toMatchObject({ converted: 3, reused: 0 });
    expect(twin('xxgk/a/index.html')).toContain('<h1>為了發展</h1>');
    expect(twin('xxgk/a/index.html')).toContain('<p>裡面</p>');
  });

  /** The next build as carried-pages.ts leaves it: the published pages and their twins linked into a new folder. */
  const carryOver = (pages: readonly string[]): string => {
    const next = path.join(root, 'next');
    for (const file of [...files, ...pages.map((p) => `zh-hant/${p}`)]) {
      fs.mkdirSync(path.dirname(path.join(next, file)), { recursive: true });
      fs.linkSync(path.join(dist, file), path.join(next, file));
    }
    return next;
  };

  it('keeps the twins of carried pages without reading the pages', async () => {
    await run();
    const next = carryOver(['index.html', 'xxgk/b/index.html']);
    const stats = await run({ outDir: next, carried: new Set(['index.html', 'xxgk/b/index.html']) });
    expect(stats).toMatchObject({ pages: 3, reused: 3, converted: 0, pruned: 0 });
    expect(fs.statSync(path.join(next, 'zh-hant/index.html')).ino).toBe(
      fs.statSync(path.join(dist, 'zh-hant/index.html')).ino,
    );
    // The manifest still knows every twin: a build that carries nothing reuses them all.
    rebuild();
    expect(await run()).toMatchObject({ reused: 3, converted: 0 });
  });

  it('makes a carried twin again when the converter changed, without writing into the published twin', async () => {
    await run();
    const published = fs.readFileSync(path.join(dist, 'zh-hant/xxgk/a/index.html'), 'utf8');
    const next = carryOver(['xxgk/a/index.html']);
    const stats = await run({ outDir: next, carried: new Set(['xxgk/a/index.html']), protect: ['发展'] });
    expect(stats).toMatchObject({ converted: 3, reused: 0 });
    expect(fs.readFileSync(path.join(next, 'zh-hant/xxgk/a/index.html'), 'utf8')).toContain('<h1>關於发展的通知</h1>');
    expect(fs.readFileSync(path.join(dist, 'zh-hant/xxgk/a/index.html'), 'utf8')).toBe(published);
  });

  it('gives the same twins in worker threads', async () => {
    await run();
    const inline = files.map(twin);
    rebuild();
    fs.rmSync(cache, { recursive: true });
    const stats = await run({ workers: 2 });
    // One batch of pages: one thread is started however many are allowed.
    expect(stats).toMatchObject({ workers: 1, converted: 3 });
    expect(files.map(twin)).toEqual(inline);
  });

  it('refuses a site with its own page under /zh-hant/', async () => {
    await expect(run({ files: [...files, 'zh-hant/index.html'] })).rejects.toThrow('网址 /zh-hant/ 留给繁體版页面');
  });
});

/**
 * Precompression (site.yaml `precompress: true`): `.br` and `.gz` beside
 * every text file over 1 KB, the same bytes once decompressed; small and
 * binary files left alone; an unchanged file carried over from the
 * published site (the same inode) takes the published copies instead of
 * being compressed again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { precompressSummary, precompressTree } from '../../src/publish/precompress.ts';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-precompress-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const page = '<!doctype html><html lang="zh-CN"><title>示例</title>' + '<p>道路运输管理规定，第一条。</p>'.repeat(200);

function write(root: string, file: string, text: string | Buffer): string {
  const full = path.join(root, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, text);
  return full;
}

it('writes .br and .gz beside text files over 1 KB only, and counts the bytes', async () => {
  const site = path.join(dir, 'site');
  write(site, 'xxgk/a/index.html', page);
  write(site, '_astro/app.css', 'body{color:#000}'.repeat(100));
  write(site, 'small.html', '<p>短</p>');
  write(site, 'files/x/1.pdf', Buffer.alloc(4096, 7));
  const stats = await precompressTree(site);
  expect(stats.files).toBe(2);
  expect(stats.reused).toBe(0);
  expect(stats.bytes).toBe(Buffer.byteLength(page) + 1600);
  const html = path.join(site, 'xxgk/a/index.html');
  expect(zlib.brotliDecompressSync(fs.readFileSync(`${html}.br`)).toString()).toBe(page);
  expect(zlib.gunzipSync(fs.readFileSync(`${html}.gz`)).toString()).toBe(page);
  expect(stats.brBytes).toBeLessThan(stats.gzBytes);
  expect(stats.gzBytes).toBeLessThan(stats.bytes / 5);
  for (const skipped of ['small.html', 'files/x/1.pdf']) {
    expect(fs.existsSync(path.join(site, `${skipped}.br`))).toBe(false);
    expect(fs.existsSync(path.join(site, `${skipped}.gz`))).toBe(false);
  }
  expect(precompressSummary(stats)).toMatch(
    /^预压缩：2 个文本文件（沿用 0），.* → br .*（省 \d+%）、gz .*（省 \d+%），用时/,
  );
});

it('takes the published copies of a file carried over unchanged, and compresses a changed one', async () => {
  const published = path.join(dir, 'dist');
  const staging = path.join(dir, 'staging');
  const kept = write(published, 'xxgk/a/index.html', page);
  write(published, 'xxgk/b/index.html', page);
  await precompressTree(published);
  fs.mkdirSync(path.join(staging, 'xxgk/a'), { recursive: true });
  fs.linkSync(kept, path.join(staging, 'xxgk/a/index.html'));
  write(staging, 'xxgk/b/index.html', `${page}<p>新增</p>`);
  const stats = await precompressTree(staging, published);
  expect([stats.files, stats.reused]).toEqual([2, 1]);
  expect(fs.statSync(path.join(staging, 'xxgk/a/index.html.br')).ino).toBe(fs.statSync(`${kept}.br`).ino);
  expect(zlib.gunzipSync(fs.readFileSync(path.join(staging, 'xxgk/b/index.html.gz'))).toString()).toContain('新增');
});

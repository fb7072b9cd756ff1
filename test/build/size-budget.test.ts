/**
 * Size budgets on the sample site: every document page is at most 30 KB of
 * gzip-compressed HTML and ships no JavaScript but the 关怀模式 boot lines in
 * <head>, the 无障碍工具栏 and the few lines that register the service
 * worker. Other scripts (search, the application form, the data-list
 * tables) load only on their own pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../support/html.ts';
import { sampleDist } from '../support/paths.ts';

const BUDGET = 30 * 1024;
/** The kinds of script a page carries; the toolbar module is inlined by Astro (it is small) or linked. */
function scripts($: CheerioAPI, dist: string): Array<{ kind: string; bytes: number }> {
  return $('script')
    .toArray()
    .map((el) => {
      const src = $(el).attr('src');
      const text = src ? fs.readFileSync(path.join(dist, src), 'utf8') : ($(el).html() ?? '');
      const module = $(el).attr('type') === 'module';
      const kind =
        !module && text.includes('data-font-size')
          ? 'care-boot'
          : module && text.includes('gongkai-care')
            ? 'toolbar'
            : !module && text.includes('serviceWorker')
              ? 'service-worker'
              : module
                ? `module ${src ?? 'inline'}`
                : 'other';
      return { kind, bytes: Buffer.byteLength(text) };
    });
}

const documents = htmlFiles(sampleDist).filter((f) => f.startsWith('/xxgk/') || /^\/xwzx\/[^/]+\/\d{4}\//.test(f));

describe('size budgets', () => {
  it('has document pages to check', () => {
    expect(documents.length).toBeGreaterThan(80);
  });

  it('keeps every document page under 30 KB gzip', () => {
    const sizes = documents.map((f) => [f, gzipSync(fs.readFileSync(path.join(sampleDist, f))).length] as const);
    expect(sizes.filter(([, n]) => n > BUDGET)).toEqual([]);
  });

  it('ships no JavaScript on document pages beyond the 关怀模式 boot, the toolbar and the service-worker registration', () => {
    for (const f of documents) {
      const found = scripts(load(fs.readFileSync(path.join(sampleDist, f), 'utf8')), sampleDist);
      expect(found.map((s) => s.kind).sort(), f).toEqual(['care-boot', 'service-worker', 'toolbar']);
    }
  });

  it('keeps the 关怀模式 scripts tiny: under 1 KB before the first paint, under 4 KB for the toolbar', () => {
    const found = scripts(load(fs.readFileSync(path.join(sampleDist, documents[0]!), 'utf8')), sampleDist);
    expect(found.find((s) => s.kind === 'care-boot')!.bytes).toBeLessThan(1024);
    expect(found.find((s) => s.kind === 'toolbar')!.bytes).toBeLessThan(4096);
  });

  it('loads other scripts only where a page needs one: search, the application form and the data-list tables', () => {
    const modulesOf = (f: string) =>
      scripts(load(fs.readFileSync(path.join(sampleDist, f), 'utf8')), sampleDist).filter((s) =>
        s.kind.startsWith('module'),
      );
    // The 繁體 twins carry their page's scripts unchanged.
    const withModules = htmlFiles(sampleDist).filter((f) => !f.startsWith('/zh-hant/') && modulesOf(f).length > 0);
    expect(withModules.filter((f) => !f.startsWith('/sjqd/') || f === '/sjqd/index.html')).toEqual([
      '/search/index.html',
      '/ysqgk/sq/index.html',
    ]);
    // Exactly the data-list pages with a table load the small table script (办事指南 item pages have none).
    const tables = htmlFiles(sampleDist).filter(
      (f) =>
        !f.startsWith('/zh-hant/') && fs.readFileSync(path.join(sampleDist, f), 'utf8').includes('data-list-table'),
    );
    expect(tables.length).toBeGreaterThan(6);
    expect(withModules.filter((f) => f.startsWith('/sjqd/'))).toEqual(tables);
  });
});

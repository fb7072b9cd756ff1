/**
 * The complete phase alone (the 繁體 pass and the search index's writer
 * replaced by stand-ins that record their calls): which pages get 繁體
 * twins, the sitemap alias, and the order — the index is published only
 * once the twins are written.
 */
import { StageTimer } from '../../publish/stage-timer.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StagedBuild } from './state.ts';

const calls = vi.hoisted(() => [] as string[]);
const hantFiles = vi.hoisted(() => ({ current: [] as string[] }));
vi.mock('../../hant/build-hant.ts', () => ({
  buildHant: async (options: { files: string[] }) => {
    calls.push('hant');
    hantFiles.current = options.files;
    return { pages: options.files.length, converted: 0, reused: 0, chars: 0, ms: 0 };
  },
}));
vi.mock('../../search/publish.ts', () => ({
  publishSearchIndex: (_index: unknown, target: string) => calls.push(`index ${path.basename(target)}`),
}));
const { aliasSitemap, completePhase, madePages } = await import('./complete.ts');

let dir = '';
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-complete-phase-'));
  calls.length = 0;
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('complete phase', () => {
  it('makes 繁體 twins of the site pages (not of the CMS), then publishes the search index', async () => {
    const index = { stats: {} };
    const carried = {
      size: 0,
      linkMs: 0,
      finish: async () => (calls.push('carried'), 2),
      carriedWithTwins: () => new Set<string>(),
    };
    const build = {
      carried,
      site: { hant: { standard: 't', phrases: false } },
      base: '/',
      cacheDir: dir,
      search: Promise.resolve(index),
      timer: new StageTimer(),
    } as unknown as StagedBuild;
    const made = madePages(
      new Map([
        ['/', [pathToFileURL(path.join(dir, 'index.html'))]],
        [
          '/admin',
          [pathToFileURL(path.join(dir, 'admin/index.html')), pathToFileURL(path.join(dir, 'admin/config.yml'))],
        ],
        ['/zwgk', [pathToFileURL(path.join(dir, 'zwgk/index.html'))]],
      ]),
    );
    const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const done = await completePhase(build, dir, made, log);
    expect(done.pages).toEqual(['index.html', 'admin/index.html', 'zwgk/index.html']);
    expect(hantFiles.current).toEqual(['index.html', 'zwgk/index.html']);
    expect(calls).toEqual(['carried', 'hant', 'index search-index']);
    expect(done.index).toBe(index);
    expect(log.info.mock.calls[0]![0]).toContain('移除已删除页面 2 个');
  });

  it('publishes the sitemap index as /sitemap.xml too, when there is one', () => {
    aliasSitemap(dir);
    expect(fs.existsSync(path.join(dir, 'sitemap.xml'))).toBe(false);
    fs.writeFileSync(path.join(dir, 'sitemap-index.xml'), '<sitemapindex/>');
    aliasSitemap(dir);
    expect(fs.readFileSync(path.join(dir, 'sitemap.xml'), 'utf8')).toBe('<sitemapindex/>');
  });
});

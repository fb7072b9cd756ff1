/**
 * The stage phase alone (the search index build replaced by a stand-in):
 * Astro is pointed at a fresh staging folder beside the published site and
 * told not to empty it, and a search index that fails early is not an
 * unhandled rejection while the pages render.
 */
import { StageTimer } from '../../publish/stage-timer.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckedContent } from './state.ts';

vi.mock('../../search/build-search.ts', () => ({ buildSearch: () => Promise.reject(new Error('搜索索引失败')) }));
const { stagePhase } = await import('./stage.ts');

let dir = '';
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-stage-phase-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const checked = (cacheDir: string) =>
  ({
    command: 'build',
    root: '/content',
    cacheDir,
    site: {},
    report: { entries: [] },
    published: {
      images: new Map(),
      entryImages: new Map(),
      attachments: [],
      attachmentDigests: new Map(),
      build: 'b',
      command: 'build',
    },
    timer: new StageTimer(),
  }) as unknown as CheckedContent & { command: 'build' };

describe('stage phase', () => {
  it('has Astro write into a new staging folder that it does not empty, and starts the search index', async () => {
    const outDir = path.join(dir, 'dist');
    const updateConfig = vi.fn();
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    const build = stagePhase(checked(path.join(dir, 'cache')), { outDir, base: '/gk/', updateConfig });
    expect(updateConfig).toHaveBeenCalledTimes(1);
    const update = updateConfig.mock.calls[0]![0];
    expect(fileURLToPath(update.outDir)).toBe(`${build.staging}/`);
    expect(update.vite.build.emptyOutDir).toBe(false);
    expect(build.staging).not.toBe(outDir);
    expect(path.dirname(build.staging)).toBe(dir);
    expect(build.base).toBe('/gk/');
    // The failure is reported when the pages are done, not lost and not unhandled before.
    await new Promise((r) => setTimeout(r, 10));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
    await expect(build.search).rejects.toThrow('搜索索引失败');
    await build.carried.finish(new Set());
  });
});

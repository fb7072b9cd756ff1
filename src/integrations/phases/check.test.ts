/**
 * The check phase alone: the content check and the attachment check are
 * replaced by stand-ins (they have their own tests); what is tested is what
 * the phase decides with their results and what it hands to the pages.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckReport } from '../../checks/check-content.ts';
import { checkedFiles, publishedFiles } from '../../publish/handoff.ts';

const report = vi.hoisted(() => ({ current: undefined as unknown as CheckReport }));
vi.mock('../../checks/check-content.ts', async (original) => ({
  ...(await original<typeof import('../../checks/check-content.ts')>()),
  checkContent: (_root: string, options: { cache: { remember: (...a: unknown[]) => void } }) => {
    options.cache.remember('/content/policies/a.md', '10:1', { title: '甲' }, {});
    return report.current;
  },
}));
vi.mock('../../checks/check-attachments.ts', () => ({
  checkAttachments: async () => ({ errors: [], warnings: [], facts: new Map([['f00d', { pages: 1 }]]) }),
  attachmentSummary: () => '附件 0 个',
}));

const { checkPhase } = await import('./check.ts');
const emptyReport = (): CheckReport => ({
  entries: [],
  errors: [],
  warnings: [],
  notices: [],
  freshness: [],
  bodyImages: new Map(),
});
// The sample site's settings (read, not changed).
const root = path.resolve(import.meta.dirname, '../../../content');
const logger = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() });

let cacheDir = '';
beforeEach(() => {
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-check-phase-'));
  publishedFiles.write(undefined as never);
});
afterEach(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

describe('check phase', () => {
  it('stops the build on a content error, listing it, before handing any file list to the pages', async () => {
    report.current = {
      ...emptyReport(),
      errors: [{ file: 'content/policies/a.md', line: 3, field: '标题', expected: '不为空', found: '空' }],
    };
    const log = logger();
    await expect(
      checkPhase({ command: 'build', root, cacheDir, outDir: path.join(cacheDir, 'dist'), logger: log }),
    ).rejects.toThrow('内容检查发现 1 个错误（详见上方列表），网站未生成。');
    expect(log.error.mock.calls[0]![0]).toContain('content/policies/a.md');
    expect(publishedFiles.read()).toBeUndefined();
  });

  it('hands the valid files to the content loader and the published files to the pages', async () => {
    report.current = emptyReport();
    const log = logger();
    const checked = await checkPhase({
      command: 'dev',
      root,
      cacheDir,
      outDir: path.join(cacheDir, 'dist'),
      logger: log,
    });
    // The loader stores the checked frontmatter under the key the check read it at.
    expect(checkedFiles.read()?.get('/content/policies/a.md')).toMatchObject({ key: '10:1', data: { title: '甲' } });
    expect(checkedFiles.read()?.size).toBe(1);
    expect(publishedFiles.read()).toBe(checked.published);
    expect(checked.published.command).toBe('dev');
    expect(checked.published.attachmentFacts?.get('f00d')).toEqual({ pages: 1 });
    expect(log.info).toHaveBeenCalledWith('内容检查通过：0 个条目');
    // The digests are kept for the next build.
    expect(fs.existsSync(path.join(cacheDir, 'file-digests.json'))).toBe(true);
  });
});

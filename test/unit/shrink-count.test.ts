/**
 * The shrink guard counts what the published site's search manifest counts:
 * every record, the attachments' text included. Counted without them, a
 * site with attachments looked smaller than itself on every build, and a
 * web team that set a tight shrinkLimit could not build at all.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkPhase } from '../../src/integrations/phases/check.ts';
import { projectRoot, testTmp } from '../support/paths.ts';

const root = path.join(testTmp, 'shrink-count-content');
const cacheDir = path.join(testTmp, 'shrink-count-cache');
const outDir = path.join(testTmp, 'shrink-count-dist');
const logger = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() });

describe('shrink guard count', () => {
  it('counts the attachment records the manifest counts', { timeout: 120_000 }, async () => {
    for (const dir of [root, cacheDir, outDir]) fs.rmSync(dir, { recursive: true, force: true });
    fs.cpSync(path.join(projectRoot, 'content'), root, { recursive: true });
    fs.appendFileSync(path.join(root, 'site.yaml'), '\nshrinkLimit: 1\n');
    const run = () => checkPhase({ command: 'build', root, cacheDir, outDir, logger: logger() });
    const first = await run();
    const records = first.searchRecords!;
    const attachmentRecords = records.filter((r) => r.attachment).length;
    // The sample site has attachments with text: the case this test is about.
    expect(attachmentRecords).toBeGreaterThan(0);
    // A published site of the same content: its manifest counts every record.
    fs.mkdirSync(path.join(outDir, 'search-index'), { recursive: true });
    const manifest = { shards: [{ records: records.length }] };
    fs.writeFileSync(path.join(outDir, 'search-index', 'manifest.json'), JSON.stringify(manifest));
    await expect(run()).resolves.toMatchObject({ command: 'build' });
    // A drop above the 1 % limit is still stopped: the guard is on.
    manifest.shards[0]!.records = Math.ceil(records.length * 1.05);
    fs.writeFileSync(path.join(outDir, 'search-index', 'manifest.json'), JSON.stringify(manifest));
    await expect(run()).rejects.toThrow(/shrinkLimit/);
  });
});

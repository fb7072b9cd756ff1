/**
 * The content check on several cores (src/checks/parallel-check.ts): what
 * the worker threads hand back, put into the cache, gives checkContent()
 * exactly the report of a check on one thread, problems and lines included.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CheckCache } from '../../src/checks/check-cache.ts';
import { checkContent } from '../../src/checks/check-content.ts';
import { checkUnknownFiles } from '../../src/checks/parallel-check.ts';
import { listContentFiles } from '../../src/checks/content-files.ts';
import { statKey } from '../../src/catalogue/file-digests.ts';
import { projectRoot, testTmp } from '../support/paths.ts';

const content = path.join(testTmp, 'parallel-check-content');
const today = '2026-06-01';

function policyFile(n: number): string {
  const dir = path.join(content, 'policies', '2025');
  return path.join(dir, fs.readdirSync(dir).filter((f) => f.endsWith('.md'))[n]!);
}

describe('parallel content check', () => {
  fs.rmSync(content, { recursive: true, force: true });
  fs.cpSync(path.join(projectRoot, 'content'), content, { recursive: true });
  // One file with a schema error and one with personal data in its body: both must still be reported, with their lines.
  const badDate = policyFile(0);
  fs.writeFileSync(
    badDate,
    fs.readFileSync(badDate, 'utf8').replace(/^publishDate: .*$/m, 'publishDate: "2025-13-45 10:00"'),
  );
  const personal = policyFile(1);
  fs.appendFileSync(personal, '\n联系人手机：13912345678\n');
  const oneThread = checkContent(content, { today });

  it('the fixture has the problems it is meant to have', () => {
    expect(oneThread.errors.map((e) => e.file)).toEqual(
      expect.arrayContaining([path.relative(process.cwd(), badDate), path.relative(process.cwd(), personal)]),
    );
    expect(oneThread.entries.length).toBeGreaterThan(20);
  });

  it('gives the same report when only worker threads checked the files', async () => {
    const cache = new CheckCache();
    const stats = await checkUnknownFiles(content, listContentFiles(content), cache, {
      workers: 2,
      minFiles: 0,
      mainThread: false,
    });
    expect(stats.workers).toBe(2);
    expect(stats.byWorkers).toBe(stats.files);
    // Every file the check reads, valid or not, was unknown to an empty cache (the bad date makes no entry).
    expect(stats.files).toBe(oneThread.entries.length + 1);
    // A file that fails on its own is left for checkContent() to report; the personal data is
    // a fact of a valid file, found by the worker and reported from its facts.
    expect(cache.knows(badDate, statKeyOf(badDate))).toBe(false);
    expect(cache.knows(personal, statKeyOf(personal))).toBe(true);
    expect(checkContent(content, { today, cache })).toEqual(oneThread);
  });

  it('gives the same report with the main thread and a worker sharing the files', async () => {
    const cache = new CheckCache();
    const stats = await checkUnknownFiles(content, listContentFiles(content), cache, { workers: 1, minFiles: 0 });
    expect(stats.files).toBe(oneThread.entries.length + 1);
    expect(checkContent(content, { today, cache })).toEqual(oneThread);
  });

  it('checks nothing the cache already holds, and starts no worker for a few files', async () => {
    const cache = new CheckCache();
    await checkUnknownFiles(content, listContentFiles(content), cache, { workers: 0 });
    const again = await checkUnknownFiles(content, listContentFiles(content), cache);
    expect(again).toEqual({ files: 1, workers: 0, byWorkers: 0 });
  });
});

function statKeyOf(file: string): string {
  return statKey(fs.statSync(file));
}

/**
 * The content check's per-file cache: a second run over unchanged files
 * gives the same report without reading them; a changed file is checked
 * afresh, so a new mistake is reported and a fixed one is not.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';
import { projectRoot, testTmp } from '../support/paths.ts';

const content = path.join(testTmp, 'check-cache-content');
const cacheFile = path.join(testTmp, 'check-cache', 'content-check.json');

describe('content check cache', () => {
  it('gives the same report from the cache, and notices a changed file', () => {
    fs.rmSync(content, { recursive: true, force: true });
    fs.rmSync(path.dirname(cacheFile), { recursive: true, force: true });
    fs.cpSync(path.join(projectRoot, 'content'), content, { recursive: true });
    const today = '2026-06-01';
    // A whole-second time on one policy, so it can be put back exactly below.
    const policy = path.join(
      content,
      'policies',
      '2025',
      fs.readdirSync(path.join(content, 'policies', '2025')).find((f) => f.endsWith('.md'))!,
    );
    const time = new Date('2026-01-02T03:04:05Z');
    fs.utimesSync(policy, time, time);
    const fresh = checkContent(content, { today });
    const first = checkContent(content, { today, cacheFile });
    expect(first).toEqual(fresh);
    expect(fs.existsSync(cacheFile)).toBe(true);
    const cached = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as { files: Record<string, unknown> };
    expect(Object.keys(cached.files)).toHaveLength(fresh.entries.length);

    // The second run takes unchanged files from the cache without reading
    // them: garbage of the same size and time in a file goes unnoticed.
    const good = fs.readFileSync(policy, 'utf8');
    fs.writeFileSync(policy, 'x'.repeat(Buffer.byteLength(good)));
    fs.utimesSync(policy, time, time);
    expect(checkContent(content, { today, cacheFile })).toEqual(fresh);

    fs.writeFileSync(policy, good.replace(/^publishDate: .*$/m, 'publishDate: "2025-13-45 10:00"'));
    const broken = checkContent(content, { today, cacheFile });
    expect(broken.errors.map((e) => e.file)).toContain(path.relative(process.cwd(), policy));
    fs.writeFileSync(policy, good);
    expect(checkContent(content, { today, cacheFile })).toEqual(fresh);
  });

  it('writes the cache file only when its results changed', () => {
    fs.rmSync(content, { recursive: true, force: true });
    fs.rmSync(path.dirname(cacheFile), { recursive: true, force: true });
    fs.cpSync(path.join(projectRoot, 'content'), content, { recursive: true });
    const today = '2026-06-01';
    checkContent(content, { today, cacheFile });
    const old = new Date('2020-01-01T00:00:00Z');
    const written = () => fs.statSync(cacheFile).mtimeMs;
    fs.utimesSync(cacheFile, old, old);
    // Nothing changed: the 72 MB a large site's cache holds is not written again.
    checkContent(content, { today, cacheFile });
    expect(written()).toBe(old.getTime());
    // A file gone: its result must leave the cache.
    const news = path.join(content, 'news');
    const gone = fs
      .readdirSync(news, { recursive: true })
      .map(String)
      .find((f) => f.endsWith('.md'))!;
    fs.rmSync(path.join(news, gone));
    checkContent(content, { today, cacheFile });
    expect(written()).toBeGreaterThan(old.getTime());
    const stored = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as { files: Record<string, unknown> };
    expect(Object.keys(stored.files)).not.toContain(path.join(news, gone));
    // A file changed: written again.
    fs.utimesSync(cacheFile, old, old);
    const policy = path.join(content, 'policies', '2025');
    const first = path.join(
      policy,
      fs.readdirSync(policy).find((f) => f.endsWith('.md'))!,
    );
    fs.appendFileSync(first, '\n补充一段。\n');
    checkContent(content, { today, cacheFile });
    expect(written()).toBeGreaterThan(old.getTime());
  });
});

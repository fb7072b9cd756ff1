/**
 * An emptied content folder (only site.yaml left, as after a bad merge)
 * must not replace the portal: the build stops before writing anything and
 * says why, unless GONGKAI_CONFIRM_SHRINK=1 confirms it; a confirmed shrink
 * leaves no empty folders behind. The published site is a link to its
 * release folder (src/publish/staged-output.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shrinkConfirmed, shrinkProblem } from '../../src/publish/shrink-guard.ts';
import { buildSite } from '../support/build-site.ts';
import { writeFixtureContent } from '../support/fixture-content.ts';
import { readPage } from '../support/html.ts';
import { testTmp } from '../support/paths.ts';

const content = path.join(testTmp, 'guard-content');
const out = path.join(testTmp, 'guard-dist');
const cache = path.join(testTmp, 'guard-cache');

/** Folders with nothing in them, below `dir`. */
function emptyFolders(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => {
    const full = path.join(dir, f);
    return fs.statSync(full).isDirectory() && fs.readdirSync(full).length === 0;
  });
}

function emptyContent(): void {
  for (const name of fs.readdirSync(content))
    if (name !== 'site.yaml') fs.rmSync(path.join(content, name), { recursive: true, force: true });
}

describe('shrink guard', () => {
  it('says when a build would drop to zero or by more than the limit, and lets a confirmed one through', () => {
    expect(shrinkProblem(undefined, 0, 50, false)).toBeUndefined();
    expect(shrinkProblem(400, 200, 50, false)).toBeUndefined();
    expect(shrinkProblem(400, 199, 50, false)).toContain('减为 199 个，减少 50%，超过网站设置 shrinkLimit 的 50%');
    expect(shrinkProblem(3, 0, 100, false)).toContain('减为 0 个');
    expect(shrinkProblem(400, 0, 50, true)).toBeUndefined();
    expect(shrinkConfirmed({ GONGKAI_CONFIRM_SHRINK: '1' }, [])).toBe(true);
    expect(shrinkConfirmed({}, ['node', 'astro', 'build', '--confirm-shrink'])).toBe(true);
    expect(shrinkConfirmed({ GONGKAI_CONFIRM_SHRINK: '0' }, ['node', 'astro', 'build'])).toBe(false);
  });

  it('stops a build of an emptied content folder, publishes it only when confirmed, and leaves no empty folders', () => {
    writeFixtureContent(content);
    for (const dir of [out, `${out}.staging`, cache]) fs.rmSync(dir, { recursive: true, force: true });
    const env = { GONGKAI_CACHE_DIR: cache };
    const first = buildSite(content, out, env);
    expect(first.status, first.output).toBe(0);
    expect(fs.lstatSync(out).isSymbolicLink()).toBe(true);
    expect(emptyFolders(out)).toEqual([]);
    const home = fs.readFileSync(path.join(out, 'index.html'));

    emptyContent();
    const stopped = buildSite(content, out, env);
    expect(stopped.status).not.toBe(0);
    expect(stopped.output).toMatch(/已发布的网站有 \d+ 个条目，这次生成会减为 0 个/);
    expect(stopped.output).toContain('GONGKAI_CONFIRM_SHRINK=1');
    expect(fs.readFileSync(path.join(out, 'index.html'))).toEqual(home);
    expect(fs.existsSync(`${out}.staging`)).toBe(false);

    const confirmed = buildSite(content, out, { ...env, GONGKAI_CONFIRM_SHRINK: '1' });
    expect(confirmed.status, confirmed.output).toBe(0);
    expect(readPage(out, '/')('h1, title').length).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(out, 'xxgk', '11990000MB0000001X-2025-00003'))).toBe(false);
    expect(emptyFolders(out)).toEqual([]);
  }, 400_000);
});

/**
 * Atomic output: a build that fails after its pages were written leaves the
 * published site exactly as it was, and a good build replaces it whole.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { writeFixtureContent } from '../support/fixture-content.ts';
import { readPage } from '../support/html.ts';
import { testTmp } from '../support/paths.ts';

const content = path.join(testTmp, 'atomic-content');
const out = path.join(testTmp, 'atomic-dist');
const cache = path.join(testTmp, 'atomic-cache');

/** Every file of a folder with its size and modification time. */
function snapshot(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .sort()
    .map((f) => {
      const st = fs.statSync(path.join(dir, f));
      return st.isFile() ? `${f} ${st.size} ${st.mtimeMs}` : f;
    });
}

const policy = () => path.join(content, 'policies', '2025', 'freight-rules.md');
const retitle = (title: string) => fs.writeFileSync(policy(), fs.readFileSync(policy(), 'utf8').replace(/^title: .*$/m, `title: ${title}`));

describe('atomic output', () => {
  it('keeps the published site when a build fails midway, and replaces it after a good build', () => {
    writeFixtureContent(content);
    for (const dir of [out, `${out}.staging`, cache]) fs.rmSync(dir, { recursive: true, force: true });
    retitle('第一版标题');
    const first = buildSite(content, out, { GONGKAI_CACHE_DIR: cache });
    expect(first.status, first.output).toBe(0);
    const url = '/xxgk/11990000MB0000001X-2025-00003/';
    expect(readPage(out, url)('h1').text()).toContain('第一版标题');
    const before = snapshot(out);

    // The second build passes the content check and renders its pages, then
    // fails while putting the search index together (its cache folder is
    // blocked by a file), i.e. after writing most of the site.
    retitle('第二版标题');
    const blocked = path.join(testTmp, 'atomic-blocked-cache');
    fs.rmSync(blocked, { recursive: true, force: true });
    fs.mkdirSync(blocked, { recursive: true });
    fs.writeFileSync(path.join(blocked, 'search-shards'), 'not a folder');
    const failed = buildSite(content, out, { GONGKAI_CACHE_DIR: blocked });
    expect(failed.status).not.toBe(0);
    // The half-written site stayed in staging, with the new title in it …
    expect(readPage(`${out}.staging`, url)('h1').text()).toContain('第二版标题');
    // … and the published one did not change by a byte.
    expect(snapshot(out)).toEqual(before);
    expect(readPage(out, url)('h1').text()).toContain('第一版标题');

    const third = buildSite(content, out, { GONGKAI_CACHE_DIR: cache });
    expect(third.status, third.output).toBe(0);
    expect(readPage(out, url)('h1').text()).toContain('第二版标题');
    expect(fs.existsSync(`${out}.staging`)).toBe(false);
    expect(fs.existsSync(path.join(out, 'search-index', 'manifest.json'))).toBe(true);
  }, 300_000);
});

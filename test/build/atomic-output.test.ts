/**
 * Atomic output: a build that fails after its pages were written leaves the
 * published site exactly as it was, and a good build replaces it whole.
 * Rebuilds carry unchanged pages over from the published site by hard link
 * (src/publish/carried-pages.ts): a rewritten page must never be written into
 * the published file it was linked to, and a deleted document's page must
 * not be carried over.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { writeFixtureContent } from '../support/fixture-content.ts';
import { htmlFiles, readPage } from '../support/html.ts';
import { testTmp } from '../support/paths.ts';

const content = path.join(testTmp, 'atomic-content');
const out = path.join(testTmp, 'atomic-dist');
const cache = path.join(testTmp, 'atomic-cache');

/** Every file of a folder with its size and modification time. */
function snapshot(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).sort().map((f) => {
    const st = fs.statSync(path.join(dir, f));
    return st.isFile() ? `${f} ${st.size} ${st.mtimeMs}` : f;
  });
}

const policy = () => path.join(content, 'policies', '2025', 'freight-rules.md');
const retitle = (title: string) =>
  fs.writeFileSync(policy(), fs.readFileSync(policy(), 'utf8').replace(/^title: .*$/m, `title: ${title}`));

/** Blocks the search index's shard cache with a file, so that a build fails after rendering its pages; returns the undo. */
function blockSearchCache(cacheDir: string): () => void {
  const shards = path.join(cacheDir, 'search-shards');
  const aside = `${shards}.aside`;
  fs.renameSync(shards, aside);
  fs.writeFileSync(shards, 'not a folder');
  return () => {
    fs.rmSync(shards);
    fs.renameSync(aside, shards);
  };
}

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
    const news = htmlFiles(out).filter(
      (f) => f.startsWith('/xwzx/') && readPage(out, f)('h1').text().includes('道路运输安全工作会议'),
    );
    expect(news).toHaveLength(1);

    // The second build passes the content check and renders its pages (the
    // unchanged ones linked from the published site, the changed one
    // rewritten), then fails while putting the search index together, i.e.
    // after writing most of the site.
    retitle('第二版标题');
    const unblock = blockSearchCache(cache);
    const failed = buildSite(content, out, { GONGKAI_CACHE_DIR: cache });
    unblock();
    expect(failed.status).not.toBe(0);
    expect(failed.output).toMatch(/沿用未变页面 [1-9]\d* 个/);
    // The half-written site stayed in staging, with the new title in it …
    expect(readPage(`${out}.staging`, url)('h1').text()).toContain('第二版标题');
    // … and the published one did not change by a byte.
    expect(snapshot(out)).toEqual(before);
    expect(readPage(out, url)('h1').text()).toContain('第一版标题');

    // A page changed in the third build only: no later build may bring back its first version.
    fs.appendFileSync(path.join(content, 'catalogue', 'ghjh', 'plan-03.md'), '\n本规划补充一句。\n');
    // Astro's cache now holds the failed build's pages, which were never
    // published: nothing is carried over, Astro restores from its cache.
    const third = buildSite(content, out, { GONGKAI_CACHE_DIR: cache });
    expect(third.status, third.output).toBe(0);
    expect(third.output).toMatch(/沿用未变页面 0 个/);
    expect(readPage(out, url)('h1').text()).toContain('第二版标题');
    expect(fs.existsSync(`${out}.staging`)).toBe(false);
    expect(fs.existsSync(path.join(out, 'search-index', 'manifest.json'))).toBe(true);

    // After a good build, unchanged pages are the published files themselves,
    // carried over by link; a deleted document's page is not carried over.
    const inodes = () => new Map(htmlFiles(out).map((f) => [f, fs.statSync(path.join(out, f)).ino]));
    const published = inodes();
    // Astro's cache copy of a page it wrote is a link to that page (src/publish/write-guard.ts) …
    const page = `${url.slice(1)}index.html`;
    const copy = path.join(cache, 'dist', page);
    const previousRelease = fs.realpathSync(out);
    expect(fs.statSync(copy).ino).toBe(fs.statSync(path.join(out, page)).ino);
    retitle('第三版标题');
    fs.rmSync(path.join(content, 'news', 'meeting.md'));
    const fourth = buildSite(content, out, { GONGKAI_CACHE_DIR: cache });
    expect(fourth.status, fourth.output).toBe(0);
    const carried = Number(/沿用未变页面 (\d+) 个（[^）]*），移除已删除页面 1 个/.exec(fourth.output)?.[1]);
    expect(carried).toBeGreaterThan(0);
    expect(readPage(out, url)('h1').text()).toContain('第三版标题');
    expect(readPage(out, `/zh-hant${url}`)('h1').text()).toContain('第三版標題');
    expect(fourth.output).toMatch(/繁體版：\d+ 个页面（转换 [1-9]\d*，复用 [1-9]\d*）/);
    const now = inodes();
    const same = [...now].filter(([f, ino]) => published.get(f) === ino && !f.startsWith('/zh-hant/')).map(([f]) => f);
    expect(same).toHaveLength(carried);
    expect(same).not.toContain(`${url}index.html`);
    expect(fs.existsSync(path.join(out, news[0]!))).toBe(false);
    expect(fs.existsSync(path.join(out, 'zh-hant', news[0]!))).toBe(false);
    // … so rewriting the copy must not write into the page it shares: the
    // release just replaced (kept for requests in flight) still has the old
    // page, and the copy is now the new page.
    expect(fs.readFileSync(path.join(previousRelease, page), 'utf8')).toContain('第二版标题');
    expect(fs.readFileSync(copy, 'utf8')).toContain('第三版标题');
    expect(fs.statSync(copy).ino).toBe(fs.statSync(path.join(out, page)).ino);

    // What the fourth build published, its pages mostly carried over, is
    // file for file and byte for byte what a build from nothing makes.
    const freshOut = `${out}-fresh`;
    const freshCache = `${cache}-fresh`;
    for (const dir of [freshOut, `${freshOut}.staging`, freshCache]) fs.rmSync(dir, { recursive: true, force: true });
    const fresh = buildSite(content, freshOut, { GONGKAI_CACHE_DIR: freshCache });
    expect(fresh.status, fresh.output).toBe(0);
    const files = (dir: string) => (fs.readdirSync(dir, { recursive: true }) as string[]).sort();
    expect(files(out)).toEqual(files(freshOut));
    // The service worker names its caches after the build's time (src/pages/sw.js.ts).
    const bytes = (file: string) =>
      file.endsWith('sw.js')
        ? Buffer.from(fs.readFileSync(file, 'utf8').replace(/^const VERSION = .*$/m, ''))
        : fs.readFileSync(file);
    const differing = files(out).filter((f) => {
      const a = path.join(out, f);
      return fs.statSync(a).isFile() && !bytes(a).equals(bytes(path.join(freshOut, f)));
    });
    expect(differing).toEqual([]);
  }, 300_000);
});

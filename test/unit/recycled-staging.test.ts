/**
 * A former release made the staging folder (src/publish/recycled-staging.ts,
 * through the carried-pages worker): afterwards it must hold exactly what
 * linking the published pages into a new folder makes (the oracle here is
 * that other way, CarriedPages on a new folder), and no file may have been
 * written into, since most of them are shared with the published site.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CarriedPages } from '../../src/publish/carried-pages.ts';
import { recycleStaging } from '../../src/publish/recycled-staging.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

function write(root: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
}

function link(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.linkSync(from, to);
}

/** Every file and folder under `dir`, each file with its inode. */
function tree(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((f) => {
      const st = fs.lstatSync(path.join(dir, f));
      return st.isDirectory() ? `${f}/` : `${f} ${st.ino}`;
    })
    .sort();
}

const PAGES = ['index.html', 'a/index.html', 'b/index.html', 'new/index.html'];

/**
 * The published release and the one before it. The older one has a page
 * that is still the same file, a page and a twin the last build rewrote, a
 * page and twins since deleted, a twin of a page that no longer has one, a
 * twin without its page,
 * feeds, assets, a search shard, the index's other files, a half-linked
 * shard of a failed build and a symbolic link; the published one has a page
 * the older one lacks.
 */
function releases(): { root: string; published: string; previous: string; staleA: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-recycle-'));
  roots.push(root);
  const published = path.join(root, 'dist.site-2');
  const previous = path.join(root, 'dist.site-1');
  write(published, {
    'index.html': '首页',
    'a/index.html': '甲（新）',
    'b/index.html': '乙',
    'new/index.html': '新',
    'zh-hant/index.html': '首頁',
    'zh-hant/a/index.html': '甲（新）',
    'zh-hant/new/index.html': '新',
    'rss.xml': '<rss>2</rss>',
    'search-index/manifest.json': '{"v":2}',
  });
  for (const file of ['index.html', 'b/index.html', 'zh-hant/index.html', 'zh-hant/new/index.html'])
    link(path.join(published, file), path.join(previous, file));
  write(previous, {
    'a/index.html': '甲',
    'zh-hant/a/index.html': '甲',
    'zh-hant/b/index.html': '乙',
    'gone/index.html': '旧',
    'zh-hant/gone/index.html': '舊',
    'rss.xml': '<rss>1</rss>',
    '_astro/site.css': 'body{}',
    'search-index/manifest.json': '{"v":1}',
    'search-index/core/pagefind.js': 'core',
    'search-index/router/r00.gkz': 'router',
    'search-index/y2025-abc/fragment/f1.pf_fragment': 'shard',
    'search-index/y2024-def.part/fragment/f2.pf_fragment': 'half',
  });
  fs.symlinkSync('index.html', path.join(previous, 'home.html'));
  // Another name for the stale page (as Astro's cache copy would be): it must keep its bytes.
  const staleA = path.join(root, 'copy-of-a.html');
  fs.linkSync(path.join(previous, 'a/index.html'), staleA);
  return { root, published, previous, staleA };
}

describe('a former release as the staging folder', () => {
  it('keeps what is already the published file, relinks what the last build changed, and removes the rest', () => {
    const { published, previous, staleA } = releases();
    const before = tree(published);
    const result = recycleStaging(published, previous, PAGES, 'zh-hant');

    expect(result.linked.sort()).toEqual(['a/index.html', 'b/index.html', 'index.html']);
    expect(result.twins.sort()).toEqual(['a/index.html', 'index.html']);
    expect(result).toMatchObject({ kept: 3, relinked: 2 });
    const ino = (dir: string, file: string) => fs.statSync(path.join(dir, file)).ino;
    for (const file of ['index.html', 'a/index.html', 'b/index.html', 'zh-hant/index.html', 'zh-hant/a/index.html'])
      expect(ino(previous, file), file).toBe(ino(published, file));
    expect(tree(previous)).toEqual(
      [
        'a/',
        'b/',
        'search-index/',
        'search-index/y2025-abc/',
        'search-index/y2025-abc/fragment/',
        `search-index/y2025-abc/fragment/f1.pf_fragment ${ino(previous, 'search-index/y2025-abc/fragment/f1.pf_fragment')}`,
        'zh-hant/',
        'zh-hant/a/',
        ...['index.html', 'a/index.html', 'b/index.html', 'zh-hant/index.html', 'zh-hant/a/index.html'].map(
          (f) => `${f} ${ino(published, f)}`,
        ),
      ].sort(),
    );
    // Nothing was written into a file: the published release is as it was, and so is the old page under its other name.
    expect(tree(published)).toEqual(before);
    expect(fs.readFileSync(path.join(published, 'a/index.html'), 'utf8')).toBe('甲（新）');
    expect(fs.readFileSync(staleA, 'utf8')).toBe('甲');
  });

  it('ends as linking into a new folder would, with the pages the old release lacked linked too', async () => {
    const { root, published, previous } = releases();
    const fresh = path.join(root, 'fresh.staging');
    const made = (dir: string) => new Set(PAGES.map((f) => path.join(dir, f)));

    const byLinks = new CarriedPages(published, fresh, 'zh-hant');
    byLinks.start(PAGES);
    await byLinks.finish(made(fresh));
    const recycled = new CarriedPages(published, previous, 'zh-hant');
    recycled.start(PAGES, { recycled: true });
    await recycled.beforeAstroWrites();
    // Astro may write now: the folder is already up to date.
    expect(fs.statSync(path.join(previous, 'new/index.html')).ino).toBe(
      fs.statSync(path.join(published, 'new/index.html')).ino,
    );
    await recycled.finish(made(previous));

    expect(recycled.recycleCounts).toMatchObject({ kept: 3, relinked: 2 });
    expect(recycled.size).toBe(byLinks.size);
    expect(recycled.carriedWithTwins()).toEqual(byLinks.carriedWithTwins());
    const shard = (f: string) => f.startsWith('search-index');
    expect(tree(previous).filter((f) => !shard(f))).toEqual(tree(fresh));
  });
});

/**
 * Puts a built search index into the site output, as `search-index/`:
 *   manifest.json          shards (name, folder, date range, size, download costs)
 *   core/                  a one-record Pagefind bundle: the JS and WASM the page loads first
 *   y2025-3f9c…/, …        one Pagefind bundle per shard, merged into core on demand
 *   router/rXX.gkz         term → shards (gzip data; see utils/search-index-files.ts for the extension)
 *   t2s.gkz                traditional → simplified character map for queries
 *   s2t.gkz                simplified → traditional character map, for results on the 繁體 search page
 *
 * A shard's folder is named after its content digest, so a folder already in
 * the output (from the build before) is the same shard and stays; only
 * changed shards are linked in and stale ones removed. At 100,000 documents
 * a shard folder holds thousands of files, so relinking all of them on every
 * build would cost more than the edit itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import { linkTree } from '../fs/fs-safety.ts';
import type { SearchIndexBuild } from './build-search.ts';
import { CHAR_MAP_FILE, REVERSE_CHAR_MAP_FILE } from '../utils/search-index-files.ts';
import { bucketFileName } from '../utils/search-router.ts';

export function publishSearchIndex(index: SearchIndexBuild, target: string): void {
  fs.mkdirSync(path.join(target, 'router'), { recursive: true });
  const shardDirs = new Set(index.bundles.map((b) => b.name));
  for (const entry of fs.readdirSync(target)) {
    // The core bundle is relinked every time (a handful of files); stale shards and files go.
    if (entry === 'router' || (entry !== 'core' && shardDirs.has(entry))) continue;
    fs.rmSync(path.join(target, entry), { recursive: true, force: true });
  }
  for (const bundle of index.bundles) {
    const to = path.join(target, bundle.name);
    if (fs.existsSync(to)) continue;
    // Linked under another name first: a folder with the final name is always complete.
    const part = `${to}.part`;
    fs.rmSync(part, { recursive: true, force: true });
    linkTree(bundle.source, part);
    fs.renameSync(part, to);
  }
  // The bucket count can change between builds: the router folder is written afresh.
  fs.rmSync(path.join(target, 'router'), { recursive: true, force: true });
  fs.mkdirSync(path.join(target, 'router'));
  index.router.forEach((bytes, bucket) =>
    fs.writeFileSync(path.join(target, 'router', bucketFileName(bucket, index.router.length)), bytes),
  );
  fs.writeFileSync(path.join(target, CHAR_MAP_FILE), index.t2s);
  fs.writeFileSync(path.join(target, REVERSE_CHAR_MAP_FILE), index.s2t);
  fs.writeFileSync(path.join(target, 'manifest.json'), JSON.stringify(index.manifest));
}

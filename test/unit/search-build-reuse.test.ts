/**
 * The search index rebuilds exactly the shards whose records changed: a body
 * edited without touching its frontmatter rebuilds its shard (found by the
 * stat key the content check hands over), an unchanged site reuses every
 * shard, and the index then finds the new words.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CheckCache } from '../../src/checks/check-cache.ts';
import { checkContent } from '../../src/checks/check-content.ts';
import { buildSearch } from '../../src/search/build-search.ts';
import { loadSiteSettings } from '../../src/schemas/site-settings.ts';
import { encodeHan } from '../../src/utils/search-tokenize.ts';
import { parseRouterBucket, routerBucket } from '../../src/utils/search-router.ts';
import { gunzipSync } from 'node:zlib';
import { projectRoot, testTmp } from '../support/paths.ts';

const content = path.join(testTmp, 'search-reuse-content');
const cacheDir = path.join(testTmp, 'search-reuse-cache');
const today = '2026-06-01';

async function build() {
  const cache = new CheckCache();
  const report = checkContent(content, { today, cache });
  expect(report.errors).toEqual([]);
  return buildSearch({
    entries: report.entries,
    site: loadSiteSettings(content),
    base: '/',
    cacheDir,
    workers: 1,
    fileKeys: cache.valid(),
  });
}

const shardTerms = (index: Awaited<ReturnType<typeof build>>) =>
  index.bundles
    .filter((b) => b.name !== 'core')
    .map((b) => fs.readFileSync(path.join(b.source, '..', 'terms.txt'), 'utf8'))
    .join('\n');

describe('search index reuse', () => {
  it('rebuilds the shard of an edited body and nothing else', { timeout: 120_000 }, async () => {
    fs.rmSync(content, { recursive: true, force: true });
    fs.rmSync(cacheDir, { recursive: true, force: true });
    fs.cpSync(path.join(projectRoot, 'content'), content, { recursive: true });
    const first = await build();
    expect(first.stats.rebuilt).toBe(first.stats.shards);

    const again = await build();
    expect(again.stats).toMatchObject({ rebuilt: 0, reused: first.stats.shards });

    // A word no sample document has, added to a body only: the frontmatter (and so the record) is unchanged.
    const dir = path.join(content, 'policies', '2025');
    const file = path.join(
      dir,
      fs.readdirSync(dir).find((f) => f.endsWith('.md'))!,
    );
    const word = encodeHan('鳕鲟');
    expect(shardTerms(again)).not.toContain(word);
    fs.appendFileSync(file, '\n本段新增：鳕鲟。\n');
    const edited = await build();
    expect(edited.stats.rebuilt).toBe(1);
    expect(shardTerms(edited)).toContain(word);
    // The router, made on a worker thread, routes the new word to the shards that hold it.
    const router = edited.router.map((b) => parseRouterBucket(gunzipSync(b).toString('utf8')));
    expect(router.length).toBe(edited.manifest.routerBuckets);
    const bucket = router[routerBucket(word, router.length)]!;
    const shards = bucket.get(word);
    expect(shards === null || (shards !== undefined && shards.length > 0)).toBe(true);
  });
});

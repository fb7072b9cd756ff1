/**
 * Recall on a generated corpus: 1,500 synthetic documents (5 % in 繁體, with
 * planted rare terms, 发文字号 and 索引号), their search index built by the
 * real index build in small shards (as a big site's would be split), and
 * every ground-truth query run in Chromium through the site's search engine
 * module: every expected page must come back, and a search that stops at the
 * first page of results must be the newest part of the complete one.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { bundleSearchEngine, type EngineWindow, writeBlankSite } from '../support/engine-bundle.ts';
import { buildCorpusIndex, type GroundTruth } from '../support/corpus-index.ts';
import { testTmp } from '../support/paths.ts';
import { serveDirectory, type StaticServer } from '../support/static-server.ts';

const work = path.join(testTmp, 'corpus');
/** Records per shard: small, so that the 1,500 documents make several shards. */
const SHARD_SIZE = 250;
let truth: GroundTruth[] = [];
let browser: Browser;
let server: StaticServer;
let page: Page;
let bundle: string;

beforeAll(async () => {
  const site = path.join(work, 'site');
  truth = await buildCorpusIndex({ docs: 1500, seed: 7, shardSize: SHARD_SIZE, work, site });
  writeBlankSite(site);
  bundle = await bundleSearchEngine();
  server = await serveDirectory(site);
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(`${server.url}/`);
  await page.addScriptTag({ content: bundle });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('recall on a generated corpus', () => {
  it('has a ground truth of every kind', () => {
    expect(truth.length).toBeGreaterThanOrEqual(50);
    expect(new Set(truth.map((t) => t.kind))).toEqual(
      new Set(['simplified', 'traditional', 'mixed', 'docNo', 'indexNo', 'short', 'attachment', 'attachment-trad']),
    );
  });

  it('finds every expected page for every query', async () => {
    const missing = await page.evaluate(async (queries) => {
      const w = window as unknown as {
        GongkaiSearch: {
          SearchEngine: new (root: string) => {
            search: (q: string) => Promise<{ results: Array<{ data: () => Promise<{ url: string }> }> }>;
          };
        };
      };
      const engine = new w.GongkaiSearch.SearchEngine('/search-index/');
      const out: string[] = [];
      for (const q of queries) {
        // A match inside an attachment is a record of its own at the document's address with #fjN.
        const found = new Set(
          (await Promise.all((await engine.search(q.query)).results.map((r) => r.data()))).map((d) =>
            d.url.replace(/#.*$/, ''),
          ),
        );
        const lost = q.expectedUrls.filter((u) => !found.has(u));
        if (lost.length) out.push(`${q.kind} "${q.query}": ${lost.length} of ${q.expectedUrls.length} missing`);
      }
      return out;
    }, truth);
    expect(missing).toEqual([]);
  }, 300_000);

  it('answers a broad query from the newest shards first, and the rest on demand', async () => {
    const run = async (steps: Array<number | null>) => {
      const fresh = await browser.newPage();
      try {
        await fresh.goto(`${server.url}/`);
        await fresh.addScriptTag({ content: bundle });
        return await fresh.evaluate(async (steps) => {
          const w = window as unknown as EngineWindow;
          const engine = new w.GongkaiSearch.SearchEngine('/search-index/');
          const outcomes = [];
          for (const enough of steps) {
            const out = await engine.search('公路', { sortByDate: true, ...(enough === null ? {} : { enough }) });
            const data = await Promise.all(out.results.map((r) => r.data()));
            outcomes.push({
              shardsSearched: out.shardsSearched,
              shardsTotal: out.shardsTotal,
              unsearched: out.unsearched,
              urls: data.map((d) => d.url),
              dates: data.map((d) => d.meta.date!),
            });
          }
          return outcomes;
        }, steps);
      } finally {
        await fresh.close();
      }
    };
    const [complete] = await run([null]);
    const [firstPage, rest] = await run([10, null]);
    expect(complete!.shardsTotal).toBeGreaterThan(2);
    expect(complete!.unsearched).toBeNull();
    // The first page came from fewer shards than can match, and says which years are left.
    expect(firstPage!.urls.length).toBeGreaterThanOrEqual(10);
    expect(firstPage!.shardsSearched).toBeLessThan(firstPage!.shardsTotal);
    expect(firstPage!.unsearched).not.toBeNull();
    const oldestShown = firstPage!.dates.reduce((a, b) => (a < b ? a : b)).slice(0, 4);
    expect(firstPage!.unsearched!.to <= oldestShown).toBe(true);
    // Newest first: by date, the first page is exactly the start of the complete list.
    expect(firstPage!.dates.slice(0, 10)).toEqual(complete!.dates.slice(0, 10));
    // Going on finds everything the complete search finds.
    expect(rest!.unsearched).toBeNull();
    expect(new Set(rest!.urls)).toEqual(new Set(complete!.urls));
  }, 120_000);
});

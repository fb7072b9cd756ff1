/**
 * Recall on a generated corpus: 1,500 synthetic documents (5 % in 繁體, with
 * planted rare terms, 发文字号 and 索引号), their search index built by the
 * real index build, and every ground-truth query run in Chromium through the
 * site's search engine module: every expected page must come back.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/generate-corpus.ts';
import { launchBrowser } from '../support/browser.ts';
import { bundleSearchEngine, writeBlankSite } from '../support/engine-bundle.ts';
import { projectRoot, testTmp } from '../support/paths.ts';
import { serveDirectory, type StaticServer } from '../support/static-server.ts';

interface GroundTruth {
  query: string;
  kind: string;
  expectedUrls: string[];
}

const work = path.join(testTmp, 'corpus');
let truth: GroundTruth[] = [];
let browser: Browser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  fs.rmSync(work, { recursive: true, force: true });
  const content = path.join(work, 'content');
  const site = path.join(work, 'site');
  await generateCorpus({ docs: 1500, out: content, seed: 7 });
  truth = JSON.parse(fs.readFileSync(path.join(content, 'ground-truth.json'), 'utf8')) as GroundTruth[];
  writeBlankSite(site);
  const built = spawnSync(
    process.execPath,
    [path.join(projectRoot, 'test/bench/build-search-index.ts'), content, path.join(site, 'search-index'), path.join(work, 'cache')],
    { encoding: 'utf8', cwd: projectRoot },
  );
  if (built.status !== 0) throw new Error(built.stderr);
  const bundle = await bundleSearchEngine();
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
    expect(new Set(truth.map((t) => t.kind))).toEqual(new Set(['simplified', 'traditional', 'mixed', 'docNo', 'indexNo', 'short']));
  });

  it('finds every expected page for every query', async () => {
    const missing = await page.evaluate(async (queries) => {
      const w = window as unknown as { GongkaiSearch: { SearchEngine: new (root: string) => { search: (q: string) => Promise<{ results: Array<{ data: () => Promise<{ url: string }> }> }> } } };
      const engine = new w.GongkaiSearch.SearchEngine('/search-index/');
      const out: string[] = [];
      for (const q of queries) {
        const found = new Set((await Promise.all((await engine.search(q.query)).results.map((r) => r.data()))).map((d) => d.url));
        const lost = q.expectedUrls.filter((u) => !found.has(u));
        if (lost.length) out.push(`${q.kind} "${q.query}": ${lost.length} of ${q.expectedUrls.length} missing`);
      }
      return out;
    }, truth);
    expect(missing).toEqual([]);
  }, 300_000);
});

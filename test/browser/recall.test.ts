/**
 * Search recall on the sample site: for every query in
 * test/fixtures/recall-queries.json (simplified, traditional, mixed,
 * 发文字号, 索引号, short terms) the search page returns every page the
 * oracle expects. Runs through the real page, clicking "显示更多结果"
 * until every result is listed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { projectRoot, sampleDist } from '../support/paths.ts';
import { expectedUrls, oraclePages, type OraclePage } from '../support/recall-oracle.ts';
import { allResults } from '../support/search-page.ts';
import { serveDirectory, type StaticServer } from '../support/static-server.ts';

interface Query {
  kind: string;
  q: string;
}
const { queries } = JSON.parse(
  fs.readFileSync(path.join(projectRoot, 'test/fixtures/recall-queries.json'), 'utf8'),
) as { queries: Query[] };

/** Pages searching side by side: each query needs its own page, not its own browser. */
const PAGES = 3;

describe('recall on the sample site', { concurrent: true }, () => {
  let browser: Browser;
  let server: StaticServer;
  let pages: OraclePage[];
  let idle: Page[] = [];
  const waiting: Array<(page: Page) => void> = [];
  /** Runs `fn` on a page of the pool, waiting for one to be free. */
  async function onAPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
    const page = idle.pop() ?? (await new Promise<Page>((resolve) => waiting.push(resolve)));
    try {
      return await fn(page);
    } finally {
      const next = waiting.shift();
      if (next) next(page);
      else idle.push(page);
    }
  }
  beforeAll(async () => {
    pages = oraclePages(path.join(projectRoot, 'content'));
    browser = await launchBrowser();
    server = await serveDirectory(sampleDist);
    // One context, so the pages share the search index and engine in its HTTP cache.
    const context = await browser.newContext();
    idle = await Promise.all(Array.from({ length: PAGES }, () => context.newPage()));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has at least 50 queries of every kind', () => {
    expect(queries.length).toBeGreaterThanOrEqual(50);
    expect(new Set(queries.map((q) => q.kind))).toEqual(
      new Set(['simplified', 'traditional', 'mixed', 'docNo', 'indexNo', 'short']),
    );
  });

  it.each(queries.map((q) => [q.kind, q.q] as const))('%s query %s finds every expected page', async (kind, q) => {
    const expected = expectedUrls(pages, kind, q);
    expect(expected.length).toBeGreaterThan(0);
    const found = new Set(await onAPage((page) => allResults(page, server.url, q)));
    const missing = expected.filter((url) => !found.has(url));
    expect(missing).toEqual([]);
    // Identifiers are exact: nothing else comes back.
    if (kind === 'docNo' || kind === 'indexNo') expect([...found]).toEqual(expected);
  });
});

/**
 * Size budgets on the sample site: every document page is at most 30 KB of
 * gzip-compressed HTML and ships no JavaScript but the few inline lines that
 * register the service worker (the search page's script is the only bundle).
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../support/html.ts';
import { sampleDist } from '../support/paths.ts';

const BUDGET = 30 * 1024;
const documents = htmlFiles(sampleDist).filter((f) => f.startsWith('/xxgk/') || /^\/xwzx\/[^/]+\/\d{4}\//.test(f));

describe('size budgets', () => {
  it('has document pages to check', () => {
    expect(documents.length).toBeGreaterThan(80);
  });

  it('keeps every document page under 30 KB gzip', () => {
    const sizes = documents.map((f) => [f, gzipSync(fs.readFileSync(path.join(sampleDist, f))).length] as const);
    expect(sizes.filter(([, n]) => n > BUDGET)).toEqual([]);
  });

  it('ships no JavaScript on document pages beyond the service-worker registration', () => {
    for (const f of documents) {
      const $ = load(fs.readFileSync(path.join(sampleDist, f), 'utf8'));
      expect($('script[src]')).toHaveLength(0);
      const inline = $('script').toArray().map((s) => $(s).html() ?? '');
      expect(inline).toHaveLength(1);
      expect(inline[0]).toContain('serviceWorker');
    }
  });

  it('loads scripts only where a page needs one: search, the application form and the data-list tables', () => {
    const withModules = htmlFiles(sampleDist).filter((f) => /<script type="module"/.test(fs.readFileSync(path.join(sampleDist, f), 'utf8')));
    expect(withModules.filter((f) => !f.startsWith('/sjqd/') || f === '/sjqd/index.html')).toEqual(['/search/index.html', '/ysqgk/sq/index.html']);
    // Exactly the data-list pages with a table load the small table script (办事指南 item pages have none).
    const tables = htmlFiles(sampleDist).filter((f) => fs.readFileSync(path.join(sampleDist, f), 'utf8').includes('data-list-table'));
    expect(tables.length).toBeGreaterThan(6);
    expect(withModules.filter((f) => f.startsWith('/sjqd/'))).toEqual(tables);
  });
});

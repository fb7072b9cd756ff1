/**
 * Running the site's search engine module on its own in a browser page, for
 * tests and benchmarks that search an index without building pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { projectRoot } from './paths.ts';
import type * as SearchModule from '../../src/browser/search/engine.ts';

/** `window` in a page that ran the bundle; a benchmark keeps its engine in `engine` between evaluations. */
export type EngineWindow = { GongkaiSearch: typeof SearchModule; engine: SearchModule.SearchEngine };

/** src/browser/search/engine.ts as a script that defines `window.GongkaiSearch`. */
export async function bundleSearchEngine(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(projectRoot, 'src/browser/search/engine.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'GongkaiSearch',
    write: false,
    minify: true,
  });
  return result.outputFiles[0]!.text;
}

/** A folder to serve with an empty zh-CN page and a 404 page; the index goes in `search-index/`. */
export function writeBlankSite(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>search</title></head><body></body></html>',
  );
  fs.writeFileSync(path.join(dir, '404.html'), 'not found');
}

/**
 * Builds only the search index of a content folder (no pages), for the
 * search benchmark:  node test/bench/build-search-index.ts <content> <out> <cache>
 */
import path from 'node:path';
import { checkContent } from '../../src/checks/check-content.ts';
import { buildSearch } from '../../src/search/build-search.ts';
import { loadSiteSettings } from '../../src/utils/site-settings.ts';

const [content, out, cache] = process.argv.slice(2).map((p) => path.resolve(p));
const report = checkContent(content!);
if (report.errors.length) throw new Error(`${report.errors.length} content errors`);
const stats = await buildSearch({ entries: report.entries, site: loadSiteSettings(content!), base: '/', outDir: out!, cacheDir: cache! });
console.log(JSON.stringify(stats));

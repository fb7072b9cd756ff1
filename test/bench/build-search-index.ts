/**
 * Builds only the search index of a content folder (no pages), for the
 * search benchmark and tests:
 *   node test/bench/build-search-index.ts <content> <out> <cache> [records per shard]
 */
import path from 'node:path';
import { checkContent } from '../../src/checks/check-content.ts';
import { buildSearch } from '../../src/search/build-search.ts';
import { publishSearchIndex } from '../../src/search/publish.ts';
import { loadSiteSettings } from '../../src/utils/site-settings.ts';

const [content, out, cache] = process.argv.slice(2, 5).map((p) => path.resolve(p));
const shardSize = process.argv[5] ? Number(process.argv[5]) : undefined;
const report = checkContent(content!);
if (report.errors.length) throw new Error(`${report.errors.length} content errors`);
const index = await buildSearch({ entries: report.entries, site: loadSiteSettings(content!), base: '/', cacheDir: cache!, shardSize });
publishSearchIndex(index, out!);
console.log(JSON.stringify(index.stats));

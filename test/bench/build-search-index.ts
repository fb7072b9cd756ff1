/**
 * Builds only the search index of a content folder (no pages), for the
 * search benchmark and tests:
 *   node test/bench/build-search-index.ts <content> <out> <cache> [records per shard]
 */
import path from 'node:path';
import { attachmentSummary, checkAttachments } from '../../src/checks/check-attachments.ts';
import { AttachmentTexts } from '../../src/attachments/extraction.ts';
import { attachmentSearchSources } from '../../src/search/attachment-records.ts';
import { FileDigests } from '../../src/catalogue/file-digests.ts';
import { collectPublishedFiles } from '../../src/publish/published-files.ts';
import { checkContent } from '../../src/checks/check-content.ts';
import { buildSearch } from '../../src/search/build-search.ts';
import { publishSearchIndex } from '../../src/search/publish.ts';
import { loadSiteSettings } from '../../src/schemas/site-settings.ts';

const [content, out, cache] = process.argv.slice(2, 5).map((p) => path.resolve(p));
const shardSize = process.argv[5] ? Number(process.argv[5]) : undefined;
const report = checkContent(content!);
if (report.errors.length) throw new Error(`${report.errors.length} content errors`);
const site = loadSiteSettings(content!);
// Attachment text, as the build reads it (attachments/): extracted once, cached in the same folder.
const digests = new FileDigests(path.join(cache!, 'file-digests.json'));
const { files } = await collectPublishedFiles(report, site, digests, 'build');
const attachments = await checkAttachments(report.entries, site, digests, cache!);
if (attachments.errors.length) throw new Error(`${attachments.errors.length} attachment errors`);
digests.save();
console.error(attachmentSummary(attachments));
const sources = attachmentSearchSources({ ...files, attachmentFacts: attachments.facts }, new AttachmentTexts(cache!));
const index = await buildSearch({
  entries: report.entries,
  site,
  base: '/',
  cacheDir: cache!,
  shardSize,
  attachments: sources,
});
publishSearchIndex(index, out!);
console.log(JSON.stringify(index.stats));

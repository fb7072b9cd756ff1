/**
 * `npm run check`: checks all content without building any page, prints
 * every problem grouped by file, and exits non-zero when there are errors.
 */
import path from 'node:path';
import { attachmentSummary, checkAttachments } from '../checks/check-attachments.ts';
import { FileDigests } from '../catalogue/file-digests.ts';
import { collectPublishedFiles } from '../publish/published-files.ts';
import { contentRoot } from '../utils/content-root.ts';
import { cacheDirSetting } from '../utils/build-dirs.ts';
import { loadSiteSettings } from '../schemas/site-settings.ts';
import { checkContent, reportToText } from '../checks/check-content.ts';
import { CheckCache } from '../checks/check-cache.ts';
import { checkUnknownFiles } from '../checks/parallel-check.ts';
import { listContentFiles } from '../checks/content-files.ts';
import { LineMemo } from '../checks/source-lines.ts';

const started = Date.now();
// The same per-file cache the build keeps (Astro's cache folder).
const cacheDir = cacheDirSetting();
const root = contentRoot();
// And the build's line numbers of unchanged files' problems (source-lines.ts).
const lineMemo = new LineMemo(path.join(cacheDir, 'source-lines.json'));
const cache = new CheckCache(path.join(cacheDir, 'content-check.json'));
// New and changed files first, on every core; checkContent() then finds them in the cache.
const files = listContentFiles(root);
await checkUnknownFiles(root, files, cache);
const report = checkContent(root, { cache, lineMemo, files });
if (report.errors.length === 0) {
  // The build's second step too (images read, SVGs sanitised), so that the check passes exactly what the build accepts.
  // With the build's digest cache: unchanged attachments and images are not read again.
  const digests = new FileDigests(path.join(cacheDir, 'file-digests.json'));
  const files = await collectPublishedFiles(report, loadSiteSettings(root), digests, 'build');
  report.errors.push(...files.problems);
  digests.save();
}
// What is inside the attachments (the same extraction cache the build uses); needs valid site settings.
let attachmentLine = '';
if (report.entries.length > 0) {
  const digests = new FileDigests(path.join(cacheDir, 'file-digests.json'));
  const attachments = await checkAttachments(report.entries, loadSiteSettings(root), digests, cacheDir, { lineMemo });
  digests.save();
  report.errors.push(...attachments.errors);
  report.warnings.push(...attachments.warnings);
  attachmentLine = `\n${attachmentSummary(attachments)}`;
}
lineMemo.save();
const text = reportToText(report);
if (text) console.log(`${text}\n`);
console.log(
  `检查了 ${report.entries.length} 个条目，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒：${report.errors.length} 个错误，${report.warnings.length} 个提醒，${report.freshness.length} 条栏目更新提醒，${report.notices.length} 条说明。${attachmentLine}`,
);
process.exitCode = report.errors.length > 0 ? 1 : 0;

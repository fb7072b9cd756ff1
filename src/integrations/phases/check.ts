/**
 * Phase 1, at astro:config:setup: checks all content before anything is
 * built (new files on every core first, checks/parallel-check.ts) and stops
 * the build listing every problem. Then digests the attachments and body
 * images once (publish/published-files.ts) and reads the attachments' text.
 * Under `astro build` it makes the search records once, for the search
 * index and for the count that refuses a site that shrank too much
 * (publish/shrink-guard.ts). Hands the file list, and the content check's
 * valid files, to the pages and the content loader (publish/handoff.ts).
 */
import { StageTimer } from '../../publish/stage-timer.ts';
import path from 'node:path';
import { attachmentSummary, checkAttachments } from '../../checks/check-attachments.ts';
import { FileDigests } from '../../catalogue/file-digests.ts';
import { collectPublishedFiles, madeImages } from '../../publish/published-files.ts';
import { publishedEntryCount, shrinkConfirmed, shrinkProblem } from '../../publish/shrink-guard.ts';
import { attachmentSearchSources } from '../../search/attachment-records.ts';
import { AttachmentTexts } from '../../attachments/extraction.ts';
import { searchRecordSources } from '../../search/records.ts';
import { sitePaths } from '../../utils/site-paths.ts';
import { CheckCache } from '../../checks/check-cache.ts';
import { checkContent, reportToText } from '../../checks/check-content.ts';
import { checkUnknownFiles } from '../../checks/parallel-check.ts';
import { listContentFiles } from '../../checks/content-files.ts';
import { LineMemo } from '../../checks/source-lines.ts';
import { loadSiteSettings } from '../../schemas/site-settings.ts';
import { checkedFiles, publishedFiles } from '../../publish/handoff.ts';
import type { CheckedContent, Logger } from './state.ts';

export interface CheckInput {
  command: 'build' | 'dev';
  /** The content folder. */
  root: string;
  /** Astro's cache folder (absolute). */
  cacheDir: string;
  /** The published site (Astro's outDir, absolute). */
  outDir: string;
  /** Astro's `base`, for the search records' addresses; default `/`. */
  base?: string;
  logger: Logger;
  /** Started here; the later phases and hooks mark their stages on it. */
  timer?: StageTimer;
  /** The inputs' fingerprint `npm run build` handed over (publish/build-inputs.ts), if it did. */
  inputFingerprint?: string;
}

/** Throws (after logging every problem in Chinese) when the site must not be built. */
export async function checkPhase({
  command,
  root,
  cacheDir,
  outDir,
  base = '/',
  logger,
  timer = new StageTimer(),
  inputFingerprint,
}: CheckInput): Promise<CheckedContent> {
  timer.start('check');
  const cache = new CheckCache(path.join(cacheDir, 'content-check.json'));
  // The lines of the warnings unchanged files give on every build, kept with the check's cache.
  const lineMemo = new LineMemo(path.join(cacheDir, 'source-lines.json'));
  // New and changed files first, on every core; checkContent() then finds them in the cache.
  const contentFiles = listContentFiles(root);
  await checkUnknownFiles(root, contentFiles, cache);
  const report = checkContent(root, { cache, lineMemo, files: contentFiles });
  checkedFiles.write(cache.valid());
  const text = reportToText({ errors: report.errors, warnings: report.warnings, freshness: report.freshness });
  if (report.errors.length > 0) {
    logger.error(`内容检查未通过\n\n${text}`);
    // Thrown before any page is written: nothing half-built is published.
    throw new Error(`内容检查发现 ${report.errors.length} 个错误（详见上方列表），网站未生成。`);
  }
  if (text) logger.warn(text);
  if (report.notices.length) logger.info(reportToText({ errors: [], warnings: [], notices: report.notices }));
  logger.info(`内容检查通过：${report.entries.length} 个条目`);
  const site = loadSiteSettings(root);
  const digests = new FileDigests(path.join(cacheDir, 'file-digests.json'));
  const files = await collectPublishedFiles(report, site, digests, command, madeImages(cacheDir));
  if (files.problems.length > 0) {
    logger.error(`内容检查未通过\n\n${reportToText({ errors: files.problems, warnings: [] })}`);
    throw new Error(`图片检查发现 ${files.problems.length} 个错误（详见上方列表），网站未生成。`);
  }
  timer.next('check', 'attachment extraction');
  const attachments = await checkAttachments(report.entries, site, digests, cacheDir, { lineMemo });
  timer.end('attachment extraction');
  lineMemo.save();
  if (attachments.errors.length > 0) {
    logger.error(`内容检查未通过\n\n${reportToText({ errors: attachments.errors, warnings: attachments.warnings })}`);
    throw new Error(`附件检查发现 ${attachments.errors.length} 个错误（详见上方列表），网站未生成。`);
  }
  if (attachments.warnings.length) logger.warn(reportToText({ errors: [], warnings: attachments.warnings }));
  logger.info(attachmentSummary(attachments));
  digests.save();
  const published = { ...files.files, attachmentFacts: attachments.facts };
  // What the search index will hold, made once here: the shrink guard counts it, the search index builds from it.
  const searchRecords =
    command === 'build'
      ? searchRecordSources(
          report.entries,
          site,
          sitePaths(base),
          attachmentSearchSources(published, new AttachmentTexts(cacheDir)),
        )
      : undefined;
  if (searchRecords) {
    // Before anything is written: an emptied content folder must not replace the portal (publish/shrink-guard.ts).
    const stop = shrinkProblem(publishedEntryCount(outDir), searchRecords.length, site.shrinkLimit, shrinkConfirmed());
    if (stop) {
      logger.error(stop);
      throw new Error(stop);
    }
  }
  publishedFiles.write(published);
  return { command, root, cacheDir, site, report, published, searchRecords, timer, inputFingerprint };
}

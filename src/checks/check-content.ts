/**
 * Validates every content file before anything is built, and reports all
 * problems at once (Astro would stop at the first bad entry). Runs as the
 * first step of `npm run build`; a single error stops the build, so nothing
 * half-built is published. Every problem names its file and line.
 */
import path from 'node:path';
import type { SiteSettings } from '../schemas/site.ts';
import { catalogueTreeProblems, flattenCatalogue } from '../catalogue/catalogue-tree.ts';
import { entryIdFromPath } from '../catalogue/entry-files.ts';
import { listContentFiles, type ContentFile } from './content-files.ts';
import { checkAnnualReports } from '../annual-report/check.ts';
import { buildDate } from '../utils/dates.ts';
import type { ContentProblem } from '../schemas/format-issues.ts';
import type { BodyFacts } from './body-facts.ts';
import { checkBodyOf } from './check-body.ts';
import { checkFile } from './check-file.ts';
import { statKey } from '../catalogue/file-digests.ts';
import { CheckCache } from './check-cache.ts';
import { ContentError, loadSiteSettings } from '../schemas/site-settings.ts';
import { checkInteraction } from './check-interaction.ts';
import { loadDataLists } from './check-lists.ts';
import { crossCheck } from './cross-check.ts';
import { freshnessWarnings } from './check-freshness.ts';
import { interpretationDeadlineWarnings } from './check-interpretation-deadline.ts';
import { replacementProblems } from './check-replacements.ts';
import { isUnpublished, type CheckedEntry } from '../catalogue/entry.ts';
import { unpublishedNotices } from './check-disclosure.ts';
import { scriptNotices } from './check-script.ts';
import { localImages, type LocalImage } from './check-images.ts';
import { siteUrls } from './site-urls.ts';
import { SourceLines, type LineMemo } from './source-lines.ts';
import { readSourceText, sourceFileProblems } from './check-source-file.ts';
import { futureDateProblems } from './check-future-dates.ts';
import { foundText, publishedText } from './check-personal-data.ts';
import { describePath } from '../schemas/labels.ts';
import { findPersonalData } from './personal-data.ts';

export { reportToText } from './report-text.ts';

export interface CheckReport {
  entries: CheckedEntry[];
  errors: ContentProblem[];
  warnings: ContentProblem[];
  /** Not mistakes, but worth knowing: entries that are not published (check-disclosure.ts). */
  notices: ContentProblem[];
  /** 检查指标 reminders about the site as of the build date: blank or stale columns (check-freshness.ts). Never stop a build. */
  freshness: ContentProblem[];
  /**
   * Published entry (absolute path) → the image files beside it that its body
   * shows, for the image pipeline (publish/published-files.ts). Only entries
   * with such images; stand-alone pages are left to Astro's own pipeline.
   */
  bodyImages: Map<string, LocalImage[]>;
}

export interface CheckOptions {
  /** The date checks such as the 年报 deadline, 解读 deadline and column freshness are made against, `YYYY-MM-DD`; defaults to the build date. */
  today?: string;
  /** Where per-file results are kept between runs (check-cache.ts); none: every file is read. */
  cacheFile?: string;
  /** A cache made by the caller (instead of `cacheFile`), to read its valid files after the check. */
  cache?: CheckCache;
  /** The files to check, listed by the caller (content-files.ts); default: listed here. */
  files?: readonly ContentFile[];
  /** Line numbers kept between runs (source-lines.ts); the caller saves it. */
  lineMemo?: LineMemo;
}

export function checkContent(root: string, options: CheckOptions = {}): CheckReport {
  const shownRoot = path.relative(process.cwd(), root) || '.';
  const errors: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const lines = new SourceLines(options.lineMemo);
  const siteFile = path.join(shownRoot, 'site.yaml');
  const sitePath = path.join(root, 'site.yaml');
  let site: SiteSettings;
  try {
    site = loadSiteSettings(root);
  } catch (error) {
    if (error instanceof ContentError) {
      errors.push({
        file: siteFile,
        line: error.line ?? 1,
        field: '整个文件',
        expected: '有效的网站设置',
        found: error.message,
      });
      return { entries: [], errors, warnings, notices: [], freshness: [], bodyImages: new Map() };
    }
    throw error;
  }
  // The settings are published on every page (footer, contact block, feeds): no personal data in them either.
  for (const [at, value] of publishedText(site)) {
    for (const f of findPersonalData(value)) {
      errors.push({
        file: siteFile,
        line: lines.field(sitePath, at),
        field: describePath(at),
        expected: '不公开个人信息：网站设置中的联系方式请写办公电话、服务热线或电子邮箱',
        found: foundText(f),
      });
    }
  }
  for (const problem of catalogueTreeProblems(site.catalogue)) {
    errors.push({
      file: siteFile,
      line: lines.field(sitePath, ['catalogue']),
      field: '信息公开目录（catalogue）',
      expected: '栏目代码不重复',
      found: problem,
    });
  }

  const cache = options.cache ?? new CheckCache(options.cacheFile);
  const entries: CheckedEntry[] = [];
  const facts = new Map<CheckedEntry, BodyFacts>();
  // Every policy file's id, valid or not, so one bad policy does not also
  // make the entries that point to it look wrong.
  const policyIds = new Set<string>();
  for (const { collection, relative, full, file, lstat, stat } of options.files ?? listContentFiles(root)) {
    if (collection === 'policies') policyIds.add(entryIdFromPath(relative));
    // A file gone since the listing has no lstat: sourceFileProblems() looks again and reports it.
    if (!sourceFileProblems(full, relative, file, root, stat?.size ?? 0, errors, warnings, lstat) || !stat) continue;
    const key = statKey(stat);
    const cached = cache.lookup(full, key);
    if (cached) {
      const entry: CheckedEntry = { collection, id: entryIdFromPath(relative), file, path: full, data: cached.data };
      entries.push(entry);
      facts.set(entry, cached.facts);
      continue;
    }
    const text = readSourceText(full, file, errors);
    if (!text.ok) continue;
    const result = checkFile({ collection, relative, file, path: full, source: text.source }, lines);
    if (!result.ok) {
      errors.push(...result.problems);
      continue;
    }
    const entry: CheckedEntry = { collection, id: entryIdFromPath(relative), file, path: full, data: result.data };
    entries.push(entry);
    facts.set(entry, result.facts);
    cache.remember(full, key, result.data, result.facts);
  }
  cache.save();

  const indexNumbers = crossCheck({ root, site, entries, policyIds, lines }, errors, warnings);
  const lists = loadDataLists(root);
  errors.push(...lists.errors);
  warnings.push(...lists.warnings);
  const published = new Set(lists.lists.map((l) => l.def.key));
  // The site's URL space, built once: every link of every entry is one lookup.
  const urls = siteUrls({ site, entries, indexNumbers, listKeys: published });
  const bodyContext = { lines, domain: site.domain, root, urls };
  const bodyImages = new Map<string, LocalImage[]>();
  for (const e of entries) {
    errors.push(...checkBodyOf(e, facts.get(e)!, bodyContext));
    if (e.collection === 'pages' || isUnpublished(e) || facts.get(e)!.images.length === 0) continue;
    const images = localImages(e, facts.get(e)!, root);
    if (images.length) bodyImages.set(e.path, images);
  }
  const today = options.today ?? buildDate();
  const annual = checkAnnualReports({
    entries,
    columns: flattenCatalogue(site.catalogue),
    today,
    shownRoot,
    lineOf: (e, p) => lines.field(e.path, p),
    bodyLine: (e) => lines.bodyStart(e.path),
  });
  errors.push(...annual.errors);
  warnings.push(...annual.warnings);
  checkInteraction(entries, today, lines, errors, warnings);
  futureDateProblems(entries, today, lines, errors, warnings);
  replacementProblems(entries, lines, errors, warnings);
  warnings.push(...interpretationDeadlineWarnings(entries, site, today, lines));
  const freshness = freshnessWarnings({ site, entries, today, lines, siteFile, sitePath });
  for (const column of flattenCatalogue(site.catalogue).values()) {
    for (const key of column.node.lists ?? []) {
      if (published.has(key)) continue;
      warnings.push({
        file: siteFile,
        line: lines.keyLine(sitePath, column.node.key),
        field: `信息公开目录 › ${column.node.name}（${column.node.key}）› 数据清单（lists）`,
        expected: `content/lists 中有名为 ${key} 的清单（${key}.csv、${key}.yaml 或文件夹 ${key}/），否则栏目页不显示它`,
        found: `没有清单 ${key}`,
      });
    }
  }
  return {
    entries,
    errors,
    warnings,
    notices: [...unpublishedNotices(entries, lines), ...scriptNotices(entries, facts, lines)],
    freshness,
    bodyImages,
  };
}

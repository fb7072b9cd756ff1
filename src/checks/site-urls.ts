/**
 * The site's URL space as the content check sees it, built once from the
 * checked entries (O(n)): document pages by 索引号, their attachments,
 * columns, news, stand-alone pages, 互动交流 items, data lists, the fixed
 * pages and the files in public/. Links in bodies are looked up in it.
 * Paginated and per-year list pages are accepted for every list that
 * exists (`…/p3/`, `…/2025/`) without enumerating them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SiteSettings } from '../schemas/site.ts';
import { flattenCatalogue } from '../catalogue/catalogue-tree.ts';
import { fileExtension } from '../utils/file-info.ts';
import { entryKey } from '../catalogue/index-number.ts';
import { sitePaths } from '../utils/site-paths.ts';
import { isPublishedDisclosure, type CheckedEntry } from '../catalogue/entry.ts';

const paths = sitePaths('/');

/** Pages and files every site has. */
const FIXED = [
  paths.home(),
  paths.hub(),
  paths.catalogueHome(),
  paths.annualReports(),
  paths.annualReportsData(),
  paths.search(),
  paths.siteMap(),
  paths.applyGuide(),
  paths.applyForm(),
  paths.applyBlankForm(),
  paths.interaction(),
  paths.dataLists(),
  paths.feed(),
  paths.openData(),
  paths.openData('catalogue.json'),
  paths.openData('catalogue.csv'),
  '/offline/',
  '/404.html',
  '/sitemap.xml',
  '/sitemap-index.xml',
  '/robots.txt',
  '/sw.js',
];
/** Prefixes below which the framework makes files this check does not list one by one (年报 data, feeds, search index). */
const GENERATED_PREFIXES = ['/zwgk/nb/', '/rss/', '/search-index/', '/_astro/'];
const LIST_SUFFIX = /^(\d{4}\/)?(p\d+\/)?$/;

export interface SiteUrlInput {
  site: SiteSettings;
  entries: readonly CheckedEntry[];
  /** entryKey → 索引号 of every published disclosure entry. */
  indexNumbers: ReadonlyMap<string, string>;
  /** Keys of the data lists that exist. */
  listKeys: Iterable<string>;
  /** The folder of static files served as they are; default `public` in the working directory. */
  publicDir?: string | undefined;
}

export interface SiteUrls {
  /** Whether a site path (`/xxgk/…/`, no query or fragment, decoded) is a page or file of the site. */
  has(sitePath: string): boolean;
  /** The URL of an entry's own page; undefined for entries that are not published. */
  pageOf(e: CheckedEntry): string | undefined;
}

function walk(dir: string, base: string, into: Set<string>): void {
  if (!fs.existsSync(dir)) return;
  for (const relative of fs.readdirSync(dir, { recursive: true }) as string[]) {
    if (fs.statSync(path.join(dir, relative)).isFile()) into.add(`${base}${relative.replaceAll('\\', '/')}`);
  }
}

export function siteUrls(input: SiteUrlInput): SiteUrls {
  const { site, entries, indexNumbers } = input;
  const exact = new Set<string>(FIXED);
  const lists = new Set<string>();
  const pages = new Map<CheckedEntry, string>();
  for (const key of flattenCatalogue(site.catalogue).keys()) lists.add(paths.column(key));
  for (const c of site.newsColumns) lists.add(paths.newsColumn(c.key));
  for (const section of ['lxxd', 'zxft', 'zjyj'] as const) lists.add(paths.interactionSection(section));
  const listKeys = [...input.listKeys];
  for (const key of listKeys) {
    lists.add(paths.dataList(key));
    exact.add(paths.dataListFile(key, 'csv')).add(paths.dataListFile(key, 'json'));
  }
  const sections = { letters: 'lxxd', interviews: 'zxft', consultations: 'zjyj' } as const;
  for (const e of entries) {
    let url: string | undefined;
    if (isPublishedDisclosure(e)) {
      const indexNo = indexNumbers.get(entryKey(e));
      if (!indexNo) continue;
      url = paths.document(indexNo);
      const attachments = (e.data.attachments as { file: string }[] | undefined) ?? [];
      attachments.forEach((a, i) => exact.add(paths.attachment(indexNo, i + 1, fileExtension(a.file))));
    } else if (e.collection === 'news') url = paths.newsItem(e.data.column as string, e.id);
    else if (e.collection === 'pages') url = paths.page(e.id);
    else if (e.collection in sections)
      url = paths.interactionItem(sections[e.collection as keyof typeof sections], e.id);
    if (url) {
      exact.add(url);
      pages.set(e, url);
    }
  }
  walk(input.publicDir ?? path.resolve('public'), '/', exact);
  const dataListPrefixes = listKeys.map((key) => paths.dataList(key));

  return {
    has(sitePath) {
      if (exact.has(sitePath)) return true;
      if (GENERATED_PREFIXES.some((p) => sitePath.startsWith(p))) return true;
      // Detail pages of a data list (办事指南 items): /sjqd/bszn/{事项编码}/.
      if (dataListPrefixes.some((p) => sitePath.startsWith(p) && /^[^/]+\/$/.test(sitePath.slice(p.length))))
        return true;
      // A list's further pages and years: /zwgk/fdzdgknr/ghjh/2025/p2/.
      const cut = sitePath.replace(/(\d{4}\/)?(p\d+\/)?$/, '');
      return cut !== sitePath && lists.has(cut) && LIST_SUFFIX.test(sitePath.slice(cut.length))
        ? true
        : lists.has(sitePath);
    },
    pageOf: (e) => pages.get(e),
  };
}

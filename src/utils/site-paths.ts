/**
 * Every URL the site produces, in one place, for a given base path. URLs
 * depend on stable identifiers (索引号, column keys, file ids), never on
 * titles. Pages use it through `lib/urls.ts`; the search index build uses it
 * directly, so both always agree.
 */
import { indexNumberSlug } from './index-number.ts';

export function sitePaths(basePath: string) {
  const base = basePath.replace(/\/?$/, '/');
  const href = (sitePath: string) => base + sitePath.replace(/^\//, '');
  return {
    /** Prefix a site path with the base path. */
    href,
    home: () => href('/'),
    hub: () => href('/zwgk/'),
    catalogueHome: () => href('/zwgk/fdzdgknr/'),
    column: (key: string, year?: number, page = 1) =>
      href(`/zwgk/fdzdgknr/${key}/${year ? `${year}/` : ''}${page > 1 ? `p${page}/` : ''}`),
    annualReports: () => href('/zwgk/nb/'),
    /** A 年报's data files: table2.csv, table3.csv, table4.csv, data.json. */
    annualReportFile: (year: number, file: string) => href(`/zwgk/nb/${year}/${file}`),
    /** Every year's 年报 figures in one file (the overview's charts). */
    annualReportsData: () => href('/zwgk/nb/data.json'),
    document: (indexNo: string) => href(`/xxgk/${indexNumberSlug(indexNo)}/`),
    newsColumn: (key: string, page = 1) => href(`/xwzx/${key}/${page > 1 ? `p${page}/` : ''}`),
    newsItem: (column: string, id: string) => href(`/xwzx/${column}/${id}/`),
    page: (id: string) => href(`/${id}/`),
    attachment: (indexNo: string, n: number, ext: string) => href(`/files/${indexNumberSlug(indexNo)}/${n}.${ext}`),
    search: (query?: string) => href(`/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`),
    siteMap: () => href('/wzdt/'),
    /** The search index files (manifest, shards, router). */
    searchIndex: (file = '') => href(`/search-index/${file}`),
  };
}

export type SitePaths = ReturnType<typeof sitePaths>;

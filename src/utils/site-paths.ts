/**
 * Every URL the site produces, in one place, for a given base path. URLs
 * depend on stable identifiers (索引号, column keys, file ids), never on
 * titles. Pages use it through `view-models/urls.ts`; the search index build uses it
 * directly, so both always agree.
 */
import { hantUrl } from './hant-paths.ts';

/** URL segment for an index number: `/` becomes `-`. */
export function indexNumberSlug(indexNo: string): string {
  return indexNo.replaceAll('/', '-');
}

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
    /** An attachment's lasting address (for links written by hand); pages link the versioned one. */
    attachment: (indexNo: string, n: number, ext: string) => href(`/files/${indexNumberSlug(indexNo)}/${n}.${ext}`),
    /** One version of an attachment, named by its content digest (catalogue/file-digests.ts): a replaced file gets a new URL. */
    attachmentVersion: (indexNo: string, n: number, ext: string, digest: string) =>
      href(`/files/${indexNumberSlug(indexNo)}/${n}.${digest}.${ext}`),
    /** The HTML view of a DOCX/XLSX attachment ("在线阅读"), beside its document. */
    attachmentView: (indexNo: string, n: number) => href(`/xxgk/${indexNumberSlug(indexNo)}/fj${n}/`),
    search: (query?: string) => href(`/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`),
    siteMap: () => href('/wzdt/'),
    /** 依申请公开: guide, application form, blank printable form. */
    applyGuide: () => href('/ysqgk/'),
    applyForm: () => href('/ysqgk/sq/'),
    applyBlankForm: () => href('/ysqgk/sqb/'),
    /** 互动交流 and its sections: lxxd 留言选登, zxft 在线访谈, zjyj 征集意见. */
    interaction: () => href('/hdjl/'),
    interactionSection: (section: InteractionSection, page = 1) =>
      href(`/hdjl/${section}/${page > 1 ? `p${page}/` : ''}`),
    interactionItem: (section: InteractionSection, id: string) => href(`/hdjl/${section}/${id}/`),
    /** 数据清单: index, table pages, item pages (办事指南), downloads. */
    dataLists: () => href('/sjqd/'),
    dataList: (key: string, page = 1) => href(`/sjqd/${key}/${page > 1 ? `p${page}/` : ''}`),
    dataListItem: (key: string, id: string) => href(`/sjqd/${key}/${encodeURIComponent(id)}/`),
    dataListFile: (key: string, ext: 'csv' | 'json') => href(`/sjqd/${key}.${ext}`),
    /** Feeds: the whole site, or one column of a group (zwgk, xwzx, hdjl). */
    feed: (group?: FeedGroup, key?: string) => href(group && key ? `/rss/${group}/${key}.xml` : '/rss.xml'),
    /** Open data: the catalogue's metadata as JSON and CSV. */
    openData: (file = '') => href(`/open-data/${file}`),
    /** The 繁體 twin of a page URL (already under the base path); other URLs unchanged. */
    hant: (url: string) => hantUrl(url, base),
    /** The search index files (manifest, shards, router). */
    searchIndex: (file = '') => href(`/search-index/${file}`),
  };
}

export type SitePaths = ReturnType<typeof sitePaths>;
export type InteractionSection = 'lxxd' | 'zxft' | 'zjyj';
export type FeedGroup = 'zwgk' | 'xwzx' | 'hdjl';

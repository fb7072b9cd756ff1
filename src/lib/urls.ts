/**
 * Every URL the site produces, in one place. URLs depend on stable
 * identifiers (索引号, column keys, file ids), never on titles.
 */
import { indexNumberSlug } from '../utils/index-number.ts';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** Prefix a site path with the configured base path. */
export function href(sitePath: string): string {
  return base + sitePath.replace(/^\//, '');
}

export const urls = {
  home: () => href('/'),
  hub: () => href('/zwgk/'),
  catalogueHome: () => href('/zwgk/fdzdgknr/'),
  column: (key: string, year?: number, page = 1) =>
    href(`/zwgk/fdzdgknr/${key}/${year ? `${year}/` : ''}${page > 1 ? `p${page}/` : ''}`),
  annualReports: () => href('/zwgk/nb/'),
  document: (indexNo: string) => href(`/xxgk/${indexNumberSlug(indexNo)}/`),
  newsColumn: (key: string, page = 1) => href(`/xwzx/${key}/${page > 1 ? `p${page}/` : ''}`),
  newsItem: (id: string) => href(`/xwzx/${id}/`),
  page: (id: string) => href(`/${id}/`),
  attachment: (indexNo: string, n: number, ext: string) => href(`/files/${indexNumberSlug(indexNo)}/${n}.${ext}`),
  search: (query?: string) => href(`/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`),
  siteMap: () => href('/wzdt/'),
};

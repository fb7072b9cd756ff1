/**
 * What the search index holds for each published page: URL, title, date,
 * filter values and exact-match identifier words, computed from the checked
 * content (frontmatter only; bodies are read later, shard by shard).
 *
 * Uses the same 索引号 assignment, columns and URLs as the pages, so a search
 * result always points at the page that was built.
 */
import { ANNUAL_REPORT_COLUMN } from '../annual-report/catalogue-stats.ts';
import { attachmentRecords, type AttachmentSearchSources } from './attachment-records.ts';
import { columnOf, indexNumbersOf, isPublishedDisclosure, type CheckedEntry } from '../catalogue/entry.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { flattenCatalogue } from '../catalogue/catalogue-tree.ts';
import { docNumberToken, indexNumberToken } from '../utils/exact-token.ts';
import { entryKey } from '../catalogue/index-number.ts';
import { registerOfEntries } from '../catalogue/index-registry.ts';
import type { SitePaths } from '../utils/site-paths.ts';
import type { SearchRecordSource } from './record-source.ts';

export type { SearchRecordSource } from './record-source.ts';

const ANNUAL_REPORTS = ANNUAL_REPORT_COLUMN.name;

/** 互动交流 sections in the search: their column name, URL segment, date and source. */
export const INTERACTION_SEARCH = {
  letters: {
    name: '留言选登',
    section: 'lxxd',
    date: (d: Record<string, string>) => `${d.replyDate} 00:00`,
    source: (d: Record<string, string>) => d.handler,
  },
  interviews: {
    name: '在线访谈',
    section: 'zxft',
    date: (d: Record<string, string>) => d.date,
    source: () => undefined,
  },
  consultations: {
    name: '征集意见',
    section: 'zjyj',
    date: (d: Record<string, string>) => d.publishDate,
    source: (d: Record<string, string>) => d.unit,
  },
} as const;

export function searchRecordSources(
  entries: readonly CheckedEntry[],
  site: SiteSettings,
  paths: SitePaths,
  attachments?: AttachmentSearchSources,
): SearchRecordSource[] {
  const columns = flattenCatalogue(site.catalogue);
  const newsColumns = new Map(site.newsColumns.map((c) => [c.key, c.name]));
  const disclosure = entries.filter(isPublishedDisclosure);
  const { numbers } = indexNumbersOf(disclosure, site, registerOfEntries(disclosure));

  const records: SearchRecordSource[] = [];
  // A 废止/失效 policy's result names the policy that replaces it (policy id → title and URL).
  const policyById = new Map(disclosure.filter((e) => e.collection === 'policies').map((e) => [e.id, e]));
  for (const e of disclosure) {
    const d = e.data as Record<string, unknown> & { title: string; publishDate: string; publisher: string[] };
    const indexNo = numbers.get(entryKey(e))!;
    const key = columnOf(columns, e);
    const column = key ? columns.get(key)!.node.name : ANNUAL_REPORTS;
    const docNo = d.docNo as string | undefined;
    const filters: Record<string, string[]> = {
      栏目: [column],
      年份: [d.publishDate.slice(0, 4)],
      发布机构: d.publisher,
    };
    if (typeof d.validity === 'string') filters['有效性'] = [d.validity];
    if (typeof d.genre === 'string') filters['体裁'] = [d.genre];
    const record: SearchRecordSource = {
      url: paths.document(indexNo),
      path: e.path,
      title: d.title,
      date: d.publishDate,
      filters,
      meta: {
        title: d.title,
        date: d.publishDate.slice(0, 10),
        indexNo,
        column,
        kind: searchKind(e.collection),
        publisher: d.publisher.join('、'),
        ...(docNo ? { docNo } : {}),
        ...(typeof d.validity === 'string' ? { validity: d.validity } : {}),
        ...replacement(policyById.get(d.replacedBy as string), numbers, paths),
      },
      identifiers: [indexNumberToken(indexNo), ...(docNo ? [docNumberToken(docNo)] : [])],
      ...(typeof d.script === 'string' ? { script: d.script } : {}),
    };
    records.push(record, ...attachmentRecords(record, d, indexNo, attachments?.get(indexNo), paths));
  }
  for (const e of entries) {
    if (e.collection === 'letters' || e.collection === 'interviews' || e.collection === 'consultations') {
      const d = e.data as Record<string, string>;
      const kind = INTERACTION_SEARCH[e.collection];
      const date = kind.date(d)!;
      const source = kind.source(d);
      records.push({
        url: paths.interactionItem(kind.section, e.id),
        path: e.path,
        title: d.title!,
        date,
        filters: { 栏目: [kind.name], 年份: [date.slice(0, 4)], ...(source ? { 发布机构: [source] } : {}) },
        meta: {
          title: d.title!,
          date: date.slice(0, 10),
          column: kind.name,
          kind: 'interaction',
          ...(source ? { publisher: source } : {}),
        },
        identifiers: [],
      });
    } else if (e.collection === 'news') {
      const d = e.data as { title: string; publishDate: string; column: string; source: string };
      const column = newsColumns.get(d.column) ?? d.column;
      records.push({
        url: paths.newsItem(d.column, e.id),
        path: e.path,
        title: d.title,
        date: d.publishDate,
        filters: { 栏目: [column], 年份: [d.publishDate.slice(0, 4)], 发布机构: [d.source] },
        meta: { title: d.title, date: d.publishDate.slice(0, 10), column, kind: 'news', publisher: d.source },
        identifiers: [],
      });
    } else if (e.collection === 'pages') {
      const d = e.data as { title: string; updated: string };
      records.push({
        url: paths.page(e.id),
        path: e.path,
        title: d.title,
        date: `${d.updated} 00:00`,
        filters: { 栏目: ['网站页面'], 年份: [d.updated.slice(0, 4)] },
        meta: { title: d.title, date: d.updated, column: '网站页面', kind: 'page' },
        identifiers: [],
      });
    }
  }
  return records;
}

/**
 * What kind of document a record is, for ranking (src/browser/search/rank.ts):
 * policies and their 解读 come before other 公开 information, news, pages and 互动 items.
 */
export type SearchKind = 'policy' | 'interpretation' | 'disclosure' | 'news' | 'page' | 'interaction';

function searchKind(collection: string): SearchKind {
  if (collection === 'policies') return 'policy';
  if (collection === 'interpretations') return 'interpretation';
  return 'disclosure';
}

function replacement(
  by: CheckedEntry | undefined,
  numbers: ReadonlyMap<string, string>,
  paths: SitePaths,
): { replacedByTitle?: string; replacedByUrl?: string } {
  if (!by) return {};
  return {
    replacedByTitle: (by.data as { title: string }).title,
    replacedByUrl: paths.document(numbers.get(entryKey(by))!),
  };
}

/**
 * What the search index holds for each published page: URL, title, date,
 * filter values and exact-match identifier words, computed from the checked
 * content (frontmatter only; bodies are read later, shard by shard).
 *
 * Uses the same 索引号 assignment, columns and URLs as the pages, so a search
 * result always points at the page that was built.
 */
import { ANNUAL_REPORT_COLUMN } from '../annual-report/catalogue-stats.ts';
import { attachmentRecords, type AttachmentSearchSources } from '../attachments/search-records.ts';
import type { CheckedEntry } from '../checks/check-content.ts';
import { disclosureCollections } from '../schemas/collections.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { columnFor, flattenCatalogue } from '../utils/catalogue-tree.ts';
import { docNumberToken, indexNumberToken } from '../utils/exact-token.ts';
import { assignIndexNumbers, entryKey } from '../utils/index-number.ts';
import { registerOfEntries } from '../utils/index-registry.ts';
import type { SitePaths } from '../utils/site-paths.ts';

export interface SearchRecordSource {
  url: string;
  /** Absolute path of the Markdown file, read when the record's shard is built. */
  path: string;
  title: string;
  /** `YYYY-MM-DD HH:MM`, for sorting and sharding. */
  date: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  /** Exact-match words for 发文字号 and 索引号. */
  identifiers: string[];
  /** A record of an attachment's text (attachments/search-records.ts): its label; `path` is then the cached extraction result. */
  attachment?: string;
  /** The `script` field (简体/繁体) when given; otherwise the body's script is detected when it is indexed. */
  script?: string | undefined;
}

const ANNUAL_REPORTS = ANNUAL_REPORT_COLUMN.name;

/** 互动交流 sections in the search: their column name, URL segment, date and source. */
export const INTERACTION_SEARCH = {
  letters: { name: '留言选登', section: 'lxxd', date: (d: Record<string, string>) => `${d.replyDate} 00:00`, source: (d: Record<string, string>) => d.handler },
  interviews: { name: '在线访谈', section: 'zxft', date: (d: Record<string, string>) => d.date, source: () => undefined },
  consultations: { name: '征集意见', section: 'zjyj', date: (d: Record<string, string>) => d.publishDate, source: (d: Record<string, string>) => d.unit },
} as const;

export function searchRecordSources(
  entries: readonly CheckedEntry[],
  site: SiteSettings,
  paths: SitePaths,
  attachments?: AttachmentSearchSources,
): SearchRecordSource[] {
  const columns = flattenCatalogue(site.catalogue);
  const newsColumns = new Map(site.newsColumns.map((c) => [c.key, c.name]));
  const disclosure = entries.filter(
    (e) => (disclosureCollections as readonly string[]).includes(e.collection) && e.data.disclosure === '主动公开',
  );
  const { numbers } = assignIndexNumbers(
    disclosure.map((e) => ({ key: entryKey(e), indexNo: e.data.indexNo as string | undefined, publishDate: e.data.publishDate as string })),
    site.indexNumber.template,
    site.indexNumber.orgCode,
    registerOfEntries(disclosure).numbers,
  );

  const records: SearchRecordSource[] = [];
  // A 废止/失效 policy's result names the policy that replaces it (policy id → title and URL).
  const policyById = new Map(disclosure.filter((e) => e.collection === 'policies').map((e) => [e.id, e]));
  for (const e of disclosure) {
    const d = e.data as Record<string, unknown> & { title: string; publishDate: string; publisher: string[] };
    const indexNo = numbers.get(entryKey(e))!;
    const key = columnFor(columns, {
      collection: e.collection as (typeof disclosureCollections)[number],
      kind: d.kind as string | undefined,
      reportType: d.reportType as string | undefined,
      category: d.category as string | undefined,
    });
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
        meta: { title: d.title!, date: date.slice(0, 10), column: kind.name, kind: 'interaction', ...(source ? { publisher: source } : {}) },
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
 * What kind of document a record is, for ranking (src/scripts/search/rank.ts):
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
  return { replacedByTitle: (by.data as { title: string }).title, replacedByUrl: paths.document(numbers.get(entryKey(by))!) };
}

/**
 * The 政府信息公开目录 as the pages see it: every published disclosure item
 * with its 索引号, URL and column, plus the indexes pages need (items per
 * column, interpretations per policy, neighbours in a column).
 *
 * Built once per build in O(n log n) and shared by every page, so no page
 * scans the whole collection.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { DisclosureCollection } from '../schemas/collections.ts';
import { columnOf, indexNumbersOf } from '../catalogue/entry.ts';
import { entryKey } from '../catalogue/index-number.ts';
import { flattenCatalogue, type ColumnInfo } from '../catalogue/catalogue-tree.ts';
import { readIndexRegister } from '../catalogue/index-registry.ts';
import { contentRoot } from '../utils/content-root.ts';
import { yearOf } from '../utils/dates.ts';
import { getSite } from './site.ts';
import { urls } from './urls.ts';

type AnyDisclosureEntry = CollectionEntry<DisclosureCollection>;

export interface DocItem {
  collection: DisclosureCollection;
  /** File id within its collection, e.g. `2025/road-rules`. */
  id: string;
  entry: AnyDisclosureEntry;
  data: AnyDisclosureEntry['data'];
  indexNo: string;
  url: string;
  /** Leaf column key; undefined for 年度报告 (their own column). */
  column?: string | undefined;
  year: number;
}

export interface Catalogue {
  /** All published items, newest first. */
  items: DocItem[];
  columns: Map<string, ColumnInfo>;
  /** Items per column key (leaves and parents), newest first. */
  byColumn: Map<string, DocItem[]>;
  /** `policies/2025/road-rules` → item. */
  byRef: Map<string, DocItem>;
  /** Policy id → its interpretations, newest first. */
  interpretationsOf: Map<string, DocItem[]>;
  /** 政府信息公开工作年度报告, newest report year first. */
  annualReports: DocItem[];
  /** Policy → the older policies whose `replacedBy` names it, so the new one links back to them. */
  replaces: Map<DocItem, DocItem[]>;
  /** Previous (newer) and next (older) item in the same column. */
  neighbours: Map<DocItem, { newer?: DocItem | undefined; older?: DocItem | undefined }>;
}

const newestFirst = (a: DocItem, b: DocItem) =>
  a.data.publishDate === b.data.publishDate
    ? a.indexNo < b.indexNo
      ? 1
      : -1
    : a.data.publishDate < b.data.publishDate
      ? 1
      : -1;

let cached: Promise<Catalogue> | undefined;

export function getCatalogue(): Promise<Catalogue> {
  cached ??= loadCatalogue();
  return cached;
}

async function loadCatalogue(): Promise<Catalogue> {
  const site = getSite();
  const columns = flattenCatalogue(site.catalogue);
  const published = (e: { data: { disclosure: string } }) => e.data.disclosure === '主动公开';
  const entries: AnyDisclosureEntry[] = [
    ...(await getCollection('policies', published)),
    ...(await getCollection('interpretations', published)),
    ...(await getCollection('reports', published)),
    ...(await getCollection('catalogue', published)),
  ];
  const ref = entryKey;
  // The same register the content check read, so pages and the check agree on every number.
  const { numbers } = indexNumbersOf(entries, site, readIndexRegister(contentRoot()));

  const items = entries.map((entry): DocItem => {
    const indexNo = numbers.get(ref(entry))!;
    return {
      collection: entry.collection,
      id: entry.id,
      entry,
      data: entry.data,
      indexNo,
      url: urls.document(indexNo),
      column: columnOf(columns, entry),
      year: yearOf(entry.data.publishDate),
    };
  });
  items.sort(newestFirst);

  const byColumn = new Map<string, DocItem[]>();
  const push = (key: string, item: DocItem) => {
    const list = byColumn.get(key);
    if (list) list.push(item);
    else byColumn.set(key, [item]);
  };
  const byRef = new Map<string, DocItem>();
  const interpretationsOf = new Map<string, DocItem[]>();
  for (const item of items) {
    byRef.set(`${item.collection}/${item.id}`, item);
    if (item.column) {
      push(item.column, item);
      const parent = columns.get(item.column)?.parent;
      if (parent) push(parent.key, item);
    }
    if (item.entry.collection === 'interpretations') {
      const policy = item.entry.data.policy;
      interpretationsOf.set(policy, [...(interpretationsOf.get(policy) ?? []), item]);
    }
  }
  const replaces = new Map<DocItem, DocItem[]>();
  for (const item of items) {
    const newer =
      item.entry.collection === 'policies' && item.entry.data.replacedBy
        ? byRef.get(`policies/${item.entry.data.replacedBy}`)
        : undefined;
    if (newer) replaces.set(newer, [...(replaces.get(newer) ?? []), item]);
  }
  // Items are pushed in newest-first order, so every list is already sorted.
  const neighbours: Catalogue['neighbours'] = new Map();
  for (const [key, list] of byColumn) {
    if (!columns.get(key)?.isLeaf) continue;
    list.forEach((item, i) => neighbours.set(item, { newer: list[i - 1], older: list[i + 1] }));
  }
  const annualReports = items
    .filter((i) => i.entry.collection === 'reports' && i.entry.data.reportType === '年度报告')
    .sort((a, b) => (b.entry.data as { year: number }).year - (a.entry.data as { year: number }).year);
  return { items, columns, byColumn, byRef, interpretationsOf, replaces, annualReports, neighbours };
}

/** A newest-first list split by publication year, newest year first, order kept. */
export function groupByYear<T extends { year: number }>(items: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const list = groups.get(item.year);
    if (list) list.push(item);
    else groups.set(item.year, [item]);
  }
  return new Map([...groups].sort(([a], [b]) => b - a));
}

/**
 * The catalogue model: one entry as the content check reads it, whether it is
 * published, its 索引号 and its 栏目. The checks, the search index, the
 * attachment store, the publish step and the scaffolder all take entries in
 * this shape; the pages read Astro's collection entries, which carry the same
 * collection, id and data, and derive 索引号 and 栏目 through the same
 * functions here, so a page, its search record and the check always agree.
 */
import { disclosureCollections, type CollectionName, type DisclosureCollection } from '../schemas/collections.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { columnFor, type ColumnInfo } from './catalogue-tree.ts';
import { assignIndexNumbers, entryKey } from './index-number.ts';
import type { IndexRegister } from './index-registry.ts';

/** An entry that passed its schema (checks/check-content.ts makes them). */
export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  /** Path shown to editors, relative to the working directory. */
  file: string;
  /** Absolute path of the file. */
  path: string;
  data: Record<string, unknown>;
}

/** What 索引号 and 栏目 need of an entry: a checked entry and a collection entry both fit. */
export interface CatalogueEntryLike {
  collection: string;
  id: string;
  data: object;
}

const fields = (e: CatalogueEntryLike) => e.data as Record<string, unknown>;

const isDisclosure = (collection: string): collection is DisclosureCollection =>
  (disclosureCollections as readonly string[]).includes(collection);

/** Entries published in the 政府信息公开目录: disclosure collections marked 主动公开. */
export const isPublishedDisclosure = (e: CatalogueEntryLike): boolean =>
  isDisclosure(e.collection) && fields(e).disclosure === '主动公开';

/** A disclosure entry whose 公开方式 (依申请公开, 不予公开) keeps it off the site. */
export const isUnpublished = (e: CatalogueEntryLike): boolean =>
  isDisclosure(e.collection) && fields(e).disclosure !== '主动公开';

/** 索引号 of every published entry (entryKey → number), the generated ones included. */
export function indexNumbersOf(
  entries: readonly CatalogueEntryLike[],
  site: Pick<SiteSettings, 'indexNumber'>,
  // Which register: every caller names it, so pages, the check and the index agree on every number.
  register: Pick<IndexRegister, 'numbers'>,
) {
  return assignIndexNumbers(
    entries.filter(isPublishedDisclosure).map((e) => ({
      key: entryKey(e),
      indexNo: fields(e).indexNo as string | undefined,
      publishDate: fields(e).publishDate as string,
    })),
    site.indexNumber.template,
    site.indexNumber.orgCode,
    register.numbers,
  );
}

/**
 * The leaf 栏目 key a disclosure entry is listed in (site.yaml's catalogue
 * tree, flattened), or undefined when none takes it: 年度报告 live in their
 * own column, outside the tree.
 */
export function columnOf(columns: ReadonlyMap<string, ColumnInfo>, e: CatalogueEntryLike): string | undefined {
  if (!isDisclosure(e.collection)) return undefined;
  const d = fields(e);
  return columnFor(columns, {
    collection: e.collection,
    kind: d.kind as string | undefined,
    reportType: d.reportType as string | undefined,
    category: d.category as string | undefined,
  });
}

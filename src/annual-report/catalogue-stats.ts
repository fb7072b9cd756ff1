/**
 * Table 二 figures computed from the site's own 政府信息公开目录: 规章 and
 * 行政规范性文件 issued, repealed and in force per year, and the items
 * published per column. One pass over the entries' metadata, then running
 * sums over the handful of distinct years, so 100,000 documents cost a few
 * milliseconds and no page or file is read.
 */
import type { ColumnInfo } from '../catalogue/catalogue-tree.ts';
import { yearOf } from '../utils/dates.ts';

/** The metadata one count needs; only 主动公开 entries should be passed. */
export interface CatalogueRecord {
  /** 规章, 行政规范性文件 …, for policies. */
  kind?: string | undefined;
  validity?: string | undefined;
  validityDate?: string | undefined;
  writtenDate?: string | undefined;
  publishDate: string;
  /** Column keys the item is listed in (its leaf and the leaf's parent). */
  columns: readonly string[];
}

/** Both formats' figures for one kind of document in one year. */
export interface KindCounts {
  /** 本年制发件数 (2021) / 本年新制作数量 (2019): 成文日期 (else 发布日期) in the year. */
  issued: number;
  /** 本年废止件数: 废止 or 失效 in the year (both end a document's force). */
  repealed: number;
  /** 现行有效件数 at 31 December: issued by then and not yet repealed. */
  inForce: number;
  /** 本年新公开数量 (2019): 发布日期 in the year. */
  published: number;
  /** 对外公开总数量 (2019): published by 31 December, whatever their validity now. */
  publishedToDate: number;
}

export interface CatalogueYearStats {
  year: number;
  regulations: KindCounts;
  normativeDocuments: KindCounts;
  /** Column key → items published in the year. */
  published: Map<string, number>;
  /** All items published in the year. */
  publishedTotal: number;
}

/**
 * 年度报告 are listed in their own column, outside the 法定主动公开内容 tree;
 * its key is the last part of its URL, /zwgk/nb/.
 */
export const ANNUAL_REPORT_COLUMN = { key: 'nb', name: '政府信息公开年报' } as const;

/**
 * The column keys an item is counted under: its leaf column and the leaf's
 * parent, or the 年报 column for a 年度报告 (which has no leaf).
 */
export function listedColumns(
  leaf: string | undefined,
  columns: ReadonlyMap<string, ColumnInfo>,
  isAnnualReport: boolean,
): string[] {
  if (isAnnualReport) return [ANNUAL_REPORT_COLUMN.key];
  if (!leaf) return [];
  const parent = columns.get(leaf)?.parent?.key;
  return parent ? [leaf, parent] : [leaf];
}

/** Column key → name, the 年报 column included. */
export function columnNames(columns: ReadonlyMap<string, ColumnInfo>): Map<string, string> {
  return new Map([
    ...[...columns].map(([key, info]) => [key, info.node.name] as const),
    [ANNUAL_REPORT_COLUMN.key, ANNUAL_REPORT_COLUMN.name],
  ]);
}

/** The metadata of an entry as a record, from its frontmatter and the columns it is listed in. */
export function catalogueRecord(data: Record<string, unknown>, columns: readonly string[]): CatalogueRecord {
  return {
    kind: data.kind as string | undefined,
    validity: data.validity as string | undefined,
    validityDate: data.validityDate as string | undefined,
    writtenDate: data.writtenDate as string | undefined,
    publishDate: data.publishDate as string,
    columns,
  };
}

/** The table 二 rows computed from the catalogue, by policy kind. */
export const COUNTED_KINDS = { 规章: 'regulations', 行政规范性文件: 'normativeDocuments' } as const;
type CountedRow = (typeof COUNTED_KINDS)[keyof typeof COUNTED_KINDS];

/** Per-year event counts of one kind; running sums turn them into stocks. */
interface KindEvents {
  issued: Map<number, number>;
  repealed: Map<number, number>;
  published: Map<number, number>;
}

const bump = (map: Map<number, number>, year: number) => map.set(year, (map.get(year) ?? 0) + 1);
const newEvents = (): KindEvents => ({ issued: new Map(), repealed: new Map(), published: new Map() });

/** Sum of the counts of every year up to and including `year`. */
function upTo(map: ReadonlyMap<number, number>, year: number): number {
  let sum = 0;
  for (const [y, n] of map) if (y <= year) sum += n;
  return sum;
}

export function catalogueStats(
  records: Iterable<CatalogueRecord>,
  years: readonly number[],
): Map<number, CatalogueYearStats> {
  const kinds: Record<CountedRow, KindEvents> = { regulations: newEvents(), normativeDocuments: newEvents() };
  const published = new Map<number, Map<string, number>>();
  const wanted = new Set(years);
  for (const r of records) {
    const publishYear = yearOf(r.publishDate);
    if (wanted.has(publishYear)) {
      let perColumn = published.get(publishYear);
      if (!perColumn) published.set(publishYear, (perColumn = new Map()));
      for (const c of r.columns) perColumn.set(c, (perColumn.get(c) ?? 0) + 1);
      perColumn.set('', (perColumn.get('') ?? 0) + 1);
    }
    const row = r.kind ? COUNTED_KINDS[r.kind as keyof typeof COUNTED_KINDS] : undefined;
    if (!row) continue;
    const events = kinds[row];
    bump(events.issued, yearOf(r.writtenDate ?? r.publishDate));
    bump(events.published, publishYear);
    if (r.validity && r.validity !== '有效' && r.validityDate) bump(events.repealed, yearOf(r.validityDate));
  }
  // Distinct years are few (one per year of content), so these sums are cheap.
  const counts = (e: KindEvents, year: number): KindCounts => ({
    issued: e.issued.get(year) ?? 0,
    repealed: e.repealed.get(year) ?? 0,
    inForce: upTo(e.issued, year) - upTo(e.repealed, year),
    published: e.published.get(year) ?? 0,
    publishedToDate: upTo(e.published, year),
  });
  return new Map(
    years.map((year) => {
      const perColumn = new Map(published.get(year));
      const total = perColumn.get('') ?? 0;
      perColumn.delete('');
      return [
        year,
        {
          year,
          regulations: counts(kinds.regulations, year),
          normativeDocuments: counts(kinds.normativeDocuments, year),
          published: perColumn,
          publishedTotal: total,
        },
      ];
    }),
  );
}

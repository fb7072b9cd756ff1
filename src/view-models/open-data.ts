/**
 * The 政府信息公开目录 as open data: one record per published item, metadata
 * only (条例第十二条: 索引、名称、内容概述、生成日期, and the rest of the
 * metadata table), taken from the catalogue model already loaded for the
 * pages. Records are produced one at a time for the streamed JSON and CSV.
 */
import { ANNUAL_REPORTS_NAME } from './columns.ts';
import type { Catalogue, DocItem } from './catalogue.ts';

/** Stable field names (JSON keys) with their Chinese labels (CSV headers). Add fields at the end only. */
export const CATALOGUE_FIELDS = [
  ['indexNo', '索引号'],
  ['title', '标题'],
  ['docNo', '发文字号'],
  ['publisher', '发布机构'],
  ['writtenDate', '成文日期'],
  ['publishDate', '发布日期'],
  ['topic', '主题分类'],
  ['genre', '体裁'],
  ['column', '栏目'],
  ['validity', '有效性'],
  ['summary', '内容概述'],
  ['url', '网址'],
] as const;

export type CatalogueRecord = Record<(typeof CATALOGUE_FIELDS)[number][0], string>;

export function catalogueRecord(item: DocItem, catalogue: Catalogue, site: URL): CatalogueRecord {
  const d = item.data as DocItem['data'] & { writtenDate?: string; genre?: string; validity?: string };
  return {
    indexNo: item.indexNo,
    title: d.title,
    docNo: d.docNo ?? '',
    publisher: d.publisher.join('、'),
    writtenDate: d.writtenDate ?? '',
    publishDate: d.publishDate,
    topic: d.topic ?? '',
    genre: d.genre ?? '',
    column: item.column ? (catalogue.columns.get(item.column)?.node.name ?? '') : ANNUAL_REPORTS_NAME,
    validity: d.validity ?? '',
    summary: d.summary ?? '',
    url: new URL(item.url, site).href,
  };
}

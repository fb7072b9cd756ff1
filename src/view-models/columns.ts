/** Names, breadcrumbs and meta tags for the catalogue's columns. */
import { ANNUAL_REPORT_COLUMN } from '../annual-report/catalogue-stats.ts';
import type { ColumnMeta, Crumb } from './page-meta.ts';
import type { ColumnInfo } from '../catalogue/catalogue-tree.ts';
import { urls } from './urls.ts';

export const HUB_NAME = '政务公开';
export const CATALOGUE_NAME = '法定主动公开内容';
export const ANNUAL_REPORTS_NAME = ANNUAL_REPORT_COLUMN.name;

export const hubTrail = (): Crumb[] => [{ name: HUB_NAME, href: urls.hub() }];

/** 政务公开 › 法定主动公开内容 › (parent ›) column */
export function columnTrail(columns: ReadonlyMap<string, ColumnInfo>, key: string): Crumb[] {
  const info = columns.get(key);
  if (!info) return [...hubTrail(), { name: CATALOGUE_NAME, href: urls.catalogueHome() }];
  return [
    ...hubTrail(),
    { name: CATALOGUE_NAME, href: urls.catalogueHome() },
    ...(info.parent ? [{ name: info.parent.name, href: urls.column(info.parent.key) }] : []),
    { name: info.node.name, href: urls.column(key) },
  ];
}

export function columnMeta(info: ColumnInfo): ColumnMeta {
  const n = info.node;
  return {
    name: n.name,
    description: n.description ?? n.name,
    keywords: [n.name, info.parent?.name, CATALOGUE_NAME].filter(Boolean).join(','),
    type: n.columnType ?? info.parent?.columnType ?? '信息公开目录',
  };
}

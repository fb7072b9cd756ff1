/**
 * The data lists as the pages see them: read and checked once per build by
 * the same function the content check runs (checks/check-lists.ts), already
 * in their default order.
 */
import { loadDataLists, type LoadedList } from '../checks/check-lists.ts';
import { contentRoot } from '../utils/content-root.ts';
import { choicesOf } from '../utils/list-table.ts';
import { urls } from './urls.ts';

/**
 * Columns shown exactly as written on the 繁體 pages (marked translate="no"):
 * names of people and organisations, codes and document numbers.
 */
export const VERBATIM_COLUMNS: ReadonlySet<string> = new Set([
  '行政相对人名称',
  '统一社会信用代码',
  '法定代表人',
  '许可决定书文号',
  '处罚决定书文号',
  '许可编号',
  '事项编码',
  '检查对象',
  '检查机关',
  '检查主体',
  '许可机关',
  '处罚机关',
  '实施主体',
]);

/** Rows per server-rendered table page. */
export const LIST_PAGE_SIZE = 50;

let cached: LoadedList[] | undefined;

export function getDataLists(): LoadedList[] {
  cached ??= loadDataLists(contentRoot()).lists;
  return cached;
}

export function getDataList(key: string): LoadedList | undefined {
  return getDataLists().find((l) => l.def.key === key);
}

/** A data list's page, or undefined when the site publishes no such list (so no link points nowhere). */
export function dataListLink(key: string, name: string): { name: string; url: string } | undefined {
  return getDataList(key) ? { name, url: urls.dataList(key) } : undefined;
}

/** The column indexes a table shows, in order. */
export const tableIndexes = (list: LoadedList): number[] => list.def.tableColumns.map((c) => list.columns.indexOf(c));

/** What the browser table needs: shown columns, filter columns and the item id, without repeats. */
export function tableFields(list: LoadedList): string[] {
  const d = list.def;
  return [...new Set([...d.tableColumns, ...d.filters, ...(d.detail ? [d.detail.idColumn] : [])])];
}

const choiceCache = new WeakMap<LoadedList, Array<{ column: string; values: string[] }>>();

/** The values each choice filter offers, computed once per list (not once per table page). */
export function filterChoices(list: LoadedList): Array<{ column: string; values: string[] }> {
  let found = choiceCache.get(list);
  if (!found) {
    found = list.def.filters.map((column) => ({ column, values: choicesOf(list.rows, list.columns.indexOf(column)) }));
    choiceCache.set(list, found);
  }
  return found;
}

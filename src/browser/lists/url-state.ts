/**
 * A data list's search words, filters, sort and page in the address bar
 * (`?q=…&处罚类别=罚款&sort=处罚决定日期&order=desc&page=2`), so a filtered
 * view can be bookmarked, shared and come back after “back”. Filters are
 * keyed by their column's name (Chinese, so never `q`, `sort`, `order` or
 * `page`); the default sort and page 1 are left out.
 */
export interface ListState {
  query: string;
  choices: Record<string, string>;
  sort: { column: string; descending: boolean };
  page: number;
}

export function readListState(
  search: string,
  columns: readonly string[],
  filterColumns: readonly string[],
  defaultSort: ListState['sort'],
): ListState {
  const params = new URLSearchParams(search);
  const choices: Record<string, string> = {};
  for (const column of filterColumns) {
    const value = params.get(column);
    if (value) choices[column] = value;
  }
  const sortColumn = params.get('sort');
  const sort =
    sortColumn && columns.includes(sortColumn)
      ? { column: sortColumn, descending: params.get('order') === 'desc' }
      : defaultSort;
  const page = Number(params.get('page'));
  return { query: params.get('q') ?? '', choices, sort, page: Number.isInteger(page) && page > 1 ? page : 1 };
}

export function listStateSearch(state: ListState, defaultSort: ListState['sort']): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const [column, value] of Object.entries(state.choices)) if (value) params.set(column, value);
  if (state.sort.column !== defaultSort.column || state.sort.descending !== defaultSort.descending) {
    params.set('sort', state.sort.column);
    params.set('order', state.sort.descending ? 'desc' : 'asc');
  }
  if (state.page > 1) params.set('page', String(state.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Sorting and filtering a data-list table over the whole list, not only the
 * rows on this page. The server-rendered page works on its own (paginated);
 * this script shows the tools, turns the column headers into sort buttons
 * and, on the first sort or filter, fetches the list's rows once
 * (/sjqd/{key}.json) and from then on renders pages of the result itself.
 */
import { listStateSearch, readListState } from './url-state.ts';
import { displayCell, filterRows, searchTextOf, sortRows, type CellKind } from '../../utils/list-table.ts';
import { inReadersScript } from '../page-links.ts';

const PAGE_SIZE = 50;

interface ListData {
  fields: string[];
  rows: string[][];
}

export function startListTables(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-list-table]')) enhance(root);
}

function enhance(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('.list-tools')!;
  const status = root.querySelector<HTMLElement>('.list-status')!;
  const table = root.querySelector<HTMLTableElement>('table')!;
  const tbody = table.tBodies[0]!;
  const caption = table.caption!;
  const query = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-column]')];
  const columns = JSON.parse(root.dataset.columns!) as string[];
  const kinds = JSON.parse(root.dataset.kinds!) as Record<string, CellKind>;
  const defaultSort = JSON.parse(root.dataset.sort!) as { column: string; descending: boolean };
  const detail = root.dataset.detail
    ? (JSON.parse(root.dataset.detail) as { id: string; title: string; base: string })
    : undefined;
  const name = root.querySelector('[role="region"]')?.getAttribute('aria-label') ?? '';
  // The server's page links lead to its own pages; once the script renders pages, its pager replaces them.
  const serverPager = root.parentElement?.querySelector<HTMLElement>('.pagination');

  let data: Promise<{ list: ListData; texts: string[] }> | undefined;
  let sort = defaultSort;
  let page = 1;
  let run = 0;

  const pager = document.createElement('nav');
  pager.className = 'list-pager';
  pager.setAttribute('aria-label', `${name}分页`);
  pager.hidden = true;
  root.after(pager);

  form.hidden = false;
  form.addEventListener('submit', (e) => e.preventDefault());
  const headers = [...table.tHead!.rows[0]!.cells];
  for (const th of headers) {
    const column = th.dataset.column!;
    const button = document.createElement('button');
    button.type = 'button';
    // The header's own text: on a 繁體 page it is already converted.
    button.textContent = th.textContent?.trim() || column;
    const arrow = document.createElement('span');
    arrow.setAttribute('aria-hidden', 'true');
    button.append(arrow);
    button.addEventListener('click', () => {
      sort = {
        column,
        descending: sort.column === column ? !sort.descending : kinds[column] === 'date' || kinds[column] === 'number',
      };
      page = 1;
      void render(true);
    });
    th.replaceChildren(button);
  }
  markSort();

  // A view named in the address (a bookmark, a shared link, “back”) is restored on load.
  const filterColumns = selects.map((s) => s.dataset.column!);
  const initial = readListState(location.search, columns, filterColumns, defaultSort);
  query.value = initial.query || query.value;
  for (const s of selects) {
    const wanted = initial.choices[s.dataset.column!];
    if (wanted && [...s.options].some((o) => o.value === wanted)) s.value = wanted;
  }
  sort = initial.sort;
  page = initial.page;
  if (location.search && listStateSearch(initial, defaultSort)) void render(false);

  let timer: number | undefined;
  query.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      page = 1;
      void render(true);
    }, 200);
  });
  for (const s of selects) {
    s.addEventListener('change', () => {
      page = 1;
      void render(true);
    });
  }

  function markSort(): void {
    for (const th of headers) {
      const on = th.dataset.column === sort.column;
      if (on) th.setAttribute('aria-sort', sort.descending ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
      th.querySelector('span[aria-hidden]')!.textContent = on ? (sort.descending ? '▼' : '▲') : '';
    }
  }

  function load(): Promise<{ list: ListData; texts: string[] }> {
    data ??= fetch(root.dataset.src!)
      .then((r) => {
        if (!r.ok) throw new Error(`${r.status}`);
        return r.json() as Promise<ListData>;
      })
      .then((list) => ({ list, texts: list.rows.map(searchTextOf) }));
    return data;
  }

  async function render(announce: boolean): Promise<void> {
    const mine = ++run;
    markSort();
    table.setAttribute('aria-busy', 'true');
    status.textContent = '正在加载清单…';
    let loaded: { list: ListData; texts: string[] };
    try {
      loaded = await load();
    } catch {
      data = undefined;
      status.textContent = '清单数据加载失败，请稍后再试，或使用下方的分页和CSV下载。';
      table.removeAttribute('aria-busy');
      return;
    }
    if (mine !== run) return;
    const { list, texts } = loaded;
    const at = (column: string) => list.fields.indexOf(column);
    const choices = new Map(selects.filter((s) => s.value).map((s) => [at(s.dataset.column!), s.value]));
    const matched = filterRows(list.rows, texts, { query: query.value, choices });
    const sorted = sortRows(matched, at(sort.column), kinds[sort.column] ?? 'text', sort.descending);
    const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
    page = Math.min(page, pages);
    const slice = sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
    tbody.replaceChildren(...slice.map((row) => rowElement(row, list.fields)));
    const from = sorted.length ? (page - 1) * PAGE_SIZE + 1 : 0;
    caption.textContent = `${name}（筛选出 ${sorted.length} 条，共 ${list.rows.length} 条${pages > 1 ? `，本页第 ${from}—${from + slice.length - 1} 条` : ''}）`;
    if (serverPager) serverPager.hidden = true;
    renderPager(pages);
    // The words the rows on show were found with (the input may already hold newer ones).
    root.dataset.shownQuery = query.value;
    const choiceState = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.column!, s.value]));
    const address = listStateSearch({ query: query.value, choices: choiceState, sort, page }, defaultSort);
    history.replaceState(history.state, '', `${location.pathname}${address}${location.hash}`);
    table.removeAttribute('aria-busy');
    if (announce) {
      status.textContent = sorted.length
        ? `找到 ${sorted.length} 条，按“${sort.column}”${sort.descending ? '降序' : '升序'}排列${pages > 1 ? `，第 ${page} 页，共 ${pages} 页` : ''}。`
        : '没有符合条件的记录，请减少筛选条件。';
    }
  }

  function rowElement(row: string[], fields: string[]): HTMLTableRowElement {
    const tr = document.createElement('tr');
    for (const column of columns) {
      const td = document.createElement('td');
      const value = row[fields.indexOf(column)] ?? '';
      if (detail && column === detail.title) {
        const a = document.createElement('a');
        a.href = inReadersScript(`${detail.base}${encodeURIComponent(row[fields.indexOf(detail.id)] ?? '')}/`);
        a.textContent = value;
        td.append(a);
      } else td.textContent = displayCell(value, kinds[column]);
      tr.append(td);
    }
    return tr;
  }

  function renderPager(pages: number): void {
    pager.hidden = pages <= 1;
    if (pages <= 1) return;
    const button = (text: string, target: number, disabled: boolean) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = text;
      b.disabled = disabled;
      b.addEventListener('click', () => {
        page = target;
        void render(true).then(() => caption.scrollIntoView({ block: 'start' }));
      });
      return b;
    };
    const where = document.createElement('span');
    where.textContent = `第 ${page} 页，共 ${pages} 页`;
    pager.replaceChildren(button('上一页', page - 1, page === 1), where, button('下一页', page + 1, page === pages));
  }
}

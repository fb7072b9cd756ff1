/**
 * The search page's behaviour: reads the query and filters from the URL,
 * runs Pagefind, renders results, and keeps the URL in step so results can
 * be shared and the back button works.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: Array<{ id: string; data: () => Promise<PagefindResultData> }>;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: Record<string, unknown>) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

import { prepareQuery } from '../utils/exact-token.ts';

const PAGE_SIZE = 10;

export function startSearchPage(): void {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>('#search-q')!;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const filterBox = document.getElementById('search-filters')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const sortSelect = form.querySelector<HTMLSelectElement>('#search-sort')!;
  const base = form.dataset.base ?? '/';
  let pagefind: Pagefind | undefined;
  let shown = 0;
  let current: PagefindSearch | undefined;
  let allFilters: Record<string, Record<string, number>> = {};

  async function load(): Promise<Pagefind> {
    if (pagefind) return pagefind;
    const url = `${base}pagefind/pagefind.js`;
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 40 });
    await pagefind.init();
    // Loads the filter index: without it Pagefind returns no per-value counts.
    allFilters = await pagefind.filters();
    return pagefind;
  }

  function readUrl(): void {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const s of selects) {
      const value = params.get(s.name) ?? '';
      if (value && ![...s.options].some((o) => o.value === value)) s.add(new Option(value, value));
      s.value = value;
    }
    sortSelect.value = params.get('sort') ?? '';
  }

  function writeUrl(push: boolean): void {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    for (const s of selects) if (s.value) params.set(s.name, s.value);
    if (sortSelect.value) params.set('sort', sortSelect.value);
    const next = `${location.pathname}${params.size ? `?${params}` : ''}`;
    if (push) history.pushState(null, '', next);
    else history.replaceState(null, '', next);
  }

  function fillFilters(counts: Record<string, Record<string, number>>): void {
    for (const s of selects) {
      const wanted = s.value;
      const values = Object.entries(counts[s.name] ?? {}).sort((a, b) =>
        s.name === '年份' ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN'),
      );
      s.replaceChildren(new Option('全部', ''), ...values.map(([v, n]) => new Option(`${v}（${n}）`, v)));
      s.value = values.some(([v]) => v === wanted) ? wanted : '';
    }
    filterBox.hidden = false;
  }

  function activeFilters(): Record<string, string> {
    return Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value]));
  }

  async function run(): Promise<void> {
    const query = input.value.trim();
    const pf = await load();
    const filters = activeFilters();
    if (!query && Object.keys(filters).length === 0) {
      fillFilters(allFilters);
      list.replaceChildren();
      status.textContent = '请输入关键词，或选择栏目、年份等条件。';
      return;
    }
    status.textContent = '正在搜索…';
    const options: Record<string, unknown> = { filters };
    if (sortSelect.value === 'date') options.sort = { date: 'desc' };
    current = await pf.search(query ? prepareQuery(query) : null, options);
    fillFilters(current.filters);
    list.replaceChildren();
    shown = 0;
    await showMore();
    const total = current.results.length;
    status.textContent = total ? `找到 ${total} 条结果${query ? `（关键词：${query}）` : ''}` : `没有找到与“${query}”相关的结果，请换一个关键词或减少筛选条件。`;
  }

  async function showMore(): Promise<void> {
    if (!current) return;
    const next = current.results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(next.map((r) => r.data()));
    list.querySelector('.more-results')?.remove();
    for (const d of data) list.append(renderResult(d));
    shown += next.length;
    if (shown < current.results.length) {
      const li = document.createElement('li');
      li.className = 'more-results';
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = `显示更多结果（还有 ${current.results.length - shown} 条）`;
      button.addEventListener('click', async () => {
        const firstNew = shown;
        await showMore();
        list.querySelectorAll<HTMLAnchorElement>('.result-title a')[firstNew]?.focus();
      });
      li.append(button);
      list.append(li);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    writeUrl(true);
    void run();
  });
  for (const s of [...selects, sortSelect]) {
    s.addEventListener('change', () => {
      writeUrl(true);
      void run();
    });
  }
  window.addEventListener('popstate', () => {
    readUrl();
    void run();
  });
  readUrl();
  void run();
}

function renderResult(d: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'result';
  const h = document.createElement('h2');
  h.className = 'result-title';
  const a = document.createElement('a');
  a.href = d.url;
  a.textContent = d.meta.title ?? d.url;
  h.append(a);
  const info = document.createElement('p');
  info.className = 'result-meta';
  info.textContent = [d.meta.date && `发布日期：${d.meta.date}`, d.meta.docNo && `发文字号：${d.meta.docNo}`].filter(Boolean).join('　');
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  // Pagefind's excerpt is text from our own pages, escaped by Pagefind, with <mark> around the hits.
  excerpt.innerHTML = d.excerpt;
  li.append(h, info, excerpt);
  return li;
}

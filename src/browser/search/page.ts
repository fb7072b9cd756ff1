/**
 * The search page: reads the query, filters and sort from the URL, runs the
 * search, renders results with excerpts, and keeps the URL in step so a
 * result list can be shared and the back button works.
 */
import type { CharMap } from '../../utils/search-tokenize.ts';
import {
  RESULTS_PER_PAGE,
  STEP_BUDGET_BYTES,
  SearchEngine,
  type PagefindResult,
  type PagefindResultData,
  type YearSpan,
} from './engine.ts';
import { inReadersScript } from '../page-links.ts';
import { buildExcerpt } from './excerpt.ts';
import { showNextSteps } from './next-steps.ts';
import { metaLine, replacementNote, validityTag } from './result-view.ts';
import { showInPage, type ShowInPage } from './display-script.ts';

interface Elements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  list: HTMLOListElement;
  details: HTMLDetailsElement;
  selects: HTMLSelectElement[];
  sort: HTMLSelectElement;
  countsNote: HTMLElement;
}

function findElements(): Elements | undefined {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  if (!form) return undefined;
  return {
    form,
    input: form.querySelector<HTMLInputElement>('#search-q')!,
    status: document.getElementById('search-status')!,
    list: document.getElementById('search-results') as HTMLOListElement,
    details: form.querySelector<HTMLDetailsElement>('#search-filters')!,
    selects: [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')],
    sort: form.querySelector<HTMLSelectElement>('#search-sort')!,
    countsNote: form.querySelector<HTMLElement>('#search-counts-note')!,
  };
}

export function startSearchPage(): void {
  const found = findElements();
  if (!found) return;
  const el: Elements = found;
  const engine = new SearchEngine(el.form.dataset.index!);
  engine.warmUp();
  let results: PagefindResult[] = [];
  let unsearched: YearSpan | null = null;
  /** The results hold only part of a question's words (engine.ts partialSearch). */
  let partial = false;
  let shown = 0;
  let t2s: CharMap = new Map();
  let show: ShowInPage = (text) => text;
  let run = 0;

  const filters = () => Object.fromEntries(el.selects.filter((s) => s.value).map((s) => [s.name, s.value]));

  function readUrl(): void {
    const params = new URLSearchParams(location.search);
    el.input.value = params.get('q') ?? '';
    for (const s of el.selects)
      s.value = [...s.options].some((o) => o.value === params.get(s.name)) ? params.get(s.name)! : '';
    el.sort.value = params.get('sort') === 'date' ? 'date' : '';
    if (el.selects.some((s) => s.value)) el.details.open = true;
  }

  /** The 繁體/简体 switch leads to the same search. */
  function keepQueryInSwitch(): void {
    const toOther = document.querySelector<HTMLAnchorElement>('a[data-script-switch]');
    if (toOther) toOther.search = location.search;
  }

  function writeUrl(): void {
    const params = new URLSearchParams();
    if (el.input.value.trim()) params.set('q', el.input.value.trim());
    for (const [name, value] of Object.entries(filters())) params.set(name, value);
    if (el.sort.value) params.set('sort', el.sort.value);
    const next = `${location.pathname}${params.size ? `?${params}` : ''}`;
    if (next !== `${location.pathname}${location.search}`) history.pushState(null, '', next);
    keepQueryInSwitch();
  }

  async function showCounts(): Promise<void> {
    if (!el.details.open) return;
    const counts = await engine.filterCounts(el.input.value, filters());
    el.countsNote.hidden = !unsearched;
    for (const s of el.selects) {
      for (const option of s.options) {
        if (!option.value) continue;
        const n = counts[s.name]?.[option.value] ?? 0;
        option.textContent = `${ui(option.value)}（${n}）`;
      }
    }
  }

  const searchOptions = (enough: number) => ({
    filters: filters(),
    sortByDate: el.sort.value === 'date',
    enough,
    budget: STEP_BUDGET_BYTES,
  });

  /** The page's own words in its script (on the 繁體 page, in 繁體); the reader's query is quoted as typed. */
  const ui = (text: string) => show(text, undefined);

  function describe(query: string): string {
    // Nothing found (or only part of a question): the next steps, with the query in their links.
    showNextSteps('search-none', results.length === 0 || partial ? query : null);
    if (results.length === 0)
      return `${ui('没有找到')}${query ? `${ui('与')}“${query}”` : ''}${ui('相关的结果，请换一个关键词或减少筛选条件。')}`;
    const found = partial
      ? `${ui('没有找到与')}“${query}”${ui(`完全匹配的结果，以下 ${results.length} 条结果包含其中的部分词语`)}`
      : `${ui(`找到 ${results.length} 条结果`)}${query ? `${ui('（关键词：')}${query}）` : ''}`;
    return unsearched
      ? `${found}${ui(`。${unsearched.from}—${unsearched.to} 年的较早文件尚未检索，可点击列表末尾的按钮继续检索。`)}`
      : found;
  }

  async function search(): Promise<void> {
    const mine = ++run;
    const query = el.input.value.trim();
    el.list.replaceChildren();
    showNextSteps('search-none', null);
    if (!query && Object.keys(filters()).length === 0) {
      el.status.textContent = ui('请输入关键词、发文字号或索引号，或选择筛选条件。');
      return;
    }
    el.status.textContent = ui('正在搜索…');
    el.list.setAttribute('aria-busy', 'true');
    try {
      const outcome = await engine.search(query, searchOptions(RESULTS_PER_PAGE));
      if (mine !== run) return;
      results = outcome.results;
      unsearched = outcome.unsearched;
      partial = outcome.partial === true;
      shown = 0;
      await showMore(false);
      el.status.textContent = describe(query);
      void showCounts();
    } catch (error) {
      el.status.textContent = ui(
        navigator.onLine ? '搜索出错，请稍后再试。' : '当前处于离线状态，且搜索索引尚未缓存，请联网后再试。',
      );
      console.error(error);
    } finally {
      el.list.removeAttribute('aria-busy');
    }
  }

  /** Searches older shards for the next page; results already shown keep their places. */
  async function searchOlder(): Promise<void> {
    const mine = run;
    const query = el.input.value.trim();
    el.status.textContent = ui(`正在检索 ${unsearched!.from}—${unsearched!.to} 年的文件…`);
    const outcome = await engine.search(query, searchOptions(shown + RESULTS_PER_PAGE));
    if (mine !== run) return;
    const kept = new Set(results.slice(0, shown).map((r) => r.id));
    results = [...results.slice(0, shown), ...outcome.results.filter((r) => !kept.has(r.id))];
    unsearched = outcome.unsearched;
    el.status.textContent = describe(query);
    void showCounts();
  }

  async function showMore(focusFirstNew: boolean): Promise<void> {
    if (shown >= results.length && unsearched) await searchOlder();
    const next = results.slice(shown, shown + RESULTS_PER_PAGE);
    // A fragment that fails to load (seen on a busy machine, and on a patchy line) is asked for again a few
    // times, each wait longer; one that does not answer at all is given up after a while, so the list never hangs.
    const load = (r: PagefindResult) =>
      Promise.race([
        (r.data() as Promise<PagefindResultData | null>).catch(() => null),
        wait(FRAGMENT_PATIENCE_MS).then(() => null),
      ]);
    let loaded = await Promise.all(next.map(load));
    for (const pause of [300, 1000, 3000]) {
      if (loaded.every((d) => d)) break;
      await wait(pause);
      loaded = await Promise.all(next.map((r, i) => loaded[i] ?? load(r)));
    }
    const data = loaded.filter((d): d is PagefindResultData => !!d);
    el.list.querySelector('.more-results')?.remove();
    const first = shown;
    for (const d of data) el.list.append(renderResult(d, t2s, el.input.value.trim(), show));
    // A result whose fragment still would not load (a patchy line) is not dropped: it moves behind the ones
    // shown, first in line for the next 显示更多结果, which asks for it again.
    results = [
      ...results.slice(0, first),
      ...next.filter((_r, i) => loaded[i]),
      ...next.filter((_r, i) => !loaded[i]),
      ...results.slice(first + next.length),
    ];
    shown += data.length;
    if (shown < results.length || unsearched) {
      const li = document.createElement('li');
      li.className = 'more-results';
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = ui(
        shown < results.length
          ? `显示更多结果（还有 ${results.length - shown} 条）`
          : `检索更早的文件（${unsearched!.from}—${unsearched!.to} 年）`,
      );
      button.addEventListener('click', () => void showMore(true));
      li.append(button);
      el.list.append(li);
    }
    if (focusFirstNew) el.list.querySelectorAll<HTMLAnchorElement>('.result-title a')[first]?.focus();
  }

  el.form.addEventListener('submit', (event) => {
    event.preventDefault();
    writeUrl();
    void search();
  });
  for (const s of [...el.selects, el.sort]) {
    s.addEventListener('change', () => {
      writeUrl();
      void search();
    });
  }
  el.details.addEventListener('toggle', () => void showCounts());
  // Arrow keys move between result titles; Tab still works as usual.
  el.list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...el.list.querySelectorAll<HTMLAnchorElement>('.result-title a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    links[Math.max(0, Math.min(links.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  });
  window.addEventListener('popstate', () => {
    keepQueryInSwitch();
    readUrl();
    void search();
  });

  keepQueryInSwitch();
  readUrl();
  const display = showInPage(el.form.dataset.index!, engine.characterMap()).then((f) => (show = f));
  engine
    .characterMap()
    .then((map) => (t2s = map))
    .catch(() => undefined)
    .then(() => display)
    .finally(() => void search());
}

function renderResult(d: PagefindResultData, t2s: CharMap, query: string, show: ShowInPage): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'result';
  const h = document.createElement('h2');
  h.className = 'result-title';
  const a = document.createElement('a');
  a.href = inReadersScript(d.url);
  a.textContent = show(d.meta.title ?? d.url, d.meta.script);
  h.append(a);
  const tag = validityTag(d.meta);
  if (tag) h.append(inPageScript(tag, show));
  const info = document.createElement('p');
  info.className = 'result-meta';
  info.textContent = show(metaLine(d.meta), undefined);
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  // Built from our own indexed text; every character is escaped except the <mark> tags.
  excerpt.innerHTML = show(buildExcerpt({ text: d.meta.text ?? '', query, t2s }), d.meta.script);
  const replaced = replacementNote(d.meta);
  li.append(h, info, ...(replaced ? [inPageScript(replaced, show)] : []));
  if (d.meta.attachment && d.meta.file) {
    // A match inside an attachment: say which one, and link the file.
    const att = document.createElement('p');
    att.className = 'result-attachment';
    const link = document.createElement('a');
    link.href = d.meta.file;
    link.textContent = d.meta.attachment;
    att.append('匹配内容在', link);
    li.append(inPageScript(att, show));
  }
  li.append(excerpt);
  return li;
}

/** Every text of a result's note in the page's script (the 繁體 search page shows them in 繁體). */
function inPageScript<T extends HTMLElement>(element: T, show: ShowInPage): T {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    (node as Text).data = show((node as Text).data, undefined);
  return element;
}

/** How long one result's fragment may take before the page shows the others without it. */
const FRAGMENT_PATIENCE_MS = 8000;
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The "没有找到" block (src/components/SearchNextSteps.astro): shown with the
 * query carried over in its links (?q=…), so the 依申请公开 form and the
 * other pages can start from what the reader already typed.
 */
export function showNextSteps(id: string, query: string | null): void {
  const block = document.getElementById(id);
  if (!block) return;
  block.hidden = query === null;
  if (query === null) return;
  for (const a of block.querySelectorAll<HTMLAnchorElement>('a[data-carry-query]')) {
    const url = new URL(a.href, location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    a.href = url.pathname + url.search;
  }
}

/**
 * The 本页目录 of a long page: its second-level headings, read from the
 * page's rendered HTML. A heading without an id gets one (`section-N`), so
 * every h2 on every page can be linked to.
 */
export interface TocEntry {
  id: string;
  text: string;
}

/** More second-level headings than this and the page gets a 本页目录. */
export const TOC_MIN_HEADINGS = 4;

const H2 = /<h2(\s[^>]*)?>([\s\S]*?)<\/h2>/g;
const ID = /\sid="([^"]*)"/;

export function headingsOf(html: string): { html: string; entries: TocEntry[] } {
  const entries: TocEntry[] = [];
  const out = html.replace(H2, (whole, attrs: string | undefined, inner: string) => {
    const text = inner.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
    const existing = attrs?.match(ID)?.[1];
    const id = existing || `section-${entries.length + 1}`;
    entries.push({ id, text });
    return existing ? whole : `<h2 id="${id}"${(attrs ?? '').replace(/\sid=""/, '')}>${inner}</h2>`;
  });
  return { html: out, entries };
}

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
/**
 * Inert markup the page carries but does not show: a 繁體 original's body
 * travels in a <template> for the 繁體 pass (hant/original-body.ts), which
 * must find it byte for byte and whose headings are not this page's.
 */
const TEMPLATE = /(<template\b[\s\S]*?<\/template>)/;
const ID = /\sid="([^"]*)"/;

export function headingsOf(html: string): { html: string; entries: TocEntry[] } {
  const entries: TocEntry[] = [];
  const heading = (whole: string, attrs: string | undefined, inner: string) => {
    const text = inner
      .replace(/<[^>]*>/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    const existing = attrs?.match(ID)?.[1];
    const id = existing || `section-${entries.length + 1}`;
    entries.push({ id, text });
    return existing ? whole : `<h2 id="${id}"${(attrs ?? '').replace(/\sid=""/, '')}>${inner}</h2>`;
  };
  // Odd pieces of the split are templates: left exactly as they are.
  const out = html
    .split(TEMPLATE)
    .map((piece, i) => (i % 2 === 1 ? piece : piece.replace(H2, heading)))
    .join('');
  return { html: out, entries };
}

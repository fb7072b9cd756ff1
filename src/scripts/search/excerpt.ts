/**
 * Excerpts for search results, made in the browser from the text stored with
 * each result and the positions Pagefind reports for the query's terms.
 * Positions count index terms, so the text is tokenized again the same way
 * to find where each hit starts.
 */
import { tokenize, type CharMap } from '../../search/tokenize.ts';

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export interface ExcerptInput {
  /** Title and body text, as indexed (title first, then a newline). */
  text: string;
  /** Positions of matching terms in the indexed term list. */
  locations: readonly number[];
  t2s: CharMap;
  /** Characters of context to show. */
  length?: number;
}

/** HTML with the hits in <mark>; everything else escaped. */
export function buildExcerpt({ text, locations, t2s, length = 90 }: ExcerptInput): string {
  const titleEnd = text.indexOf('\n') + 1;
  const tokens = tokenize(text, t2s);
  const hits = locations
    .map((l) => tokens[l])
    .filter((t): t is NonNullable<typeof t> => t !== undefined && t.start >= titleEnd)
    .sort((a, b) => a.start - b.start);
  const body = text.slice(titleEnd);
  if (hits.length === 0) return escape(body.slice(0, length)) + (body.length > length ? '…' : '');
  // Never start or end the window inside a surrogate pair (characters beyond U+FFFF).
  const isLow = (i: number) => i > 0 && i < text.length && /[\udc00-\udfff]/.test(text[i]!);
  let from = Math.max(titleEnd, hits[0]!.start - Math.floor(length / 4));
  if (isLow(from)) from--;
  let to = Math.min(text.length, from + length);
  if (isLow(to)) to++;
  // Mark whole hit ranges; overlapping pairs (道路, 路运, 运输) merge into one mark.
  const marked = new Array<boolean>(to - from).fill(false);
  for (const hit of hits) {
    for (let i = hit.start; i < hit.start + hit.length && i < to; i++) if (i >= from) marked[i - from] = true;
  }
  let html = from > titleEnd ? '…' : '';
  let open = false;
  for (let i = from; i < to; i++) {
    const m = marked[i - from]!;
    if (m && !open) html += '<mark>';
    if (!m && open) html += '</mark>';
    open = m;
    html += escape(text[i]!);
  }
  if (open) html += '</mark>';
  return html + (to < text.length ? '…' : '');
}

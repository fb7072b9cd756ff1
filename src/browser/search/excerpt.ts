/**
 * Excerpts for search results, made in the browser from the text stored with
 * each result. Hits are found by matching the folded query in the folded
 * text (folding keeps every offset), not from Pagefind's term positions: the
 * index drops a term's later occurrences, so its positions do not count
 * tokens of the stored text. Every <mark> therefore covers text that folds
 * to a part of the query.
 *
 * What is marked, the first level that occurs in the body: the whole query
 * (a 发文字号 as typed), else its space-separated parts, else their Han runs
 * and words of two or more characters, else the character pairs of the runs
 * (the index terms). The window starts just before the first hit.
 */
import { foldText, type CharMap } from '../../utils/search-tokenize.ts';
import { planQuery } from './query-plan.ts';

const escape = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export interface ExcerptInput {
  /** Title and body text, as indexed (title first, then a newline). */
  text: string;
  /** The query as typed. */
  query: string;
  t2s: CharMap;
  /** Characters of context to show. */
  length?: number;
}

/** Candidate strings to mark, strongest level first. */
export function markLevels(query: string, t2s: CharMap): string[][] {
  const plan = planQuery(query, t2s);
  const pairs = plan.pieces.flatMap((p) => {
    const chars = Array.from(p);
    if (!/\p{Script=Han}/u.test(p) || chars.length < 3) return [];
    return chars.slice(0, -1).map((c, i) => c + chars[i + 1]!);
  });
  const levels = [
    [plan.folded.replace(/["“”]/g, '')],
    plan.parts,
    plan.pieces.filter((p) => Array.from(p).length >= 2 || /\p{Script=Han}/u.test(p)),
    pairs,
  ];
  return levels
    .map((l) => [...new Set(l.filter(Boolean))].sort((a, b) => b.length - a.length))
    .filter((l) => l.length > 0);
}

/** Every [start, end) where one of the needles occurs in the haystack. */
function occurrences(haystack: string, needles: readonly string[], from: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const n of needles) {
    for (let i = haystack.indexOf(n, from); i >= 0; i = haystack.indexOf(n, i + 1)) out.push([i, i + n.length]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** HTML with the hits in <mark>; everything else escaped. */
export function buildExcerpt({ text, query, t2s, length = 90 }: ExcerptInput): string {
  const titleEnd = text.indexOf('\n') + 1;
  const body = text.slice(titleEnd);
  const folded = foldText(text, t2s);
  let hits: Array<[number, number]> = [];
  for (const level of markLevels(query, t2s)) {
    hits = occurrences(folded, level, titleEnd);
    if (hits.length) break;
  }
  if (hits.length === 0) return escape(body.slice(0, length)) + (body.length > length ? '…' : '');
  // Never start or end the window inside a surrogate pair (characters beyond U+FFFF).
  const isLow = (i: number) => i > 0 && i < text.length && /[\udc00-\udfff]/.test(text[i]!);
  let from = Math.max(titleEnd, hits[0]![0] - Math.floor(length / 4));
  if (isLow(from)) from--;
  let to = Math.min(text.length, from + length);
  if (isLow(to)) to++;
  const marked = new Array<boolean>(to - from).fill(false);
  for (const [start, end] of hits)
    for (let i = Math.max(start, from); i < Math.min(end, to); i++) marked[i - from] = true;
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

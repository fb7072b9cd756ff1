/**
 * Re-ranking the first results of a query in the browser, from what the
 * portal knows about each document (its fragment's metadata and stored
 * text) and Pagefind's own score. The order, strongest first:
 *   the query is the title (or the 《name》 in it, or its 发文字号);
 *   the whole query is in the title; part of it is;
 *   the whole phrase is in the text (not only its pairs scattered);
 *   the document's kind (政策文件 and 解读 before other 公开 information,
 *   news, site pages and 互动 items); 废止/失效 after 现行有效;
 *   Pagefind's score; then the newer first, then the URL, so the order is
 *   always the same.
 * A record of an attachment shows its document's title but is not that
 * document: title matches count for the document's own record only, so a
 * query naming a document finds the document first and its files after.
 */
import { foldText, type CharMap } from '../../utils/search-tokenize.ts';
import type { QueryPlan } from './query-plan.ts';

export interface RankInput {
  url: string;
  title: string;
  /** Title and stored text, folded. */
  foldedText: string;
  kind?: string | undefined;
  validity?: string | undefined;
  docNo?: string | undefined;
  date?: string | undefined;
  /** Pagefind's score divided by the best score among the candidates (0–1). */
  relativeScore: number;
  /** A record of one of the document's attachments ("附件2：……（PDF）"): it carries its document's title. */
  attachment?: string | undefined;
}

const KIND_WEIGHT: Record<string, number> = {
  policy: 30,
  interpretation: 26,
  disclosure: 15,
  news: 8,
  page: 6,
  interaction: 0,
};
/** Punctuation and spaces do not count when comparing a query with a title. */
const bare = (s: string) => s.replace(/[\s\p{P}\p{S}]/gu, '');

export function relevance(doc: RankInput, plan: QueryPlan, t2s: CharMap, validityFiltered = false): number {
  const title = foldText(doc.title, t2s);
  const q = bare(plan.folded);
  let score = 0;
  const names = doc.attachment ? [] : [...title.matchAll(/《([^》]+)》/g)].map((m) => bare(m[1]!));
  if (!doc.attachment && q && bare(title) === q) score += 1000;
  // 《name》 in the title: the policy it publishes (关于印发《…》的通知) before the 解读 and notices that quote it.
  else if (q && names.includes(q)) score += doc.kind === 'policy' || doc.kind === 'disclosure' ? 800 : 700;
  else if (plan.identifier && doc.docNo && !doc.attachment) score += 1000;
  const inTitle = doc.attachment ? 0 : plan.parts.filter((p) => bare(title).includes(bare(p))).length;
  if (plan.parts.length && inTitle === plan.parts.length) score += 200;
  else if (plan.pieces.length && !doc.attachment)
    score += (60 * plan.pieces.filter((p) => title.includes(p)).length) / plan.pieces.length;
  const body = doc.foldedText;
  if (plan.parts.length && plan.parts.every((p) => body.includes(p))) score += 50;
  score += KIND_WEIGHT[doc.kind ?? ''] ?? 10;
  if (!validityFiltered && (doc.validity === '废止' || doc.validity === '失效')) score -= 40;
  return score + 20 * doc.relativeScore;
}

/** Best first; ties newest first, then by URL. */
export function compareRanked(
  a: { score: number; date?: string | undefined; url: string },
  b: { score: number; date?: string | undefined; url: string },
): number {
  if (a.score !== b.score) return b.score - a.score;
  const da = a.date ?? '';
  const db = b.date ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}

/**
 * Phrase adjacency. The index holds overlapping character pairs, so a
 * query such as 网站审批平台 becomes the terms 网站 审批 平台, and Pagefind
 * returns every record that has all three anywhere. A record really holds
 * the phrase when those terms sit at positions p, p+2, p+4: each record's
 * terms keep their own positions (index-shard.ts), and Pagefind gives the
 * positions of each term in every record it matches (one search per term,
 * over index chunks the query has already loaded), before any fragment is
 * downloaded.
 *
 * The index keeps a term's first three occurrences only; a record where a
 * query term is that frequent may hold the phrase at a dropped occurrence,
 * so it stays as "plausibly adjacent" until its stored text can decide.
 */
import type { PhraseChain, QueryPlan } from './query-plan.ts';

/** Occurrences of a term the index keeps per record (index-shard.ts MAX_OCCURRENCES). */
const KEPT_OCCURRENCES = 3;

/** Positions of each query term in one record. */
export type TermPositions = ReadonlyMap<string, readonly number[]>;

function hasChain(positions: TermPositions, chain: PhraseChain): boolean {
  if (chain.terms.length < 2) return true;
  const sets = chain.terms.map((t) => new Set(positions.get(t) ?? []));
  for (const p of sets[0]!) if (chain.offsets.every((o, i) => sets[i]!.has(p + o))) return true;
  return false;
}

export type Adjacency = 'adjacent' | 'plausible' | 'apart';

/** Judges a record from the positions of the query's terms in it. */
export function adjacency(plan: QueryPlan, positions: TermPositions): Adjacency {
  if (plan.chains.length === 0) return 'adjacent';
  if (plan.chains.every((c) => hasChain(positions, c))) return 'adjacent';
  // The record matched every term, so a term without positions means they are unknown, not absent.
  if (plan.chains.some((c) => c.terms.some((t) => !positions.get(t)?.length))) return 'plausible';
  // A term with fewer positions than the index keeps lost none: if no term of the chains is
  // that frequent, every occurrence is known and the pairs are really apart.
  const frequent = plan.chains.some((c) => c.terms.some((t) => (positions.get(t)?.length ?? 0) >= KEPT_OCCURRENCES));
  return frequent ? 'plausible' : 'apart';
}

/**
 * The final word once a result's stored text is known: the phrase is in the
 * title or the stored text, or the text is the whole record and it is not.
 */
export function confirmedByText(plan: QueryPlan, foldedText: string, wholeRecord: boolean, before: Adjacency): boolean {
  const phrases = [...plan.quoted, ...plan.chains.map((c) => c.text)];
  if (phrases.every((p) => foldedText.includes(p))) return true;
  if (wholeRecord) return false;
  return before !== 'apart';
}

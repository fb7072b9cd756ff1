/**
 * Phrase adjacency. The index holds overlapping character pairs, so a
 * query such as 网站审批平台 becomes the terms 网站 审批 平台, and Pagefind
 * returns every record that has all three anywhere. A record really holds
 * the phrase when those terms sit at positions p, p+2, p+4: each record's
 * terms keep their own positions (index-shard.ts), and Pagefind gives the
 * positions of the matched terms with every result, before its fragment is
 * downloaded.
 *
 * The index keeps a term's first three occurrences only; a record where a
 * query term is that frequent may hold the phrase at a dropped occurrence,
 * so it stays as "plausibly adjacent" until its stored text can decide.
 */
import type { PhraseChain, QueryPlan } from './query-plan.ts';

/** Occurrences of a term the index keeps per record (index-shard.ts MAX_OCCURRENCES). */
const KEPT_OCCURRENCES = 3;

function hasChain(words: ReadonlySet<number>, chain: PhraseChain): boolean {
  if (chain.terms.length < 2) return true;
  for (const p of words) if (chain.offsets.every((o) => words.has(p + o))) return true;
  return false;
}

export type Adjacency = 'adjacent' | 'plausible' | 'apart';

/** Judges a result from the positions of its matched terms (Pagefind's `words`). */
export function adjacency(plan: QueryPlan, words: readonly number[]): Adjacency {
  if (plan.chains.length === 0) return 'adjacent';
  const set = new Set(words);
  if (plan.chains.every((c) => hasChain(set, c))) return 'adjacent';
  // Fewer positions than the terms could fill at the cap: no occurrence was dropped, so the answer is certain.
  const terms = new Set(plan.chains.flatMap((c) => c.terms)).size;
  return words.length >= KEPT_OCCURRENCES * terms ? 'plausible' : 'apart';
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

/**
 * What a query asks for, beyond its index terms: the phrases it contains
 * (after folding), for the adjacency check, the ranking and the highlights.
 *
 * A query is split on spaces into parts; text in double quotes (“…” or "…")
 * is one exact part. Each part is split into Han runs and Latin/digit words;
 * a Han run of three or more characters is a phrase whose index pairs must
 * sit next to each other (see adjacency.ts).
 */
import { foldText, isHanPair, tokenize, type CharMap } from '../../utils/search-tokenize.ts';
import { prepareQuery } from '../../utils/exact-token.ts';

export interface PhraseChain {
  /** The folded run itself. */
  text: string;
  /** The index terms of the run, in order of offset. */
  terms: string[];
  /** Offset (in index positions) of each term from the run's first pair. */
  offsets: number[];
}

export interface QueryPlan {
  /** The folded query as typed, whitespace collapsed (for title equality). */
  folded: string;
  /** Folded parts: every one must occur in a matching text. */
  parts: string[];
  /** Folded Han runs and words of the parts (for highlights when a part is not in the text). */
  pieces: string[];
  /** Runs of three or more Han characters: their pairs must be adjacent. */
  chains: PhraseChain[];
  /** Quoted parts: each must occur exactly (after folding). */
  quoted: string[];
  /** The query is a 发文字号 or 索引号 (one exact identifier word). */
  identifier: boolean;
}

/**
 * Question words people type around what they look for (怎么申请政府信息公开):
 * they are in no document, and a phrase check would reject every page, so
 * they split the query into parts instead.
 */
const QUESTION_WORDS =
  '怎么办|怎么样|怎么|怎样|如何|为什么|为何|什么|哪里|哪些|哪个|谁来|是否|能否|可以吗|有没有|吗|呢|[?？]';
const questionPattern = new WeakMap<CharMap, RegExp>();

/** The query without question words (a space where each was), folded. */
export function searchableQuery(query: string, t2s: CharMap): string {
  // Folded like the query: the fold may merge a question word's characters with others (么/幺).
  let pattern = questionPattern.get(t2s);
  if (!pattern) questionPattern.set(t2s, (pattern = new RegExp(foldText(QUESTION_WORDS, t2s), 'g')));
  return foldText(query, t2s).replace(pattern, ' ').replace(/\s+/g, ' ').trim();
}

const HAN_RUN = /\p{Script=Han}+/gu;
const PIECE = /\p{Script=Han}+|[\p{L}\p{N}]+/gu;
const QUOTED = /["“”]([^"“”]+)["“”]/g;

/** The index terms queryTerms chooses for one Han run (pairs 0, 2, 4 … and the last), with their offsets. */
function chainOf(run: string, t2s: CharMap): PhraseChain {
  const pairs = tokenize(run, t2s).filter((t) => isHanPair(t.term));
  const offsets: number[] = [];
  for (let k = 0; k < pairs.length; k += 2) offsets.push(k);
  if (pairs.length % 2 === 0) offsets.push(pairs.length - 1);
  return { text: run, terms: offsets.map((k) => pairs[k]!.term), offsets };
}

export function planQuery(query: string, t2s: CharMap): QueryPlan {
  const folded = foldText(query.trim(), t2s).replace(/\s+/g, ' ');
  const searchable = searchableQuery(query, t2s);
  const quotedParts = [...searchable.matchAll(QUOTED)].map((m) => m[1]!.trim()).filter(Boolean);
  const rest = searchable.replace(QUOTED, ' ');
  const parts = [...quotedParts, ...rest.split(' ').filter(Boolean)];
  const identifier = /^(wh|sy)[0-9a-z]+$/.test(prepareQuery(folded));
  const pieces = parts.flatMap((p) => p.match(PIECE) ?? []);
  const chains = identifier
    ? []
    : parts
        .flatMap((p) => p.match(HAN_RUN) ?? [])
        .filter((run) => Array.from(run).length >= 3)
        .map((run) => chainOf(run, t2s));
  return { folded, parts, pieces: [...new Set(pieces)], chains, quoted: quotedParts, identifier };
}

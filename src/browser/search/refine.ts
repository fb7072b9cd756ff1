/**
 * What the search does with Pagefind's results before showing them: drops
 * records where a phrase's pairs are apart (adjacency.ts), then re-ranks the
 * first RERANK_WINDOW results from their fragments (rank.ts). Fragments are
 * loaded once: each result's `data` is memoised, so the page reuses them.
 */
import { foldText, type CharMap } from '../../utils/search-tokenize.ts';
import { adjacency, confirmedByText, type TermPositions } from './adjacency.ts';
import { copyResult, type PagefindResult, type PagefindResultData } from './pagefind-types.ts';
import { planQuery } from './query-plan.ts';
import { compareRanked, relevance } from './rank.ts';

/**
 * Results re-ranked from their fragments. Titles weigh more in the index
 * (index-shard.ts TITLE_REPEATS), so the documents the re-rank lifts are
 * already near the top of Pagefind's order; 30 fragments are 15–80 KB.
 */
export const RERANK_WINDOW = 30;
/** Fragments requested together while re-ranking. */
const FRAGMENTS_AT_ONCE = 10;
/** Stored text per record (index-shard.ts EXCERPT_SOURCE_CHARS): a shorter text is the whole record. */
const STORED_TEXT_CHARS = 1500;

function memoise(r: PagefindResult): PagefindResult {
  let data: Promise<PagefindResultData> | undefined;
  // Through `r`, not a reference to its function: `r` must stay reachable (copyResult in pagefind-types.ts).
  const load = () => r.data();
  // A fragment that failed to load (seen on a busy machine, with the service worker in between) is not kept: a later call asks again.
  const get = (): Promise<PagefindResultData> =>
    (data ??= load().then(
      (d) => {
        if (!d) data = undefined;
        return d;
      },
      (error: unknown) => {
        data = undefined;
        throw error;
      },
    ));
  return copyResult(r, { data: get });
}

export interface RefineOptions {
  /** Re-rank by relevance (false: keep the date order). */
  ranked: boolean;
  validityFiltered: boolean;
  /** The results hold only part of the query (a question): no phrase is required. */
  partial?: boolean;
}

/** For each term, the positions of that term in each record (by result id). */
export type PositionsOf = (terms: readonly string[]) => Promise<Map<string, Map<string, number[]>>>;

export async function refineResults(
  results: readonly PagefindResult[],
  query: string,
  t2s: CharMap,
  positionsOf: PositionsOf,
  options: RefineOptions,
): Promise<PagefindResult[]> {
  if (!query.trim()) return [...results];
  const plan = planQuery(query, t2s);
  if (options.partial) plan.chains = [];
  const byTerm = plan.chains.length
    ? await positionsOf([...new Set(plan.chains.flatMap((c) => c.terms))])
    : new Map<string, Map<string, number[]>>();
  const positionsIn = (id: string): TermPositions =>
    new Map([...byTerm].map(([term, ids]) => [term, ids.get(id) ?? []]));
  const judged = results
    .map((r) => ({ r: memoise(r), adjacency: adjacency(plan, positionsIn(r.id)) }))
    .filter((j) => j.adjacency !== 'apart');
  if (!options.ranked) return judged.map((j) => j.r);
  const window = judged.slice(0, RERANK_WINDOW);
  const best = Math.max(1e-9, ...window.map((j) => j.r.score));
  // Fragments load a few at a time, so the first ones can be judged while the rest download. (The nulls once
  // blamed on 30 at once were collected results: copyResult in pagefind-types.ts.)
  const scored: Array<{ keep: boolean; result: PagefindResult; url: string; date: string | undefined; score: number }> =
    [];
  for (let i = 0; i < window.length; i += FRAGMENTS_AT_ONCE) {
    scored.push(
      ...(await Promise.all(
        window.slice(i, i + FRAGMENTS_AT_ONCE).map(async (j) => {
          const d = (await j.r.data().catch(() => null)) as PagefindResultData | null;
          // No fragment: keep the result where Pagefind put it, judged by its positions only.
          if (!d) return { keep: true, result: j.r, url: j.r.id, date: '', score: -1000 + j.r.score / best };
          const stored = d.meta.text ?? '';
          const foldedText = foldText(`${d.meta.title ?? ''}\n${stored}`, t2s);
          const keep = confirmedByText(plan, foldedText, stored.length < STORED_TEXT_CHARS, j.adjacency);
          const doc = {
            url: d.url,
            title: d.meta.title ?? '',
            foldedText,
            kind: d.meta.kind,
            validity: d.meta.validity,
            docNo: d.meta.docNo,
            date: d.meta.date,
            relativeScore: j.r.score / best,
            attachment: d.meta.attachment,
          };
          return {
            keep,
            result: j.r,
            url: d.url,
            date: d.meta.date,
            score: relevance(doc, plan, t2s, options.validityFiltered),
          };
        }),
      )),
    );
  }
  const ranked = scored
    .filter((s) => s.keep)
    .sort(compareRanked)
    .map((s) => s.result);
  return [...ranked, ...judged.slice(RERANK_WINDOW).map((j) => j.r)];
}

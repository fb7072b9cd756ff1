/**
 * The parts of Pagefind's browser API the search uses. In their own module so
 * that the engine (engine.ts) and the re-ranking of its results (refine.ts)
 * share them without importing each other.
 */
export interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  locations: number[];
}
export interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matched terms in the record (before its fragment is loaded). */
  words: number[];
  data: () => Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface PagefindModule {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (url: string, o?: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, o?: Record<string, unknown>) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/**
 * A copy of a Pagefind result with some fields changed, whose `data()` goes
 * through the original result object, keeping it reachable.
 *
 * Why: Pagefind (1.6, searching in its web worker) registers every result
 * object with a FinalizationRegistry and tells the worker to drop that
 * result's data once the object is garbage-collected. A copy that kept only
 * the `data` function let the original be collected; a later `data()` then
 * answered null. On a busy machine, where the collector runs more often,
 * results went missing and 显示更多结果 stopped adding any (CI, 2026-12-07).
 */
export function copyResult(r: PagefindResult, fields: Partial<PagefindResult>): PagefindResult {
  return { ...r, ...fields, data: fields.data ?? (() => r.data()) };
}

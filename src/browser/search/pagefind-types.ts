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

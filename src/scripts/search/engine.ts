/**
 * The browser side of the sharded search index (see src/search/build-search.ts).
 *
 * A query is folded to simplified characters and split into the same terms
 * the index holds; the router says which shards contain every term; only
 * those shards are merged into the Pagefind instance and searched. Shards,
 * router buckets and the character map are fetched once and reused by later
 * queries.
 */
import { bucketFileName, parseRouterBucket, routerBucket } from '../../search/router.ts';
import { parseCharMap } from '../../search/char-map.ts';
import { queryTerms, type CharMap } from '../../search/tokenize.ts';
import { prepareQuery } from '../../utils/exact-token.ts';

export interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  locations: number[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface PagefindModule {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (url: string, o?: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, o?: Record<string, unknown>) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}
interface Manifest {
  version: number;
  routerBuckets: number;
  shards: Array<{ id: string; from: string; to: string; records: number }>;
}

export interface SearchOptions {
  filters?: Record<string, string>;
  sortByDate?: boolean;
}

export interface SearchOutcome {
  results: PagefindResult[];
  /** The index terms the query became (for highlighting). */
  terms: string[];
  /** How many shards were searched, of how many. */
  shardsSearched: number;
  shardsTotal: number;
}

/** Fetches a gzip file and returns its text (the server need not compress anything). */
async function fetchGzipText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: ${response.status}`);
  return new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
}

export class SearchEngine {
  private readonly root: string;
  private manifest?: Promise<Manifest>;
  private charMap?: Promise<CharMap>;
  private pagefind?: Promise<PagefindModule>;
  private readonly buckets = new Map<number, Promise<Map<string, number[] | null>>>();
  private readonly merged = new Set<number>();

  /** @param indexRoot URL of the `search-index/` folder, ending in `/`. */
  constructor(indexRoot: string) {
    this.root = indexRoot;
  }

  /** Starts the small downloads every query needs; safe to call more than once. */
  warmUp(): void {
    this.manifest ??= fetch(`${this.root}manifest.json`).then((r) => r.json() as Promise<Manifest>);
    this.charMap ??= fetchGzipText(`${this.root}t2s.txt.gz`).then(parseCharMap);
    this.pagefind ??= (async () => {
      const module = (await import(/* @vite-ignore */ `${this.root}core/pagefind.js`)) as PagefindModule;
      await module.options({ excerptLength: 0 });
      await module.init();
      return module;
    })();
  }

  /** The traditional → simplified map the index was folded with. */
  characterMap(): Promise<CharMap> {
    this.warmUp();
    return this.charMap!;
  }

  async terms(query: string): Promise<string[]> {
    this.warmUp();
    return queryTerms(prepareQuery(query), await this.charMap!);
  }

  private bucket(n: number): Promise<Map<string, number[] | null>> {
    let bucket = this.buckets.get(n);
    if (!bucket) {
      bucket = fetchGzipText(`${this.root}router/${bucketFileName(n)}`).then(parseRouterBucket);
      this.buckets.set(n, bucket);
    }
    return bucket;
  }

  /** Shards that contain every term (and fall in the chosen year), newest first. */
  async route(terms: readonly string[], year?: string): Promise<number[]> {
    const manifest = await this.manifest!;
    let shards = manifest.shards.map((_s, i) => i);
    if (year) shards = shards.filter((i) => manifest.shards[i]!.from.slice(0, 4) <= year && manifest.shards[i]!.to.slice(0, 4) >= year);
    for (const term of terms) {
      const found = (await this.bucket(routerBucket(term))).get(term);
      if (found === undefined) return [];
      if (found !== null) shards = shards.filter((i) => found.includes(i));
    }
    return shards;
  }

  private async mergeShards(shards: readonly number[]): Promise<PagefindModule> {
    const pagefind = await this.pagefind!;
    const manifest = await this.manifest!;
    for (const i of shards) {
      if (this.merged.has(i)) continue;
      this.merged.add(i);
      await pagefind.mergeIndex(`${this.root}${manifest.shards[i]!.id}/`);
    }
    return pagefind;
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchOutcome> {
    this.warmUp();
    const manifest = await this.manifest!;
    const terms = query.trim() ? await this.terms(query) : [];
    const filters = options.filters ?? {};
    const shards = await this.route(terms, filters['年份']);
    const outcome = { terms, shardsSearched: shards.length, shardsTotal: manifest.shards.length };
    if (shards.length === 0 || (terms.length === 0 && Object.keys(filters).length === 0)) {
      return { ...outcome, results: [] };
    }
    const pagefind = await this.mergeShards(shards);
    const found = await pagefind.search(terms.length ? terms.join(' ') : null, {
      filters,
      ...(options.sortByDate ? { sort: { date: 'desc' } } : {}),
    });
    return { ...outcome, results: found.results };
  }

  /**
   * Counts per filter value. Loading them costs every searched shard's filter
   * index, so the page asks only when the reader opens the filters.
   */
  async filterCounts(query: string, filters: Record<string, string>): Promise<Record<string, Record<string, number>>> {
    this.warmUp();
    const terms = query.trim() ? await this.terms(query) : [];
    const shards = await this.route(terms);
    const pagefind = await this.mergeShards(shards);
    // Loads the filter index of every merged shard (cached after the first time).
    const all = await pagefind.filters();
    if (terms.length === 0 && Object.keys(filters).length === 0) return all;
    return (await pagefind.search(terms.length ? terms.join(' ') : null, { filters })).filters;
  }
}

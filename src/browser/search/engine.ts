/**
 * The browser side of the sharded search index (see src/search/build-search.ts).
 *
 * A query is folded to simplified characters and split into the same terms
 * the index holds; the router says which shards contain every term; only
 * those shards are merged into the Pagefind instance and searched, newest
 * first, stopping once a page of results is found (the reader can go on to
 * older years). Every shard costs the browser its page list (about 11 bytes
 * a document) and one index chunk per term, so a broad query over 100,000
 * documents must not open them all before showing anything. Shards, router
 * buckets and the character map are fetched once and reused by later queries.
 */
import { bucketFileName, parseRouterBucket, routerBucket } from '../../utils/search-router.ts';
import { parseCharMap } from '../../utils/search-char-map.ts';
import { CHAR_MAP_FILE } from '../../utils/search-index-files.ts';
import type { SearchManifest } from '../../utils/search-manifest.ts';
import { foldText, queryTerms, type CharMap } from '../../utils/search-tokenize.ts';
import { prepareQuery } from '../../utils/exact-token.ts';
import { fetchIndexText } from './fetch-text.ts';
import { refineResults } from './refine.ts';
import { searchableQuery } from './query-plan.ts';
import { copyResult, type PagefindModule, type PagefindResult } from './pagefind-types.ts';

export type { PagefindResult, PagefindResultData, PagefindSearch } from './pagefind-types.ts';

/** The filter every record of a merged shard carries: the shard's id. */
const SHARD_FILTER = 'shard';

/** Results shown per page; the page's first search stops once it has this many. */
export const RESULTS_PER_PAGE = 10;
/**
 * Shard data (page lists and index chunks) one step of the search page may
 * download before it shows what it has found: about 5 s on a slow 3G line.
 * A query that would need more offers the rest of the years on request.
 */
export const STEP_BUDGET_BYTES = 700_000;

export interface SearchOptions {
  filters?: Record<string, string>;
  sortByDate?: boolean;
  /**
   * Stop once this many results are found. Shards are searched newest first,
   * so a broad query is answered from the latest years without downloading
   * every year's index; the outcome says which years are still unsearched.
   * Default: search every shard that can match.
   */
  enough?: number;
  /**
   * Stop before opening shards whose estimated download would take this call
   * past so many bytes (the first shard is always opened). Default: no limit.
   */
  budget?: number;
}

export interface YearSpan {
  from: string;
  to: string;
}

export interface SearchOutcome {
  results: PagefindResult[];
  /** The index terms the query became (for highlighting). */
  terms: string[];
  /** How many of the shards that can match were searched. */
  shardsSearched: number;
  shardsTotal: number;
  /** Years of the shards that can match but were not searched yet (older ones), or null when none are left. */
  unsearched: YearSpan | null;
  /** A question that matched nothing as a whole: these results hold most of its words (see partialSearch). */
  partial?: boolean;
}

export class SearchEngine {
  private readonly root: string;
  private manifest?: Promise<SearchManifest>;
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
    this.manifest ??= fetch(`${this.root}manifest.json`).then((r) => r.json() as Promise<SearchManifest>);
    this.charMap ??= fetchIndexText(`${this.root}${CHAR_MAP_FILE}`).then(parseCharMap);
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
    const t2s = await this.charMap!;
    // Folded first, so a 发文字号 typed in 繁體 (示交規〔2025〕2號) is still one exact word.
    // Question words (怎么, 如何) are in no document: they are left out (query-plan.ts).
    return queryTerms(prepareQuery(searchableQuery(query, t2s)), t2s);
  }

  private bucket(n: number): Promise<Map<string, number[] | null>> {
    let bucket = this.buckets.get(n);
    if (!bucket) {
      bucket = this.manifest!.then((m) =>
        fetchIndexText(`${this.root}router/${bucketFileName(n, m.routerBuckets)}`),
      ).then(parseRouterBucket);
      this.buckets.set(n, bucket);
    }
    return bucket;
  }

  /** Shards that contain every term (and fall in the chosen year), newest first. */
  async route(terms: readonly string[], year?: string): Promise<number[]> {
    const manifest = await this.manifest!;
    let shards = manifest.shards.map((_s, i) => i);
    if (year)
      shards = shards.filter(
        (i) => manifest.shards[i]!.from.slice(0, 4) <= year && manifest.shards[i]!.to.slice(0, 4) >= year,
      );
    const found = await Promise.all(
      terms.map(async (term) => (await this.bucket(routerBucket(term, manifest.routerBuckets))).get(term)),
    );
    for (const list of found) {
      if (list === undefined) return [];
      if (list !== null) shards = shards.filter((i) => list.includes(i));
    }
    return shards;
  }

  private async mergeShards(shards: readonly number[]): Promise<PagefindModule> {
    const pagefind = await this.pagefind!;
    const manifest = await this.manifest!;
    for (const i of shards) {
      if (this.merged.has(i)) continue;
      this.merged.add(i);
      // Tags every record of the shard, so one shard's results can be asked for (see search).
      await pagefind.mergeIndex(`${this.root}${manifest.shards[i]!.dir}/`, {
        mergeFilter: { [SHARD_FILTER]: manifest.shards[i]!.id },
      });
    }
    return pagefind;
  }

  /**
   * Searches the shards that can match, newest first, in rounds of 1, 2, 4 …
   * shards, until `enough` results are found, the next shard would overrun
   * the `budget`, or none are left. Shards merged by earlier queries are
   * searched at no cost, so they join the first round.
   */
  async search(query: string, options: SearchOptions = {}): Promise<SearchOutcome> {
    const strict = await this.strictSearch(query, options);
    if (strict.results.length > 0 || options.sortByDate || !(await this.isQuestion(query))) return strict;
    const partial = await this.partialSearch(query, options);
    return partial.results.length ? partial : strict;
  }

  /** Whether the query had question words (怎么申请…): see query-plan.ts. */
  private async isQuestion(query: string): Promise<boolean> {
    const t2s = await this.characterMap();
    return searchableQuery(query, t2s).replace(/\s/g, '') !== foldText(query, t2s).replace(/\s/g, '');
  }

  /**
   * A question in everyday words (出租车不给发票怎么办) often matches no page
   * as a whole. Its terms are then searched one by one in the newest shards
   * that hold any of them (within the budget), and the pages holding at
   * least half of them, and two or more, are ranked as usual.
   */
  async partialSearch(query: string, options: SearchOptions = {}): Promise<SearchOutcome> {
    const manifest = await this.manifest!;
    const terms = await this.terms(query);
    const filters = options.filters ?? {};
    const none: SearchOutcome = {
      results: [],
      terms,
      shardsSearched: 0,
      shardsTotal: 0,
      unsearched: null,
      partial: true,
    };
    if (terms.length < 2) return none;
    const routes = await Promise.all(terms.map((t) => this.route([t], filters['年份'])));
    const candidates = [...new Set(routes.flat())].sort((a, b) => a - b);
    const budget = options.budget ?? Infinity;
    const cost = (i: number) => manifest.shards[i]!.openBytes + terms.length * manifest.shards[i]!.chunkBytes;
    const batch: number[] = [];
    let spent = 0;
    for (const i of candidates) {
      if (!this.merged.has(i) && spent + cost(i) > budget && batch.length > 0) continue;
      if (!this.merged.has(i)) spent += cost(i);
      batch.push(i);
    }
    const pagefind = await this.mergeShards(batch);
    const hits = new Map<string, { result: PagefindResult; count: number; score: number }>();
    for (const term of terms) {
      for (const r of (await pagefind.search(term, { filters })).results) {
        const hit = hits.get(r.id) ?? { result: r, count: 0, score: 0 };
        hit.count++;
        hit.score += r.score;
        hits.set(r.id, hit);
      }
    }
    const needed = Math.max(2, Math.ceil(terms.length / 2));
    const results = [...hits.values()]
      .filter((h) => h.count >= needed)
      .sort((a, b) => b.count - a.count || b.score - a.score || (a.result.id < b.result.id ? -1 : 1))
      .map((h) => copyResult(h.result, { score: h.count + h.score / 1000 }));
    const t2s = await this.charMap!;
    const refined = await refineResults(results, query, t2s, async () => new Map(), {
      ranked: true,
      validityFiltered: '有效性' in filters,
      partial: true,
    });
    const pending = candidates.filter((i) => !batch.includes(i));
    return {
      ...none,
      results: refined,
      shardsSearched: batch.length,
      shardsTotal: candidates.length,
      unsearched: pending.length ? yearSpan(pending.map((i) => manifest.shards[i]!)) : null,
    };
  }

  private async strictSearch(query: string, options: SearchOptions): Promise<SearchOutcome> {
    this.warmUp();
    const manifest = await this.manifest!;
    const terms = query.trim() ? await this.terms(query) : [];
    const filters = options.filters ?? {};
    const candidates = await this.route(terms, filters['年份']);
    const outcome = (results: PagefindResult[], pending: number[]): SearchOutcome => ({
      results,
      terms,
      shardsSearched: candidates.length - pending.length,
      shardsTotal: candidates.length,
      unsearched: pending.length ? yearSpan(pending.map((i) => manifest.shards[i]!)) : null,
    });
    if (candidates.length === 0 || (terms.length === 0 && Object.keys(filters).length === 0)) return outcome([], []);
    const enough = options.enough ?? Infinity;
    const budget = options.budget ?? Infinity;
    const text = terms.length ? terms.join(' ') : null;
    const byShard = new Map<number, PagefindResult[]>();
    const cost = (i: number) =>
      manifest.shards[i]!.openBytes + Math.max(1, terms.length) * manifest.shards[i]!.chunkBytes;
    let spent = 0;
    let pending = candidates.filter((i) => !this.merged.has(i));
    let round = pending.length === candidates.length ? 1 : 0;
    for (;;) {
      const batch: number[] = [];
      for (const i of pending.slice(0, round)) {
        if (spent + cost(i) > budget && (spent > 0 || batch.length > 0)) break;
        spent += cost(i);
        batch.push(i);
      }
      const pagefind = await this.mergeShards(batch);
      pending = pending.slice(batch.length);
      let results: PagefindResult[];
      if (options.sortByDate) {
        // Pagefind orders the results of merged indexes by score even when
        // sorting, which mixes the shards' date orders. Shards are date
        // ranges that do not overlap, newest first, so each shard's sorted
        // results one after another are the date order.
        for (const i of candidates) {
          if (!this.merged.has(i) || byShard.has(i)) continue;
          const only = { ...filters, [SHARD_FILTER]: manifest.shards[i]!.id };
          byShard.set(i, (await pagefind.search(text, { filters: only, sort: { date: 'desc' } })).results);
        }
        results = candidates.flatMap((i) => byShard.get(i) ?? []);
      } else {
        results = (await pagefind.search(text, { filters })).results;
      }
      const spentAll = batch.length < round;
      if (results.length >= enough || pending.length === 0 || spentAll) {
        const t2s = await this.charMap!;
        // Each term alone, over the chunks the query loaded: where it sits in each record (adjacency.ts).
        // One after another: Pagefind's searches share its loaded index and are not run side by side.
        const positionsOf = async (wanted: readonly string[]) => {
          const byTerm = new Map<string, Map<string, number[]>>();
          for (const term of wanted)
            byTerm.set(term, new Map((await pagefind.search(term, { filters })).results.map((r) => [r.id, r.words])));
          return byTerm;
        };
        const refined = await refineResults(results, query, t2s, positionsOf, {
          ranked: !options.sortByDate,
          validityFiltered: '有效性' in filters,
        });
        return outcome(refined, pending);
      }
      round = Math.max(1, round * 2);
    }
  }

  /**
   * Counts per filter value over the shards searched so far. Loading them
   * costs every searched shard's filter index, so the page asks only when
   * the reader opens the filters.
   */
  async filterCounts(query: string, filters: Record<string, string>): Promise<Record<string, Record<string, number>>> {
    this.warmUp();
    const terms = query.trim() ? await this.terms(query) : [];
    const pagefind = await this.pagefind!;
    // Loads the filter index of every merged shard (cached after the first time).
    const all = await pagefind.filters();
    if (terms.length === 0 && Object.keys(filters).length === 0) return all;
    return (await pagefind.search(terms.length ? terms.join(' ') : null, { filters })).filters;
  }
}

/** The span of years of some shards (each has its own date range). */
function yearSpan(shards: ReadonlyArray<{ from: string; to: string }>): YearSpan {
  return {
    from: shards.map((s) => s.from.slice(0, 4)).reduce((a, b) => (a < b ? a : b)),
    to: shards.map((s) => s.to.slice(0, 4)).reduce((a, b) => (a > b ? a : b)),
  };
}

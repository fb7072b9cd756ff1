/**
 * The shard router: for every indexed term, which shards contain it. The
 * search page reads only the router buckets of the query's terms and then
 * searches only the shards that contain all of them, so a query for a rare
 * word or a 发文字号 never downloads the other shards' metadata.
 *
 * Terms are spread over a fixed number of buckets by a hash of the term;
 * a bucket is gzip-compressed text, one `term<TAB>shards` line per term,
 * where shards is `*` (all) or comma-separated shard numbers.
 */

export const ROUTER_BUCKETS = 256;

/** FNV-1a over UTF-16 units: the same bucket in Node and the browser. */
export function routerBucket(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % ROUTER_BUCKETS;
}

export function bucketFileName(bucket: number): string {
  return `r${bucket.toString(16).padStart(2, '0')}.txt.gz`;
}

/** Builds bucket texts from each shard's term list (shard number = array index). */
export function buildRouterBuckets(termsPerShard: ReadonlyArray<Iterable<string>>): string[] {
  const shardsOf = new Map<string, number[]>();
  termsPerShard.forEach((terms, shard) => {
    for (const term of terms) {
      const list = shardsOf.get(term);
      if (list) list.push(shard);
      else shardsOf.set(term, [shard]);
    }
  });
  const buckets: string[][] = Array.from({ length: ROUTER_BUCKETS }, () => []);
  const all = termsPerShard.length;
  for (const [term, shards] of shardsOf) {
    buckets[routerBucket(term)]!.push(`${term}\t${shards.length === all ? '*' : shards.join(',')}`);
  }
  return buckets.map((lines) => lines.sort().join('\n'));
}

/** Parses one bucket's text into term → shard numbers (`null` meaning all shards). */
export function parseRouterBucket(text: string): Map<string, number[] | null> {
  const map = new Map<string, number[] | null>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const shards = line.slice(tab + 1);
    map.set(line.slice(0, tab), shards === '*' ? null : shards.split(',').map(Number));
  }
  return map;
}

/**
 * The shard router: for every indexed term, which shards contain it. The
 * search page reads only the router buckets of the query's terms and then
 * searches only the shards that contain all of them, so a query for a rare
 * word or a 发文字号 never downloads the other shards' metadata.
 *
 * Terms are spread over a fixed number of buckets by a hash of the term;
 * a bucket is gzip-compressed text, one `term<TAB>shards` line per term,
 * where shards is `*` (all), comma-separated shard numbers, or, when that
 * is shorter, `~` and a bit mask six shards a character: a common term in
 * 40 of 46 shards costs 9 characters instead of over 100.
 */
import { COMPRESSED_EXT } from './search-index-files.ts';

/** The default bucket count (the hash is defined for any count). */
export const ROUTER_BUCKETS = 256;
/**
 * Terms per bucket the build aims at: a query downloads one bucket per term,
 * so buckets are kept near a kilobyte compressed whatever the site's size
 * (256 buckets at 100,000 documents were 8 KB each).
 */
const TERMS_PER_BUCKET = 128;

/** A power of two between 16 and 4,096 that puts about TERMS_PER_BUCKET terms in a bucket. */
export function bucketCountFor(terms: number): number {
  return Math.min(4096, Math.max(16, 2 ** Math.ceil(Math.log2(Math.max(1, terms / TERMS_PER_BUCKET)))));
}

/** FNV-1a over UTF-16 units: the same bucket in Node and the browser. */
export function routerBucket(term: string, buckets: number = ROUTER_BUCKETS): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % buckets;
}

export function bucketFileName(bucket: number, buckets: number = ROUTER_BUCKETS): string {
  return `r${bucket.toString(16).padStart(Math.max(2, (buckets - 1).toString(16).length), '0')}${COMPRESSED_EXT}`;
}

const MASK = '~';
const MASK_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function encodeMask(shards: readonly number[]): string {
  const digits = new Array<number>(Math.floor(Math.max(...shards) / 6) + 1).fill(0);
  for (const s of shards) digits[Math.floor(s / 6)]! |= 1 << (s % 6);
  return MASK + digits.map((d) => MASK_DIGITS[d]).join('');
}

function decodeMask(text: string): number[] {
  const shards: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const d = MASK_DIGITS.indexOf(text[i]!);
    for (let bit = 0; bit < 6; bit++) if (d & (1 << bit)) shards.push((i - 1) * 6 + bit);
  }
  return shards;
}

/** A term's shards as written in a bucket: `*`, a list or a mask, whichever is shortest. */
function encodeShards(shards: readonly number[], all: number): string {
  if (shards.length === all) return '*';
  const list = shards.join(',');
  const mask = encodeMask(shards);
  return mask.length < list.length ? mask : list;
}

/**
 * Builds bucket texts from each shard's term list (shard number = array
 * index); the bucket count is the array's length (by default chosen from the
 * number of terms).
 */
export function buildRouterBuckets(termsPerShard: ReadonlyArray<Iterable<string>>, bucketCount?: number): string[] {
  const shardsOf = new Map<string, number[]>();
  termsPerShard.forEach((terms, shard) => {
    for (const term of terms) {
      const list = shardsOf.get(term);
      if (list) list.push(shard);
      else shardsOf.set(term, [shard]);
    }
  });
  const count = bucketCount ?? bucketCountFor(shardsOf.size);
  const buckets: string[][] = Array.from({ length: count }, () => []);
  const all = termsPerShard.length;
  for (const [term, shards] of shardsOf) {
    buckets[routerBucket(term, count)]!.push(`${term}\t${encodeShards(shards, all)}`);
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
    map.set(
      line.slice(0, tab),
      shards === '*' ? null : shards.startsWith(MASK) ? decodeMask(shards) : shards.split(',').map(Number),
    );
  }
  return map;
}

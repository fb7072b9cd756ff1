/**
 * The shard router: a term's bucket is a fixed hash, the same in Node and the
 * browser, and a bucket's text reads back as term → shards.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketFileName, buildRouterBuckets, parseRouterBucket, ROUTER_BUCKETS, routerBucket } from '../../src/search/router.ts';
import { encodeHan } from '../../src/search/tokenize.ts';

/** Reads every bucket back into one map, checking each term sits in its own bucket. */
function readAll(buckets: readonly string[]): Map<string, number[] | null> {
  const all = new Map<string, number[] | null>();
  buckets.forEach((text, bucket) => {
    for (const [term, shards] of parseRouterBucket(text)) {
      expect(routerBucket(term)).toBe(bucket);
      expect(all.has(term)).toBe(false);
      all.set(term, shards);
    }
  });
  return all;
}

describe('routerBucket', () => {
  it('is 32-bit FNV-1a modulo the bucket count', () => {
    expect(ROUTER_BUCKETS).toBe(256);
    // Published FNV-1a test vectors: "" → 0x811c9dc5, "a" → 0xe40c292c, "foobar" → 0xbf9cf968.
    expect(routerBucket('')).toBe(0xc5);
    expect(routerBucket('a')).toBe(0x2c);
    expect(routerBucket('foobar')).toBe(0x68);
  });

  it('is deterministic and in range', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (term) => {
        const b = routerBucket(term);
        expect(Number.isInteger(b)).toBe(true);
        expect(b).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThan(ROUTER_BUCKETS);
        expect(routerBucket(term)).toBe(b);
      }),
    );
  });

  it('spreads terms evenly over the buckets', () => {
    const counts = new Array<number>(ROUTER_BUCKETS).fill(0);
    // Every pair of 200 characters, encoded as the index writes them.
    const chars = Array.from({ length: 200 }, (_, i) => String.fromCodePoint(0x4e00 + i * 97));
    const pairs = chars.flatMap((a) => chars.map((b) => encodeHan(a + b)));
    for (const term of pairs) counts[routerBucket(term)]!++;
    const mean = pairs.length / ROUTER_BUCKETS;
    expect(Math.min(...counts)).toBeGreaterThan(mean * 0.7);
    expect(Math.max(...counts)).toBeLessThan(mean * 1.3);
    // Chi-squared with 255 degrees of freedom: about 255 ± 23 when uniform.
    const chi2 = counts.reduce((sum, c) => sum + (c - mean) ** 2 / mean, 0);
    expect(chi2).toBeLessThan(350);
    // Latin words reach every bucket too.
    const words = new Set(Array.from({ length: 5000 }, (_, i) => routerBucket(`word${i}`)));
    expect(words.size).toBe(ROUTER_BUCKETS);
  });
});

describe('buildRouterBuckets / parseRouterBucket', () => {
  const shardTerms = [
    new Set(['everywhere', 'zero-two', 'zero-only', encodeHan('道路')]),
    new Set(['everywhere', 'one-two', encodeHan('道路')]),
    new Set(['everywhere', 'zero-two', 'one-two', encodeHan('道路'), 'two-only']),
  ];
  const buckets = buildRouterBuckets(shardTerms);
  const routed = readAll(buckets);

  it('writes one text per bucket', () => {
    expect(buckets).toHaveLength(ROUTER_BUCKETS);
    expect(routed.size).toBe(6);
  });

  it('says "all shards" (null) for a term in every shard', () => {
    expect(routed.get('everywhere')).toBeNull();
    expect(routed.get(encodeHan('道路'))).toBeNull();
    expect(buckets[routerBucket('everywhere')]!.split('\n')).toContain('everywhere\t*');
  });

  it('lists the shards, in order, for a term in some of them', () => {
    expect(routed.get('zero-two')).toEqual([0, 2]);
    expect(routed.get('one-two')).toEqual([1, 2]);
    expect(routed.get('zero-only')).toEqual([0]);
    expect(routed.get('two-only')).toEqual([2]);
    expect(buckets[routerBucket('zero-two')]!.split('\n')).toContain('zero-two\t0,2');
  });

  it('knows nothing of a term in no shard', () => {
    expect(routed.get('nowhere')).toBeUndefined();
    expect(parseRouterBucket(buckets[routerBucket('nowhere')]!).get('nowhere')).toBeUndefined();
  });

  it('sorts the lines of each bucket', () => {
    const many = buildRouterBuckets([Array.from({ length: 2000 }, (_, i) => `t${i}`), ['t1', 't7']]);
    for (const text of many) {
      const lines = text.split('\n').filter(Boolean);
      expect(lines).toEqual([...lines].sort());
    }
    const back = readAll(many);
    expect(back.size).toBe(2000);
    expect(back.get('t1')).toBeNull();
    expect(back.get('t2')).toEqual([0]);
  });

  it('round-trips any term lists', () => {
    const term = fc.stringMatching(/^[0-9a-z]{1,12}$/);
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(term, { maxLength: 30 }), { minLength: 1, maxLength: 6 }), (lists) => {
        const back = readAll(buildRouterBuckets(lists));
        const every = new Set(lists.flat());
        expect(back.size).toBe(every.size);
        for (const t of every) {
          const expected = lists.flatMap((l, i) => (l.includes(t) ? [i] : []));
          expect(back.get(t)).toEqual(expected.length === lists.length ? null : expected);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('reads an empty bucket as empty', () => {
    expect(parseRouterBucket('').size).toBe(0);
    expect(buildRouterBuckets([])).toEqual(new Array<string>(ROUTER_BUCKETS).fill(''));
  });
});

describe('bucketFileName', () => {
  it('names a bucket by two hex digits', () => {
    expect(bucketFileName(0)).toBe('r00.txt.gz');
    expect(bucketFileName(10)).toBe('r0a.txt.gz');
    expect(bucketFileName(255)).toBe('rff.txt.gz');
    const names = new Set(Array.from({ length: ROUTER_BUCKETS }, (_, i) => bucketFileName(i)));
    expect(names.size).toBe(ROUTER_BUCKETS);
    for (const name of names) expect(name).toMatch(/^r[0-9a-f]{2}\.txt\.gz$/);
  });
});

/**
 * The shard router: a term's bucket is a fixed hash, the same in Node and the
 * browser, and a bucket's text reads back as term → shards.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bucketCountFor,
  bucketFileName,
  buildRouterBuckets,
  parseRouterBucket,
  ROUTER_BUCKETS,
  routerBucket,
} from '../../src/utils/search-router.ts';
import { encodeHan } from '../../src/utils/search-tokenize.ts';

/** Reads every bucket back into one map, checking each term sits in its own bucket. */
function readAll(buckets: readonly string[]): Map<string, number[] | null> {
  const all = new Map<string, number[] | null>();
  buckets.forEach((text, bucket) => {
    for (const [term, shards] of parseRouterBucket(text)) {
      expect(routerBucket(term, buckets.length)).toBe(bucket);
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

  it('writes one text per bucket, as many buckets as the terms need', () => {
    expect(buckets).toHaveLength(16);
    expect(bucketCountFor(0)).toBe(16);
    expect(bucketCountFor(2_000)).toBe(16);
    expect(bucketCountFor(250_000)).toBe(2048);
    expect(bucketCountFor(10_000_000)).toBe(4096);
    expect(buildRouterBuckets(shardTerms, 256)).toHaveLength(256);
    expect(routed.size).toBe(6);
  });

  it('says "all shards" (null) for a term in every shard', () => {
    expect(routed.get('everywhere')).toBeNull();
    expect(routed.get(encodeHan('道路'))).toBeNull();
    expect(buckets[routerBucket('everywhere', buckets.length)]!.split('\n')).toContain('everywhere\t*');
  });

  it('lists the shards, in order, for a term in some of them', () => {
    expect(routed.get('zero-two')).toEqual([0, 2]);
    expect(routed.get('one-two')).toEqual([1, 2]);
    expect(routed.get('zero-only')).toEqual([0]);
    expect(routed.get('two-only')).toEqual([2]);
    // Shards 0 and 2 as a mask (bits 1 + 4 = 5 → "F") are shorter than "0,2"; one shard stays a number.
    expect(buckets[routerBucket('zero-two', buckets.length)]!.split('\n')).toContain('zero-two\t~F');
    expect(buckets[routerBucket('two-only', buckets.length)]!.split('\n')).toContain('two-only\t2');
  });

  it('knows nothing of a term in no shard', () => {
    expect(routed.get('nowhere')).toBeUndefined();
    expect(parseRouterBucket(buckets[routerBucket('nowhere', buckets.length)]!).get('nowhere')).toBeUndefined();
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

  it('writes a bit mask where it is shorter than the list of many shards', () => {
    const lists = Array.from({ length: 46 }, (_, i) =>
      i === 3 ? ['rare'] : i % 7 === 0 ? ['rare', 'common'] : ['common'],
    );
    const buckets = buildRouterBuckets(lists);
    const line = buckets[routerBucket('common', buckets.length)]!.split('\n').find((l) => l.startsWith('common\t'))!;
    expect(line).toMatch(/^common\t~[A-Za-z0-9_-]{8}$/);
    const back = readAll(buckets);
    expect(back.get('common')).toEqual(Array.from({ length: 46 }, (_, i) => i).filter((i) => i !== 3));
    expect(back.get('rare')).toEqual([0, 3, 7, 14, 21, 28, 35, 42]);
  });

  it('round-trips any shard sets, lists or masks', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 99 }), { minLength: 1, maxLength: 99 }), (shards) => {
        const sorted = [...shards].sort((a, b) => a - b);
        const lists = Array.from({ length: 100 }, (_, i) => (sorted.includes(i) ? ['t'] : ['other']));
        expect(readAll(buildRouterBuckets(lists)).get('t')).toEqual(sorted);
      }),
      { numRuns: 100 },
    );
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
    expect(buildRouterBuckets([])).toEqual(new Array<string>(16).fill(''));
  });
});

describe('bucketFileName', () => {
  it('names a bucket by two hex digits', () => {
    expect(bucketFileName(0)).toBe('r00.gkz');
    expect(bucketFileName(10)).toBe('r0a.gkz');
    expect(bucketFileName(255)).toBe('rff.gkz');
    const names = new Set(Array.from({ length: ROUTER_BUCKETS }, (_, i) => bucketFileName(i)));
    expect(names.size).toBe(ROUTER_BUCKETS);
    for (const name of names) expect(name).toMatch(/^r[0-9a-f]{2}\.gkz$/);
  });

  it('uses as many hex digits as the largest bucket needs', () => {
    expect(bucketFileName(5, 16)).toBe('r05.gkz');
    expect(bucketFileName(5, 2048)).toBe('r005.gkz');
    expect(bucketFileName(2047, 2048)).toBe('r7ff.gkz');
  });
});

/**
 * One collator for the sitemap's sort (src/integrations/sitemap-sort.ts):
 * while it is in place, `localeCompare` must answer exactly as the engine's
 * own does, for the sitemap's arguments and for any others.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheCollators, restoreLocaleCompare, sitemapSort } from '../../src/integrations/sitemap-sort.ts';

// The engine's own, taken before the module could replace it: the oracle.
const engine = String.prototype.localeCompare;
const sign = (n: number) => Math.sign(n);

afterEach(() => restoreLocaleCompare());

/** URL-like text: letters, digits (numeric collation), CJK, punctuation. */
const urlText = fc
  .array(fc.constantFrom(...'abcXYZ0123456789/-_.政务公开甲乙'.split(''), '2025', '10', '9', '/xxgk/'), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''));

describe('the sitemap sort with one collator', () => {
  it('compares as the engine does, with the sitemap’s arguments', () => {
    cacheCollators();
    fc.assert(
      fc.property(urlText, urlText, (a, b) => {
        expect(sign(a.localeCompare(b, 'en', { numeric: true }))).toBe(
          sign(engine.call(a, b, 'en', { numeric: true })),
        );
        expect(sign(a.localeCompare(b, 'zh', { numeric: false }))).toBe(
          sign(engine.call(a, b, 'zh', { numeric: false })),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('sorts a site’s addresses into the same order', () => {
    const urls = Array.from(
      { length: 3000 },
      (_, i) =>
        `https://example.gov.cn/xxgk/11990000MB0000001X-${2015 + (i % 12)}-${String((i * 7919) % 3001).padStart(5, '0')}/`,
    ).concat(['https://example.gov.cn/', 'https://example.gov.cn/zh-hant/', 'https://example.gov.cn/xwzx/p10/']);
    const expected = [...urls].sort((a, b) => engine.call(a, b, 'en', { numeric: true }));
    cacheCollators();
    expect([...urls].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))).toEqual(expected);
  });

  it('leaves every other call to the engine, and is taken away after the sitemap', () => {
    const { before, after } = sitemapSort();
    (before.hooks['astro:build:done'] as () => void)();
    expect(String.prototype.localeCompare).not.toBe(engine);
    expect('x'.localeCompare('y')).toBe(engine.call('x', 'y'));
    for (const [a, b] of [
      ['a', 'B'],
      ['é', 'e'],
      ['甲', '乙'],
    ]) {
      expect(a!.localeCompare(b!, 'en', { sensitivity: 'base' })).toBe(
        engine.call(a!, b!, 'en', { sensitivity: 'base' }),
      );
      expect(a!.localeCompare(b!, ['en'], { numeric: true })).toBe(engine.call(a!, b!, ['en'], { numeric: true }));
    }
    (after.hooks['astro:build:done'] as () => void)();
    expect(String.prototype.localeCompare).toBe(engine);
  });
});

/**
 * Marks in search excerpts cover text that folds to the query, wherever the
 * index dropped a term's later occurrences. The regression test rebuilds
 * what the old excerpt code did (Pagefind's positions, counted in the
 * index's capped term list, mapped onto the uncapped tokens of the text) and
 * shows its marks landing on the wrong characters; the property test checks
 * the new excerpts over generated documents with heavily repeated terms.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCharMap } from '../../src/utils/search-char-map.ts';
import { FILLER_TERM, recordContent } from '../../src/search/index-shard.ts';
import { foldText, queryTerms, tokenize } from '../../src/utils/search-tokenize.ts';
import { buildExcerpt } from '../../src/browser/search/excerpt.ts';

const t2s = buildCharMap();
const marks = (html: string) => [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]!);
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The old capped term list (first three occurrences kept, the rest removed) and its positions of the query's terms. */
function oldCappedLocations(text: string, query: string): number[] {
  const seen = new Map<string, number>();
  const capped = tokenize(text, t2s)
    .map((t) => t.term)
    .filter((t) => {
      const n = (seen.get(t) ?? 0) + 1;
      seen.set(t, n);
      return n <= 3;
    });
  const wanted = new Set(queryTerms(query, t2s));
  return capped.flatMap((t, i) => (wanted.has(t) ? [i] : []));
}

describe('marks after repeated terms', () => {
  // A body where 日 and 20 repeat more than three times before the real hit.
  const text = `通知\n${'20日，'.repeat(5)}完成整改。本办法适用于道路运输经营活动。`;

  it('reproduces the drift of positions counted in the capped term list', () => {
    const tokens = tokenize(text, t2s);
    const drifted = oldCappedLocations(text, '道路运输').map((l) => tokens[l]!);
    const oldMarks = drifted.map((t) => text.slice(t.start, t.start + t.length));
    // The old code marked whatever the capped positions pointed at in the uncapped tokens.
    expect(oldMarks.some((m) => !foldText(m, t2s).includes('道路') && !foldText(m, t2s).includes('运输'))).toBe(true);
  });

  it('marks the real hit now', () => {
    const html = buildExcerpt({ text, query: '道路运输', t2s });
    expect(marks(html)).toEqual(['道路运输']);
  });

  it("keeps each term's first three occurrences, and a phrase's pairs at their offsets", () => {
    const terms = tokenize(text, t2s).map((t) => t.term);
    const words = recordContent(terms, [], []).split(' ');
    expect(words.filter((w) => w !== FILLER_TERM)).toEqual(
      terms.filter((t, i) => terms.slice(0, i).filter((x) => x === t).length < 3),
    );
    const [road, transport] = queryTerms('道路运输', t2s);
    const at = words.indexOf(road!);
    expect(words[at + 2]).toBe(transport);
  });
});

const VOCAB = [
  '道路',
  '运输',
  '信用',
  '修复',
  '網約車',
  '网约车',
  '答覆',
  '答复',
  '日',
  '20',
  '、',
  '。',
  '示交规〔2025〕3号',
  'ETC',
  '臺',
  '后',
];

describe('property: every mark folds to a query part, and a hit in the text is shown', () => {
  it('holds for generated documents with heavily repeated terms', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 200 }),
        fc.constantFrom('道路运输', '信用修复', '网约车', '答覆', '示交规〔2025〕3号', '日', 'etc', '台', '後'),
        (words, query) => {
          const text = `标题\n${words.join('')}`;
          const html = buildExcerpt({ text, query, t2s, length: 60 });
          const q = foldText(query, t2s).toLowerCase();
          for (const m of marks(html)) {
            const f = foldText(unescape(m), t2s);
            // A mark is the query, or a run/pair of it (a mark may merge adjacent hits of it).
            expect(q.includes(f) || f.includes(q) || [...f].every((c) => q.includes(c)), `${m} for ${query}`).toBe(
              true,
            );
          }
          const body = foldText(text.slice(text.indexOf('\n') + 1), t2s);
          if (body.includes(q)) expect(marks(html).length, `${query} in ${text}`).toBeGreaterThan(0);
        },
      ),
      { numRuns: 400 },
    );
  });
});

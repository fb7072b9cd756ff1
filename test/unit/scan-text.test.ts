/**
 * The text the personal-data gate reads (src/utils/scan-text.ts): what a
 * reader sees, with disguises undone; and the promise that the site search
 * can never find, as one word, a number the gate did not see.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../src/search/plain-text.ts';
import { foldText, tokenize } from '../../src/utils/search-tokenize.ts';
import { findPersonalData } from '../../src/checks/personal-data.ts';
import { scanText } from '../../src/utils/scan-text.ts';

describe('scanText', () => {
  it('undoes full-width digits, entities, zero-width characters, emphasis, escapes and inline tags', () => {
    expect(scanText('１３８１２３４５６７８')).toBe('13812345678');
    expect(scanText('&#49;&#x33;8&nbsp;1234')).toBe('138 1234');
    expect(scanText('138\u200b1234\u2060\u00ad5678\ufeff')).toBe('13812345678');
    expect(scanText('**138**_1234_~~5678~~ `x`')).toBe('13812345678 x');
    expect(scanText('138\\-1234')).toBe('138-1234');
    expect(scanText('٣٨ ३८ 𝟑𝟖 ①')).toBe('38 38 38 1');
  });

  it('keeps what markup hides on lines of its own: link targets, comments and tags', () => {
    expect(scanText('[联系我们](tel:13812345678)。')).toBe('联系我们。\ntel:13812345678');
    expect(scanText('<b>138</b>1234<!-- 139 -->5678<p>9')).toBe('13812345678\n9\n<!-- 139 -->\n<b>\n</b>\n<p>');
  });
});

// Pieces of numbers and of markup: random strings of them hold disguised numbers often.
const NUMBER_PIECES = [
  '13812345678',
  '138',
  '1234',
  '5678',
  '110105',
  '19491231',
  '002X',
  '6222',
  '0212',
  '3456',
  '7894',
  '１',
  '３',
  '８',
];
const OTHER_PIECES = [
  ...'0123456789',
  ' ',
  '-',
  '.',
  '*',
  '_',
  '`',
  '~',
  '\\',
  '|',
  '#',
  'a',
  'X',
  '汉',
  '(',
  ')',
  '[',
  ']',
  '<b>',
  '</b>',
  '<p>',
  '<!--',
  '-->',
  '](x)',
  '&#49;',
  '&#8203;',
  '&nbsp;',
  '&amp;',
  '\u200b',
  '\u00ad',
  '\u3000',
];
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NUMBER_PIECES) },
  { weight: 2, arbitrary: fc.constantFrom(...OTHER_PIECES) },
);

describe('the gate sees every number the search index holds as a word', () => {
  it('finds, in any line, each number that the index text of that line has as one word', () => {
    let numbers = 0;
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 16 }).map((a) => a.join('')),
        (line) => {
          const indexText = foldText(markdownToText(line));
          const gate = findPersonalData(line).map((f) => `${f.kind} ${f.masked}`);
          for (const token of tokenize(indexText)) {
            const word = indexText.slice(token.start, token.start + token.length);
            if (!/^\d+x?$/i.test(word)) continue;
            // Digits joined to more digits by a hyphen or dot (2026-13812345678-01) are a longer code, not a number.
            const before = indexText.slice(Math.max(0, token.start - 2), token.start);
            const after = indexText.slice(token.start + token.length);
            if (/\d[-.]$/.test(before) || /^[-.]\d/.test(after) || /^\s*元/.test(after)) continue;
            for (const f of findPersonalData(word)) {
              numbers++;
              expect(
                gate.map((g) => g.toUpperCase()),
                `${JSON.stringify(line)} → index word ${word}`,
              ).toContain(`${f.kind} ${f.masked}`.toUpperCase());
            }
          }
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 5000), seed: Number(process.env.FUZZ_SEED ?? 1607) },
    );
    // The property is only worth something if the strings held numbers.
    expect(numbers).toBeGreaterThan(100);
  });
});

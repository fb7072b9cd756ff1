/**
 * The search tokenizer: folding, tokens with offsets into the original text,
 * the encoded Han terms and the query terms. The recall guarantee — every
 * term of a Chinese query is a term of any text that contains the query — is
 * checked as a property over random texts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCharMap } from '../../src/utils/search-char-map.ts';
import {
  encodeHan,
  foldText,
  HAN_PREFIX,
  isHanPair,
  queryTerms,
  tokenize,
  tokenTerms,
  type Token,
} from '../../src/utils/search-tokenize.ts';

const t2s = buildCharMap();
const HAN = /\p{Script=Han}/u;

/** Decodes an encoded Han term back to its characters (the inverse of encodeHan). */
function decodeHan(term: string): string {
  expect(term.startsWith(HAN_PREFIX)).toBe(true);
  const digits = term.slice(HAN_PREFIX.length);
  expect(digits.length % 4).toBe(0);
  let out = '';
  for (let i = 0; i < digits.length; i += 4) out += String.fromCodePoint(parseInt(digits.slice(i, i + 4), 36) + 0x2e00);
  return out;
}

/** Each token as [term, the original characters it covers]. */
const withSlices = (text: string, tokens: readonly Token[]) =>
  tokens.map((t) => [t.term, text.slice(t.start, t.start + t.length)]);

describe('foldText', () => {
  it('keeps the length of the text', () => {
    const samples = ['ＡＢＣ１２３', 'İstanbul', 'ǅ', '國資裡', '𠀀𠀁a', 'ẞ Σ K', '\uD800x\uDC00'];
    for (const s of samples) expect(foldText(s, t2s).length).toBe(s.length);
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        (s) => foldText(s, t2s).length === s.length && foldText(s).length === s.length,
      ),
    );
  });

  it('folds full-width ASCII to half-width and lower case', () => {
    expect(foldText('ＡＢＣ１２３ａ！（）')).toBe('abc123a!()');
    expect(foldText('GB/T 2025 Straße ÀÉ')).toBe('gb/t 2025 straße àé');
    expect(foldText('，；：')).toBe(',;:');
    // Other compatibility forms fold too where the length stays the same (ideographic space, half-width katakana, radicals).
    expect(foldText('。、「」\u3000ｰ～')).toBe('。、「」 ー~');
    expect(foldText('⼈民')).toBe('人民');
  });

  it('keeps a character whose lower case would change the length', () => {
    // 'İ'.toLowerCase() is two UTF-16 units.
    expect('İ'.toLowerCase().length).toBe(2);
    expect(foldText('İ')).toBe('İ');
  });

  it('applies the character map only when one is given', () => {
    expect(foldText('依申請公開國資裡', t2s)).toBe('依申请公开国资里');
    expect(foldText('依申請公開')).toBe('依申請公開');
    expect(foldText('行政许可', t2s)).toBe('行政许可');
    const custom = new Map([['甲', '乙']]);
    expect(foldText('甲丙', custom)).toBe('乙丙');
  });

  it('ignores map entries that would change the length', () => {
    const bad = new Map([
      ['甲', '乙乙'],
      ['丙', '𠀀'],
    ]);
    expect(foldText('甲丙', bad)).toBe('甲丙');
  });
});

describe('encodeHan and isHanPair', () => {
  it('writes each character as four base-36 digits after the prefix', () => {
    // 江 = U+6C5F; 0x6C5F − 0x2E00 = 15967 = 0cbj in base 36.
    expect(encodeHan('江')).toBe('cj0cbj');
    expect(encodeHan('江枢')).toBe(`cj0cbj${(0x67a2 - 0x2e00).toString(36).padStart(4, '0')}`);
    expect(encodeHan('〇')).toBe('cj00ef');
    expect(encodeHan('𠀀')).toMatch(/^cj[0-9a-z]{4}$/);
    for (const s of ['江枢', '道路', '𠀀𠀁', '国〇', '𪚥']) expect(decodeHan(encodeHan(s))).toBe(s);
  });

  it('round-trips any Han characters', () => {
    const han = fc
      .oneof(fc.integer({ min: 0x3400, max: 0x9fff }), fc.integer({ min: 0x20000, max: 0x3134a }))
      .map((cp) => String.fromCodePoint(cp))
      .filter((c) => HAN.test(c));
    fc.assert(
      fc.property(han, han, (a, b) => {
        const term = encodeHan(a + b);
        expect(term).toMatch(/^cj[0-9a-z]{8}$/);
        expect(decodeHan(term)).toBe(a + b);
        expect(isHanPair(term)).toBe(true);
        expect(isHanPair(encodeHan(a))).toBe(false);
      }),
    );
  });

  it('tells pairs from single characters and ordinary words', () => {
    expect(isHanPair(encodeHan('道路'))).toBe(true);
    expect(isHanPair(encodeHan('道'))).toBe(false);
    expect(isHanPair('road')).toBe(false);
    expect(isHanPair('abcdefghij')).toBe(false);
    expect(isHanPair('cj0bxb')).toBe(false);
  });

  // below U+3000 — CJK radicals and Kangxi radicals such as ⼈ (U+2F08), common
  // in text copied from PDFs — get a negative offset, written with a "-".
  it('writes only base-36 digits even for Han radicals below U+3000', () => {
    expect(HAN.test('⼈')).toBe(true);
    expect(encodeHan('⼈')).toMatch(/^cj[0-9a-z]{4}$/);
  });
});

describe('tokenize', () => {
  it('splits mixed text into Latin/digit words and Han pairs with one tail per run', () => {
    const text = 'GB/T 2025年依申請公開、第３號𠀀𠀁!';
    const tokens = tokenize(text, t2s);
    expect(withSlices(text, tokens)).toEqual([
      ['gb', 'GB'],
      ['t', 'T'],
      ['2025', '2025'],
      [encodeHan('年依'), '年依'],
      [encodeHan('依申'), '依申'],
      [encodeHan('申请'), '申請'],
      [encodeHan('请公'), '請公'],
      [encodeHan('公开'), '公開'],
      [encodeHan('开'), '開'],
      [encodeHan('第'), '第'],
      ['3', '３'],
      [encodeHan('号𠀀'), '號𠀀'],
      [encodeHan('𠀀𠀁'), '𠀀𠀁'],
      [encodeHan('𠀁'), '𠀁'],
    ]);
    // The astral characters take two UTF-16 units each.
    expect(tokens.at(-2)).toEqual({ term: encodeHan('𠀀𠀁'), start: text.indexOf('𠀀'), length: 4 });
    expect(tokens.at(-1)).toEqual({ term: encodeHan('𠀁'), start: text.indexOf('𠀁'), length: 2 });
  });

  it('gives a one-character run only its tail, and skips punctuation and spaces', () => {
    expect(tokenize('路')).toEqual([{ term: encodeHan('路'), start: 0, length: 1 }]);
    expect(tokenize('，。 !?——《》')).toEqual([]);
    expect(tokenize('')).toEqual([]);
    expect(withSlices('（道 路）', tokenize('（道 路）'))).toEqual([
      [encodeHan('道'), '道'],
      [encodeHan('路'), '路'],
    ]);
  });

  it('folds traditional text so it gives the simplified terms, with offsets into the original', () => {
    const traditional = '關於《道路運輸條例》的說明';
    const simplified = '关于《道路运输条例》的说明';
    const a = tokenize(traditional, t2s);
    const b = tokenize(simplified, t2s);
    expect(a).toEqual(b);
    for (const t of a) expect(encodeHan(foldText(traditional.slice(t.start, t.start + t.length), t2s))).toBe(t.term);
    expect(withSlices(traditional, a).map(([, s]) => s)).toEqual([
      '關於',
      '於',
      '道路',
      '路運',
      '運輸',
      '輸條',
      '條例',
      '例',
      '的說',
      '說明',
      '明',
    ]);
  });

  it('never throws, and every token lies inside the text and matches its characters', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 6 }),
      // 🄀: an astral character whose NFKC form is two characters ("0."), found by this property.
      fc.constantFrom('道路', '運輸', '𠀀', '𪚥', 'ＡＢ', 'İ', '，', ' ', '\n', '〇', '々', 'x1', '🄀'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), fc.boolean(), (pieces, useMap) => {
        const text = pieces.join('');
        const map = useMap ? t2s : undefined;
        const tokens = tokenize(text, map);
        let previous = -1;
        for (const t of tokens) {
          expect(t.length).toBeGreaterThan(0);
          expect(t.start).toBeGreaterThan(previous);
          expect(t.start + t.length).toBeLessThanOrEqual(text.length);
          previous = t.start;
          const folded = foldText(text.slice(t.start, t.start + t.length), map);
          if (HAN.test(folded)) {
            // A pair or a run's last character, nothing else.
            expect(folded).toMatch(/^\p{Script=Han}{1,2}$/u);
            expect(t.term).toBe(encodeHan(folded));
          } else {
            expect(folded).toMatch(/^[\p{L}\p{N}]+$/u);
            expect(t.term).toBe(folded);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('tokenTerms', () => {
  it('gives the terms of tokenize, in order, for any text (Han runs, astral characters, words, full-width)', () => {
    const piece = fc.oneof(
      fc.constantFrom(...'发文字号江枢、审批行政許可 ＡＢＣ１２３𠀀𠀁⿰氵工①cj'),
      fc.string({ unit: 'binary', maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(tokenTerms(text, t2s)).toEqual(tokenize(text, t2s).map((t) => t.term));
        // Each pair is the two characters' codes, as encodeHan writes it.
        for (const t of tokenize(text, t2s)) {
          if (isHanPair(t.term)) expect(t.term).toBe(encodeHan(foldText(text.slice(t.start, t.start + t.length), t2s)));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('queryTerms', () => {
  it('keeps a single character as one term', () => {
    expect(queryTerms('路', t2s)).toEqual([encodeHan('路')]);
    expect(queryTerms('運', t2s)).toEqual([encodeHan('运')]);
  });

  it('covers a run with as few pairs as it takes', () => {
    expect(queryTerms('道路', t2s)).toEqual([encodeHan('道路')]);
    expect(queryTerms('许可证', t2s)).toEqual([encodeHan('许可'), encodeHan('可证')]);
    expect(queryTerms('道路运输', t2s)).toEqual([encodeHan('道路'), encodeHan('运输')]);
    expect(queryTerms('依申请公开', t2s)).toEqual([encodeHan('依申'), encodeHan('请公'), encodeHan('公开')]);
    expect(queryTerms('政府信息公开', t2s)).toEqual([encodeHan('政府'), encodeHan('信息'), encodeHan('公开')]);
  });

  it('handles several runs and Latin words in one query', () => {
    expect(queryTerms('2025年 道路运输 GB', t2s)).toEqual([
      '2025',
      encodeHan('年'),
      encodeHan('道路'),
      encodeHan('运输'),
      'gb',
    ]);
    expect(queryTerms('  ，。 ', t2s)).toEqual([]);
  });

  it.each([
    ['依申請公開', '依申请公开'],
    ['行政許可', '行政许可'],
    ['道路運輸', '道路运输'],
    ['國務院辦公廳', '国务院办公厅'],
  ])('finds the same terms for %s and %s', (traditional, simplified) => {
    expect(queryTerms(traditional, t2s)).toEqual(queryTerms(simplified, t2s));
    expect(queryTerms(traditional, t2s).length).toBeGreaterThan(0);
  });

  it('removes duplicates', () => {
    expect(queryTerms('道路道路', t2s)).toEqual([encodeHan('道路')]);
    expect(queryTerms('道路 道路 路', t2s)).toEqual([encodeHan('道路'), encodeHan('路')]);
    expect(queryTerms('GB gb ＧＢ', t2s)).toEqual(['gb']);
  });

  // sends 麼 → 么 but also 么 → 幺, so 什麼 and 什么 fold to different text.
  it('finds the same terms for 什麼 and 什么', () => {
    expect(queryTerms('什麼', t2s)).toEqual(queryTerms('什么', t2s));
  });

  it('recall: every term of a Chinese query is a term of any text containing it', () => {
    const hanChar = fc
      .oneof(
        fc.integer({ min: 0x4e00, max: 0x9fff }),
        fc.integer({ min: 0x3400, max: 0x4dbf }),
        fc.integer({ min: 0x20000, max: 0x2a6df }),
        fc.constantFrom(...Array.from('國資裡著乾後麼么〇道路運输', (c) => c.codePointAt(0)!)),
      )
      .map((cp) => String.fromCodePoint(cp))
      .filter((c) => HAN.test(c));
    const query = fc.array(hanChar, { minLength: 2, maxLength: 8 }).map((cs) => cs.join(''));
    const context = fc
      .array(
        fc.oneof(hanChar, fc.string({ unit: 'binary', maxLength: 3 }), fc.constantFrom(' ', '，', 'Ａ', 'a', '1')),
        { maxLength: 8 },
      )
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(query, context, context, fc.boolean(), (s, before, after, useMap) => {
        const map = useMap ? t2s : undefined;
        const textTerms = new Set(tokenize(before + s + after, map).map((t) => t.term));
        const terms = queryTerms(s, map);
        expect(terms.length).toBeGreaterThan(0);
        for (const term of terms) {
          expect(isHanPair(term)).toBe(true);
          expect(textTerms.has(term)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

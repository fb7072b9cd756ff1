/** 发文字号 rules (GB/T 9704-2012 §7.2.5). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDocNumber, normaliseDocNumber, parseDocNumber } from '../../src/utils/doc-number.ts';

const BRACKETS = '年份应使用六角括号〔〕，不能用 [] () （） 【】 ﹝﹞，例如 示交规〔2024〕3号';
const SHAPE = '应写作 机关代字〔年份〕序号号，例如 示交规〔2024〕3号';
const YEAR = '年份应为四位数字，例如〔2024〕';
const LEADING_ZERO = '序号不能以0开头，例如 3号 而不是 03号';

/** One to six common CJK ideographs (none of them 〔 〕 or a digit). */
const agencyCode = fc.string({
  unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)),
  minLength: 1,
  maxLength: 6,
});
const year = fc.integer({ min: 1900, max: 2100 });
const serial = fc.integer({ min: 1, max: 1_000_000 });

describe('checkDocNumber', () => {
  it.each([
    '示交规〔2024〕3号',
    '国发〔2025〕1号',
    '示交运〔2024〕17号',
    '示交办函〔2023〕1024号',
    '  示交规〔2024〕3号  ',
  ])('accepts %s', (value) => {
    expect(checkDocNumber(value)).toBeNull();
  });

  it.each([
    ['示交规[2024]3号', BRACKETS],
    ['示交规(2024)3号', BRACKETS],
    ['示交规（2024）3号', BRACKETS],
    ['示交规【2024】3号', BRACKETS],
    ['示交规﹝2024﹞3号', BRACKETS],
    ['示交规［2024］3号', BRACKETS],
    ['示交规〔2024〕03号', LEADING_ZERO],
    ['示交规〔2024〕0号', LEADING_ZERO],
    ['示交规〔24〕3号', YEAR],
    ['示交规〔02024〕3号', YEAR],
    ['示交规〔2024〕3', SHAPE],
    ['〔2024〕3号', SHAPE],
    ['示交规2024年3号', SHAPE],
    ['示交规〔2024〕第3号', SHAPE],
    ['示交规〔2024]3号', SHAPE],
    ['', '不能为空；没有发文字号时请删除此字段'],
    ['   ', '不能为空；没有发文字号时请删除此字段'],
  ])('rejects %j', (value, problem) => {
    expect(checkDocNumber(value)).toBe(problem);
  });

  it('accepts every 机关代字〔year〕serial号 and parses it back (property)', () => {
    fc.assert(
      fc.property(agencyCode, year, serial, (code, y, n) => {
        const value = `${code}〔${y}〕${n}号`;
        expect(checkDocNumber(value)).toBeNull();
        expect(parseDocNumber(value)).toEqual({ agencyCode: code, year: y, serial: n });
        expect(normaliseDocNumber(value)).toBe(value);
      }),
    );
  });

  it('never throws and returns null or a message for any string (property)', () => {
    // Random text (ASCII and any code point), and text made of the characters the rules look at.
    const anyCodePoints = fc.string({
      unit: fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
    });
    const relevant = fc.string({
      unit: fc.constantFrom('〔', '〕', '[', ']', '（', '）', '0', '2', '4', '3', '号', '示', ' ', '\n'),
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), anyCodePoints, relevant), (value) => {
        const result = checkDocNumber(value);
        return result === null || (typeof result === 'string' && result.length > 0);
      }),
    );
  });

  it('rejects a serial with leading zeros for any valid number (property)', () => {
    fc.assert(
      fc.property(agencyCode, year, serial, fc.integer({ min: 1, max: 3 }), (code, y, n, zeros) => {
        expect(checkDocNumber(`${code}〔${y}〕${'0'.repeat(zeros)}${n}号`)).toBe(LEADING_ZERO);
      }),
    );
  });

  it('rejects wrong brackets for any valid number, and normalising fixes them (property)', () => {
    const pairs = fc.constantFrom(['[', ']'], ['(', ')'], ['（', '）'], ['【', '】'], ['﹝', '﹞'], ['［', '］']);
    fc.assert(
      fc.property(agencyCode, year, serial, pairs, (code, y, n, [open, close]) => {
        const typed = `${code}${open}${y}${close}${n}号`;
        expect(checkDocNumber(typed)).toBe(BRACKETS);
        const fixed = normaliseDocNumber(typed);
        expect(fixed).toBe(`${code}〔${y}〕${n}号`);
        expect(checkDocNumber(fixed)).toBeNull();
      }),
    );
  });
});

describe('parseDocNumber', () => {
  it('splits a number into its parts', () => {
    expect(parseDocNumber('示交规〔2024〕3号')).toEqual({ agencyCode: '示交规', year: 2024, serial: 3 });
    expect(parseDocNumber(' 国办发〔2019〕120号 ')).toEqual({ agencyCode: '国办发', year: 2019, serial: 120 });
  });

  it('returns null for numbers it cannot read', () => {
    expect(parseDocNumber('示交规[2024]3号')).toBeNull();
    expect(parseDocNumber('示交规〔24〕3号')).toBeNull();
    expect(parseDocNumber('〔2024〕3号')).toBeNull();
    expect(parseDocNumber('示交规〔2024〕3')).toBeNull();
    expect(parseDocNumber('')).toBeNull();
  });
});

describe('normaliseDocNumber', () => {
  it.each([
    ['示交规[2024]3号', '示交规〔2024〕3号'],
    ['示交规（2024）3号', '示交规〔2024〕3号'],
    ['示交规(2024)3号', '示交规〔2024〕3号'],
    ['示交规【2024】3号', '示交规〔2024〕3号'],
    ['示交规﹝2024﹞3号', '示交规〔2024〕3号'],
    ['示交规［2024］3号', '示交规〔2024〕3号'],
    ['示交规 [ 2024 ] 3 号', '示交规〔2024〕3号'],
    ['  示交规〔2024〕3号 ', '示交规〔2024〕3号'],
  ])('%j → %j', (input, output) => {
    expect(normaliseDocNumber(input)).toBe(output);
  });

  it('leaves brackets around something other than a four-digit year alone', () => {
    expect(normaliseDocNumber('示交规（试行）〔2024〕3号')).toBe('示交规（试行）〔2024〕3号');
    expect(normaliseDocNumber('示交规[24]3号')).toBe('示交规[24]3号');
  });
});

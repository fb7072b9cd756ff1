/**
 * Finds personal data in text that is about to be published: 居民身份证号码
 * (with a valid birth date and check digit), mobile numbers and bank card
 * numbers (16–19 digits passing the Luhn check). Digits that are part of a
 * longer run of digits or letters are not taken apart, so 索引号, 发文字号,
 * dates, office phone numbers (0371-…), postcodes and 统一社会信用代码 do not
 * match. Found numbers are only ever shown masked.
 */
import { isCreditCode, isResidentIdNumber } from './id-codes.ts';

export type PersonalDataKind = '身份证号' | '手机号码' | '银行卡号';

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** The number as written, masked: 1101**********1234, 138****5678, 6222***********0123. */
  masked: string;
  /** Where in the text it starts. */
  index: number;
}

/** Luhn check (ISO/IEC 7812), the check digit of bank card numbers. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Keeps `head` and `tail` characters, masks the rest with *. */
export function mask(value: string, head: number, tail: number): string {
  const chars = value.replace(/[\s-]/g, '');
  return chars.slice(0, head) + '*'.repeat(Math.max(0, chars.length - head - tail)) + chars.slice(chars.length - tail);
}

// A run of 15–19 digits (an 18-character ID may end in X), not part of a longer run of digits or letters.
const DIGIT_RUN = /(?<![0-9A-Za-z])\d{15,19}[Xx]?(?![0-9A-Za-z])/g;
// A card number written in groups of four: 6222 0212 3456 7890 123.
const GROUPED_CARD = /(?<![\d-])\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?(?![\d-])/g;
// A mobile number: 1[3-9] and nine digits, optionally 3-4-4 with spaces or hyphens, optionally +86;
// not an amount of money (13800000000 元).
const MOBILE = /(?<![\d\-+])(?:\+86[ -]?)?1[3-9]\d([ -]?)\d{4}\1\d{4}(?!\d|\s*(?:元|万|亿|美元))/g;

/** 18 digits with a real birth date where a 身份证号 has it: a (mistyped) ID, not a card. */
function isIdShaped(digits: string): boolean {
  if (digits.length !== 18) return false;
  const [y, m, d] = [Number(digits.slice(6, 10)), Number(digits.slice(10, 12)), Number(digits.slice(12, 14))];
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/**
 * Whether a bare run of digits is a card number: 16–19 digits starting as
 * card numbers do (3 American Express/JCB, 4 Visa, 5 Mastercard, 6
 * UnionPay, 9 domestic cards), passing Luhn, not ID-shaped, not a credit code.
 */
function isCardNumber(digits: string): boolean {
  return digits.length >= 16 && digits.length <= 19 && /^[3-69]/.test(digits) && passesLuhn(digits) && !isIdShaped(digits) && !isCreditCode(digits);
}

/** Every piece of personal data in `text`, in order of position. */
export function findPersonalData(text: string): PersonalDataFinding[] {
  // Cheap test first: most lines have no run of 11 digits at all.
  if (!/\d{4}/.test(text)) return [];
  const found: PersonalDataFinding[] = [];
  const taken: [number, number][] = [];
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);
  for (const m of text.matchAll(DIGIT_RUN)) {
    const run = m[0];
    if (run.length === 18 && isResidentIdNumber(run)) found.push({ kind: '身份证号', masked: mask(run, 4, 4), index: m.index });
    else if (/^\d+$/.test(run) && isCardNumber(run)) found.push({ kind: '银行卡号', masked: mask(run, 4, 4), index: m.index });
    else continue;
    taken.push([m.index, m.index + run.length]);
  }
  for (const m of text.matchAll(GROUPED_CARD)) {
    const digits = m[0].replace(/[ -]/g, '');
    if (overlaps(m.index, m.index + m[0].length) || !isCardNumber(digits)) continue;
    found.push({ kind: '银行卡号', masked: mask(digits, 4, 4), index: m.index });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(MOBILE)) {
    if (overlaps(m.index, m.index + m[0].length)) continue;
    const digits = m[0].replace(/^\+86[ -]?/, '');
    found.push({ kind: '手机号码', masked: mask(digits, 3, 4), index: m.index });
  }
  return found.sort((a, b) => a.index - b.index);
}

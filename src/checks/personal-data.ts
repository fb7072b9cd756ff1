/**
 * Finds personal data in text that is about to be published: 居民身份证号码
 * (with a valid birth date and check digit), mobile numbers (an allocated
 * 1xx prefix) and bank card numbers (16–19 digits passing the Luhn check).
 *
 * It reads the text as a reader sees it (scan-text.ts: full-width digits,
 * entities, zero-width characters and Markdown emphasis undone), and a
 * number may be written in groups: 138 1234 5678, 138-1234-5678,
 * 110105 19491231 002X, 6222 0212 3456 7890. Digits that are part of a
 * longer code (letters or digits right beside them, or groups joined by a
 * hyphen or dot: 2026-13812345678-01) are not taken apart, so 索引号,
 * 发文字号, dates, office phone numbers (0371-…), postcodes and 统一社会信用代码
 * do not match. Found numbers are only ever shown masked.
 */
import { markdownToText } from '../search/plain-text.ts';
import { foldText } from '../utils/search-tokenize.ts';
import { isCreditCode, isResidentIdNumber } from '../utils/id-codes.ts';
import { scanText } from '../utils/scan-text.ts';

export type PersonalDataKind = '身份证号' | '手机号码' | '银行卡号';

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** The number's digits, masked: 1101**********1234, 138****5678, 6222***********0123. */
  masked: string;
  /** Where in the normalised text (scanText) it starts. */
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
  const chars = value.replace(/[\s.\-\u2010-\u2015\u2212]/g, '');
  return chars.slice(0, head) + '*'.repeat(Math.max(0, chars.length - head - tail)) + chars.slice(chars.length - tail);
}

// Between two groups of a number: a space, a dot, or a dash (hyphen, en or em dash, minus) with at most a space either side.
const SEP = String.raw`(?:[ \t]?[-\u2010-\u2015\u2212][ \t]?|[ \t]|\.)`;
// A run of digit groups (an 18-character ID may end in X), not part of a longer run of digits or letters.
const CHAIN = new RegExp(String.raw`(?<![0-9A-Za-z])\d+(?:${SEP}\d+)*(?:[Xx])?(?![0-9A-Za-z])`, 'g');
const GROUP = /\d+/g;
// +86 or 0086 before a mobile number: not part of the number.
const COUNTRY_CODE = /(?<![0-9A-Za-z])(?:\+|00)86(?:[ \t]?-[ \t]?|[ \t])?(?=1\d)/g;
// An amount of money, not a number to call: 13800000000 元.
const AMOUNT_AFTER = /^\s*(?:元|万|亿|美元|千元)/;
// Mobile prefixes allocated by the MIIT numbering plan (data-only 140–144 excepted).
const MOBILE_PREFIX = /^1(?:3\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\d|9[0-35-9])/;

/** 18 digits with a real birth date where a 身份证号 has it: a (mistyped) ID, not a card. */
function isIdShaped(digits: string): boolean {
  if (digits.length !== 18) return false;
  const [y, m, d] = [Number(digits.slice(6, 10)), Number(digits.slice(10, 12)), Number(digits.slice(12, 14))];
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/**
 * Whether 16–19 digits are a card number: starting as card numbers do (3
 * American Express/JCB, 4 Visa, 5 Mastercard, 6 UnionPay, 9 domestic
 * cards), passing Luhn, not ID-shaped, not a credit code.
 */
function isCardNumber(digits: string): boolean {
  return (
    digits.length >= 16 &&
    digits.length <= 19 &&
    /^[3-69]/.test(digits) &&
    passesLuhn(digits) &&
    !isIdShaped(digits) &&
    !isCreditCode(digits)
  );
}

/** Card numbers are written whole, in fours (6222 0212 3456 7890 123) or as 6 + the rest (622202 1234567894). */
const cardLayout = (lengths: number[]) =>
  lengths.length === 1 || lengths.slice(0, -1).every((n) => n === 4) || (lengths.length === 2 && lengths[0] === 6);

interface Group {
  digits: string;
  start: number;
  /** What joins it to the next group ('' for the last). */
  after: string;
}

/** A group joined to its neighbour by a bare hyphen or dot (2026-13812345678-01) belongs to one longer code with it; ` - ` only separates. */
const glued = (sep: string) => sep.length === 1 && sep !== ' ' && sep !== '\t';

/**
 * The ways people group a mobile number (138 1234 5678, 138 12345678,
 * 1381234 5678, 1381 234 5678, 1381 2345 678). Other groupings of eleven
 * digits are columns of figures (a table row read as text: 147 87770 801).
 */
const MOBILE_LAYOUTS = new Set(['11', '3,4,4', '3,8', '7,4', '4,3,4', '4,4,3']);
const mobileLayout = (lengths: number[]) => MOBILE_LAYOUTS.has(lengths.join(','));

/** What the digits of groups i..j are, if anything. */
function classify(groups: Group[], i: number, j: number, endsInX: boolean, rest: string): PersonalDataKind | undefined {
  const digits = groups
    .slice(i, j + 1)
    .map((g) => g.digits)
    .join('');
  const x = endsInX && j === groups.length - 1;
  if (digits.length + (x ? 1 : 0) === 18 && isResidentIdNumber(x ? `${digits}X` : digits)) return '身份证号';
  if (x) return undefined;
  // Two groups joined by a dot are a decimal number (1.3812345678), not a disguise.
  if (j === i + 1 && groups[i]!.after === '.') return undefined;
  const lengths = groups.slice(i, j + 1).map((g) => g.digits.length);
  // The first 16 digits of a longer card number written in fours are not a card number of their own.
  const longer =
    j + 1 < groups.length &&
    cardLayout([...lengths, groups[j + 1]!.digits.length]) &&
    digits.length + groups[j + 1]!.digits.length <= 19;
  if (cardLayout(lengths) && !longer && isCardNumber(digits)) return '银行卡号';
  const seps = new Set(groups.slice(i, j).map((g) => g.after));
  if (
    digits.length === 11 &&
    MOBILE_PREFIX.test(digits) &&
    seps.size <= 1 &&
    mobileLayout(lengths) &&
    !(j === groups.length - 1 && AMOUNT_AFTER.test(rest))
  )
    return '手机号码';
  return undefined;
}

// A word of the search index that is all digits (an ID may end in X).
// Han characters are words of their own there (utils/search-tokenize.ts), so 13812345678汉 holds the word 13812345678.
const NON_HAN_WORD_CHAR = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{N}])`;
const INDEX_WORD = new RegExp(String.raw`(?<!${NON_HAN_WORD_CHAR})\d{11,19}[Xx]?(?!${NON_HAN_WORD_CHAR})`, 'gu');
const DIGITISH = /[0-9\uFF10-\uFF19&]/g;
// What NFKC makes digits of, besides 0–9 and ０–９: other numerals (①, ¹, ٣, 𝟏) and the CJK compatibility symbols (㏠ → 1日).
const UNUSUAL = /(?![0-9\uFF10-\uFF19])\p{N}|[\u3200-\u33FF]/u;
const READINGS_DIFFER = /[\p{Cf}&<\\]/u;
const GLUED_BEFORE = /\d[-.\u2010-\u2015\u2212]$/;
const GLUED_AFTER = /^[-.\u2010-\u2015\u2212]\d/;

/**
 * Every piece of personal data in `raw`, in order of position: in the text
 * a reader sees (scanText), and in each word the search index makes of it
 * (search/plain-text.ts, utils/search-tokenize.ts), which keeps a few characters apart
 * that a reader does not see (a soft hyphen), so the search can never find
 * a number the gate did not report.
 */
export function findPersonalData(raw: string): PersonalDataFinding[] {
  // Cheap test first: fewer than 11 digits (or entities) and nothing that normalises into digits.
  if ((raw.match(DIGITISH)?.length ?? 0) < 11 && !UNUSUAL.test(raw)) return [];
  const scanned = scanText(raw);
  const found = findInText(scanned);
  // The two readings part only where the reader's drops a character the index keeps as a break between words:
  // a format character (soft hyphen …), an entity, a tag, a backslash.
  const indexText = scanned !== raw && READINGS_DIFFER.test(raw) ? foldText(markdownToText(raw)) : '';
  for (const m of /\d{11}/.test(indexText) ? indexText.matchAll(INDEX_WORD) : []) {
    // The characters around a word tell a longer code (2026-…-01) or an amount (… 元) from a number.
    const after = indexText.slice(m.index + m[0].length, m.index + m[0].length + 5);
    if (GLUED_BEFORE.test(indexText.slice(Math.max(0, m.index - 2), m.index)) || GLUED_AFTER.test(after)) continue;
    found.push(...findInText(AMOUNT_AFTER.test(after) ? `${m[0]} 元` : m[0]).map((f) => ({ ...f, index: m.index })));
  }
  // The same number twice (in a link's text and its target, or in both readings) is one finding.
  const seen = new Set<string>();
  return found.filter((f) => {
    const key = f.kind + f.masked.toUpperCase();
    return !seen.has(key) && seen.add(key);
  });
}

function findInText(scanned: string): PersonalDataFinding[] {
  const text = scanned.replace(COUNTRY_CODE, (m) => ' '.repeat(m.length));
  // Cheap test first: most lines hold no run of digits long enough.
  if (!/\d{3}/.test(text)) return [];
  const found: PersonalDataFinding[] = [];
  for (const m of text.matchAll(CHAIN)) {
    const chain = m[0];
    const groups: Group[] = [];
    for (const g of chain.matchAll(GROUP)) {
      const previous = groups.at(-1);
      if (previous) previous.after = chain.slice(previous.start - m.index + previous.digits.length, g.index);
      groups.push({ digits: g[0], start: m.index + g.index, after: '' });
    }
    const endsInX = /[Xx]$/.test(chain);
    const rest = text.slice(m.index + chain.length, m.index + chain.length + 4);
    for (let i = 0; i < groups.length; i++) {
      if (i > 0 && glued(groups[i - 1]!.after)) continue;
      // Longest first: 110105 19491231 002X is one ID, not a shorter number inside it.
      let last = i;
      let length = groups[i]!.digits.length;
      while (last + 1 < groups.length && length + groups[last + 1]!.digits.length <= 19)
        length += groups[++last]!.digits.length;
      for (let j = last; j >= i; j--) {
        if (j < groups.length - 1 && glued(groups[j]!.after)) continue;
        const kind = classify(groups, i, j, endsInX, rest);
        if (!kind) continue;
        const digits =
          groups
            .slice(i, j + 1)
            .map((g) => g.digits)
            .join('') + (kind === '身份证号' && j === groups.length - 1 && endsInX ? chain.at(-1)! : '');
        found.push({
          kind,
          masked: kind === '手机号码' ? mask(digits, 3, 4) : mask(digits, 4, 4),
          index: groups[i]!.start,
        });
        i = j;
        break;
      }
    }
  }
  return found;
}

/**
 * Check digits of the two identity numbers applications and enforcement
 * lists carry, so a mistyped number is caught where it is entered:
 * 居民身份证号码 (GB 11643-1999) and 统一社会信用代码 (GB 32100-2015).
 * Pure functions, used in the browser (the application form) and at build
 * time (the data lists).
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** 18-character 居民身份证号码 with a valid birth date and check digit. */
export function isResidentIdNumber(value: string): boolean {
  const v = value.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(v)) return false;
  const [y, m, d] = [Number(v.slice(6, 10)), Number(v.slice(10, 12)), Number(v.slice(12, 14))];
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d) return false;
  const sum = ID_WEIGHTS.reduce((s, w, i) => s + w * Number(v[i]), 0);
  return ID_CHECK[sum % 11] === v[17];
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character of the first 17 characters of a 统一社会信用代码. */
export function creditCodeCheckChar(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_CHARS.indexOf(first17[i] ?? '?');
    if (value < 0) return undefined;
    sum += value * USCC_WEIGHTS[i]!;
  }
  return USCC_CHARS[(31 - (sum % 31)) % 31];
}

/** 18-character 统一社会信用代码 with a valid check character. */
export function isCreditCode(value: string): boolean {
  const v = value.toUpperCase();
  return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v) && creditCodeCheckChar(v.slice(0, 17)) === v[17];
}

/** Chinese numerals for article and item numbers (第二十条第（三）项). */
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 → 一 … 九十九. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** [1, 3] → 第二十条第（一）、（三）项 */
export function article20Items(items: readonly number[]): string {
  return `第二十条第${items.map((n) => `（${chineseNumeral(n)}）`).join('、')}项`;
}

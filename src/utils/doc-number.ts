/**
 * 发文字号 (document number) rules from GB/T 9704-2012 §7.2.5:
 * 机关代字 + 〔four-digit year〕 + serial without leading zeros + 号.
 * Returns a problem description in Chinese, or null when the number is fine.
 */

const WRONG_BRACKETS = /[[\]()（）【】﹝﹞［］]/;

export interface DocNumberParts {
  agencyCode: string;
  year: number;
  serial: number;
}

export function parseDocNumber(value: string): DocNumberParts | null {
  const m = /^(.+?)〔(\d{4})〕(\d+)号$/.exec(value.trim());
  if (!m) return null;
  return { agencyCode: m[1]!, year: Number(m[2]), serial: Number(m[3]) };
}

export function checkDocNumber(value: string): string | null {
  const v = value.trim();
  if (v === '') return '不能为空；没有发文字号时请删除此字段';
  if (WRONG_BRACKETS.test(v) && !v.includes('〔')) {
    return '年份应使用六角括号〔〕，不能用 [] () （） 【】 ﹝﹞，例如 示交规〔2024〕3号';
  }
  const m = /^(.+?)〔(\d+)〕(\d+)号$/.exec(v);
  if (!m) return '应写作 机关代字〔年份〕序号号，例如 示交规〔2024〕3号';
  if (m[2]!.length !== 4) return '年份应为四位数字，例如〔2024〕';
  if (m[3]!.startsWith('0')) return '序号不能以0开头，例如 3号 而不是 03号';
  return null;
}

/** Normalise brackets people type instead of 〔〕, for search and comparison. */
export function normaliseDocNumber(value: string): string {
  return value
    .trim()
    .replace(/[[（(【﹝［]\s*(\d{4})\s*[\]）)】﹞］]/, '〔$1〕')
    .replace(/\s+/g, '');
}

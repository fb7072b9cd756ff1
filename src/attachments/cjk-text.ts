/**
 * Tidies text taken out of fixed-layout files. PDF generators often place
 * each CJK character as its own item, and text extractors then put a space
 * between them (示 例 省); readers and search want 示例省. Spaces between two
 * Latin words or numbers stay. A sentence wrapped at the end of a line is
 * joined again; paragraphs (blank lines) stay apart.
 *
 * Some generators (Chromium's print to PDF among them) also map glyphs back
 * to the Kangxi Radicals (⽰ U+2F70 for 示) or CJK Radicals Supplement
 * (⻓ U+2ED3 for 长) code points, which look the same but match no search:
 * they are mapped to the ideographs they stand for (Unicode's
 * EquivalentUnifiedIdeograph data; the Kangxi block by NFKC).
 */
// CJK Radicals Supplement characters that are whole characters (simplified components), from EquivalentUnifiedIdeograph.txt.
const RADICAL_SUPPLEMENT: Record<string, string> = {
  '\u2E9F': '母',
  '\u2EA0': '民',
  '\u2EA9': '王',
  '\u2EAC': '示',
  '\u2EAE': '竹',
  '\u2EAF': '糸',
  '\u2EB3': '网',
  '\u2EB6': '羊',
  '\u2EBB': '聿',
  '\u2EBC': '肉',
  '\u2EC1': '虎',
  '\u2EC4': '西',
  '\u2EC5': '见',
  '\u2EC6': '角',
  '\u2EC8': '讠',
  '\u2EC9': '贝',
  '\u2ECA': '足',
  '\u2ECB': '车',
  '\u2ED0': '钅',
  '\u2ED1': '長',
  '\u2ED3': '长',
  '\u2ED4': '门',
  '\u2ED7': '雨',
  '\u2ED8': '青',
  '\u2ED9': '韦',
  '\u2EDA': '页',
  '\u2EDB': '风',
  '\u2EDC': '飞',
  '\u2EDD': '食',
  '\u2EE0': '饣',
  '\u2EE2': '马',
  '\u2EE3': '骨',
  '\u2EE4': '鬼',
  '\u2EE5': '鱼',
  '\u2EE6': '鸟',
  '\u2EE7': '卤',
  '\u2EE8': '麦',
  '\u2EE9': '黄',
  '\u2EEA': '黾',
  '\u2EEC': '齐',
  '\u2EEE': '齿',
  '\u2EF0': '龙',
  '\u2EF3': '龟',
};
const RADICAL = /[\u2E80-\u2EFF\u2F00-\u2FDF\uF900-\uFAFF]/g;

/** Radical and compatibility code points → the ideographs they stand for. */
export const unifyIdeographs = (text: string) =>
  text.replace(RADICAL, (c) => RADICAL_SUPPLEMENT[c] ?? c.normalize('NFKC'));

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\uff00-\\uffef';
const SPACE_AFTER_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\u00a0]+(?=[${CJK}A-Za-z0-9])`, 'gu');
const SPACE_BEFORE_CJK = new RegExp(`(?<=[A-Za-z0-9])[ \\t\\u00a0]+(?=[${CJK}])`, 'gu');

export function tidyCjkText(text: string): string {
  return (
    unifyIdeographs(text)
      .replace(SPACE_AFTER_CJK, '')
      .replace(SPACE_BEFORE_CJK, '')
      // A single line break between two CJK characters is where a page wrapped a sentence (理解其内\n容).
      .replace(/(?<=\p{Script=Han})\n(?=\p{Script=Han})/gu, '')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

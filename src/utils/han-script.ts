/**
 * The script a text is written in (简体 or 繁體), and Traditional →
 * Simplified conversion for the simplified pages of 繁體 originals.
 *
 * Which characters belong to one script only is read from OpenCC's own
 * dictionaries: a character is "traditional only" when it appears on the
 * traditional side of some entry (STCharacters/STPhrases targets,
 * TSCharacters/TSPhrases sources, Taiwan and Hong Kong variant targets) and
 * never on the simplified side, and the
 * other way round. Characters written the same in both scripts (的, 台, 里,
 * 了, 着, 平, 布…) count for neither, so 平台 or 了解 in a 繁體 text is no
 * evidence of 简体.
 *
 * The rule (SCRIPT_RULE, tested in test/unit/hant-script.test.ts): among the
 * one-script characters of a document's title and body, at least
 * MIN_EVIDENCE and at least 90% traditional-only → 繁體; otherwise 简体.
 * When both kinds make up at least 10% each (and there are MIN_EVIDENCE of
 * them), the text is "mixed": it is published as 简体 and the check says so,
 * so an editor can set `script:` by hand.
 */
import { ConverterFactory } from 'opencc-js/core';
import HKVariants from 'opencc-js/dict/HKVariants';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';

export type Script = 'hans' | 'hant';

/** How a body's script was found out, for the check's notices. */
export interface ScriptFinding {
  script: Script;
  /** `field` when front matter said so, `detected` otherwise. */
  source: 'field' | 'detected';
  /** Characters that exist only in 繁體 / only in 简体. */
  traditional: number;
  simplified: number;
  /** Both kinds present in quantity: published as 简体 unless the field says otherwise. */
  mixed: boolean;
}

/** Fewer one-script characters than this is too little to call a text 繁體. */
export const MIN_EVIDENCE = 5;
/** The share of traditional-only characters (among one-script ones) that makes a text 繁體. */
export const HANT_SHARE = 0.9;
export const SCRIPT_RULE = `单一字体字符（仅见于繁體或仅见于简体的字，取自 OpenCC 字典）不少于 ${MIN_EVIDENCE} 个且繁體字占 ${HANT_SHARE * 100}% 以上时判定为繁體，否则为简体`;

let sets: { traditional: Set<string>; simplified: Set<string> } | undefined;

function addSide(into: Set<string>, dict: string, side: 'from' | 'to'): void {
  for (const entry of dict.split('|')) {
    const parts = entry.split(' ');
    for (const word of side === 'from' ? parts.slice(0, 1) : parts.slice(1)) for (const c of word) into.add(c);
  }
}

/** The characters found only on the traditional side, and only on the simplified side, of OpenCC's dictionaries. */
export function scriptOnlySets(): { traditional: ReadonlySet<string>; simplified: ReadonlySet<string> } {
  if (sets) return sets;
  const t = new Set<string>();
  const s = new Set<string>();
  addSide(t, STCharacters, 'to');
  addSide(t, STPhrases, 'to');
  addSide(t, TSCharacters, 'from');
  addSide(t, TSPhrases, 'from');
  // Taiwan and Hong Kong standard forms are traditional too (群 and 峰 where OpenCC writes 羣 and 峯).
  addSide(t, TWVariants, 'to');
  addSide(t, HKVariants, 'to');
  addSide(s, STCharacters, 'from');
  addSide(s, STPhrases, 'from');
  addSide(s, TSCharacters, 'to');
  addSide(s, TSPhrases, 'to');
  sets = {
    traditional: new Set([...t].filter((c) => !s.has(c))),
    simplified: new Set([...s].filter((c) => !t.has(c))),
  };
  return sets;
}

let table: { bmp: Uint8Array; astral: Map<number, number> } | undefined;

/** Bit 1: seen on the traditional side; bit 2: on the simplified side. */
const T_SIDE = 1;
const S_SIDE = 2;

/**
 * Marks, by code point, the characters on one side of a dictionary: as
 * addSide does (the first word of each `|`-separated entry is its `from`
 * side, the words after a space its `to` side), but in one pass over the
 * code units without splitting the string (8 ms instead of 250).
 */
function markSide(into: Uint8Array, dict: string, side: 'from' | 'to', bit: number): void {
  let part = 0;
  for (let i = 0; i < dict.length; i++) {
    let code = dict.charCodeAt(i);
    if (code === 0x7c) {
      part = 0;
      continue;
    }
    if (code === 0x20) {
      part++;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < dict.length) {
      const low = dict.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    if ((part === 0) === (side === 'from')) into[code]! |= bit;
  }
}

/**
 * The script-only sets (scriptOnlySets, the definition) as a lookup by code
 * point (1 traditional, 2 simplified): counting runs over every page's text
 * in the check, the render and the search index, and a typed-array lookup
 * per UTF-16 unit costs a fraction of a string iterator with two Set lookups
 * per character. Made straight from the dictionaries, as the sets would
 * take 0.25 s in every process that counts (a test compares the two).
 */
function scriptTable(): { bmp: Uint8Array; astral: Map<number, number> } {
  if (table) return table;
  const sides = new Uint8Array(0x110000);
  markSide(sides, STCharacters, 'to', T_SIDE);
  markSide(sides, STPhrases, 'to', T_SIDE);
  markSide(sides, TSCharacters, 'from', T_SIDE);
  markSide(sides, TSPhrases, 'from', T_SIDE);
  markSide(sides, TWVariants, 'to', T_SIDE);
  markSide(sides, HKVariants, 'to', T_SIDE);
  markSide(sides, STCharacters, 'from', S_SIDE);
  markSide(sides, STPhrases, 'from', S_SIDE);
  markSide(sides, TSCharacters, 'to', S_SIDE);
  markSide(sides, TSPhrases, 'to', S_SIDE);
  const bmp = new Uint8Array(0x10000);
  const astral = new Map<number, number>();
  for (let code = 0; code < sides.length; code++) {
    const kind = sides[code] === T_SIDE ? 1 : sides[code] === S_SIDE ? 2 : 0;
    if (kind === 0) continue;
    if (code > 0xffff) astral.set(code, kind);
    else bmp[code] = kind;
  }
  table = { bmp, astral };
  return table;
}

/** The lookup countScriptChars uses, for the test that compares it with scriptOnlySets. */
export function scriptKindOf(code: number): 0 | 1 | 2 {
  const { bmp, astral } = scriptTable();
  return (code > 0xffff ? (astral.get(code) ?? 0) : bmp[code]!) as 0 | 1 | 2;
}

export function countScriptChars(text: string): { traditional: number; simplified: number } {
  const { bmp, astral } = scriptTable();
  let t = 0;
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x2e80) continue;
    let kind = bmp[unit]!;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const code = text.codePointAt(i)!;
      if (code > 0xffff) {
        kind = astral.get(code) ?? 0;
        i++;
      }
    }
    if (kind === 1) t++;
    else if (kind === 2) s++;
  }
  return { traditional: t, simplified: s };
}

/** The script of a text by SCRIPT_RULE. */
export function detectScript(text: string): ScriptFinding {
  return scriptOfCounts(countScriptChars(text));
}

/** SCRIPT_RULE applied to counted characters. */
export function scriptOfCounts({
  traditional,
  simplified,
}: {
  traditional: number;
  simplified: number;
}): ScriptFinding {
  const total = traditional + simplified;
  const hant = total >= MIN_EVIDENCE && traditional >= HANT_SHARE * total;
  const minority = Math.min(traditional, simplified);
  const mixed = !hant && total >= MIN_EVIDENCE && minority >= (1 - HANT_SHARE) * total;
  return { script: hant ? 'hant' : 'hans', source: 'detected', traditional, simplified, mixed };
}

/** The front-matter `script` field's spellings. */
export const SCRIPT_VALUES: Record<string, Script> = { 简体: 'hans', 簡體: 'hans', 繁体: 'hant', 繁體: 'hant' };

/** The script of a document: its `script` field when given, else detected from title and body. */
export function documentScript(field: string | undefined, title: string, body: string): ScriptFinding {
  return withField(field, detectScript(`${title}\n${body}`));
}

/** A detected finding, overridden by the `script` field when there is one. */
export function withField(field: string | undefined, found: ScriptFinding): ScriptFinding {
  const given = field ? SCRIPT_VALUES[field] : undefined;
  return given ? { ...found, script: given, source: 'field' } : found;
}

let t2s: ((text: string) => string) | undefined;

/**
 * OpenCC Traditional → Simplified at phrase level, reading Hong Kong and
 * Taiwan variant forms too (as OpenCC's hk2s and tw2s do before t2s).
 */
export function toSimplified(text: string): string {
  t2s ??= ConverterFactory(
    [HKVariantsRevPhrases, HKVariantsRev],
    [TWVariantsRevPhrases, TWVariantsRev],
    [TSPhrases, TSCharacters],
  );
  return t2s(text);
}

let s2tChars: Map<string, string> | undefined;

/**
 * Simplified → Traditional character by character (STCharacters' first
 * candidate): for naming a vocabulary value's 繁體 spelling in a message,
 * without loading the phrase dictionary.
 */
export function toTraditionalChars(text: string): string {
  if (!s2tChars) {
    s2tChars = new Map();
    for (const entry of STCharacters.split('|')) {
      const [from, to] = entry.split(' ');
      if (from && to) s2tChars.set(from, to);
    }
  }
  let out = '';
  for (const c of text) out += s2tChars.get(c) ?? c;
  return out;
}

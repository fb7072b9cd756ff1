/**
 * The traditional → simplified character map used by the search tokenizer,
 * taken from OpenCC's own dictionaries (Taiwan and Hong Kong variants, then
 * traditional characters), with the characters OpenCC's phrase tables pair
 * up merged into classes (variant-classes.ts). Only one code point to one
 * code point of the same length is kept, so folding never changes a text's
 * length and highlight offsets stay valid.
 */
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import { mergeVariantClasses } from './search-variant-classes.ts';

function parseDict(dict: string): Array<[string, string]> {
  return dict
    .split('|')
    .map((entry) => entry.split(' '))
    .filter((parts): parts is [string, string, ...string[]] => parts.length >= 2)
    .map(([from, to]) => [from, to]);
}

/** Traditional (and regional variant) characters → simplified characters. */
export function buildCharMap(options: { variantClasses?: boolean } = {}): Map<string, string> {
  const map = new Map<string, string>();
  const ts = new Map(parseDict(TSCharacters));
  // Exactly one code point each side, and the same UTF-16 length: the serialised
  // form is read back pair by pair, and folding must not move any offset.
  const oneChar = (s: string) => Array.from(s).length === 1;
  // Characters that are already simplified: a regional variant table must not remap them (么 is not 幺).
  const simplifiedChars = new Set([...ts.values()].filter((c) => !ts.has(c)));
  for (const [from, to] of [...parseDict(TWVariantsRev), ...parseDict(HKVariantsRev)]) {
    if (simplifiedChars.has(from)) continue;
    const simplified = ts.get(to) ?? to;
    if (oneChar(from) && oneChar(simplified) && simplified.length === from.length) map.set(from, simplified);
  }
  for (const [from, to] of ts) {
    if (!map.has(from) && oneChar(from) && oneChar(to) && to.length === from.length && from !== to) map.set(from, to);
  }
  // Follow chains (麼 → 麽 → 么) so folding twice gives the same as folding once.
  for (const [from, to] of map) {
    let end = to;
    const seen = new Set([from]);
    while (map.has(end) && !seen.has(end)) {
      seen.add(end);
      end = map.get(end)!;
    }
    if (end === from) map.delete(from);
    else map.set(from, end);
  }
  // Characters that are one-to-many between the scripts (复/覆, 沉/沈): see variant-classes.ts.
  if (options.variantClasses !== false) mergeVariantClasses(map);
  return map;
}

/**
 * Simplified → traditional characters (STCharacters' first candidate), one
 * to one, for showing titles and excerpts on the 繁體 search page: character
 * level only (the phrase table is a megabyte), so offsets stay valid.
 */
export function buildS2tCharMap(): Map<string, string> {
  const map = new Map<string, string>();
  for (const [from, to] of parseDict(STCharacters)) {
    if (from !== to && Array.from(from).length === 1 && Array.from(to).length === 1 && from.length === to.length)
      map.set(from, to);
  }
  return map;
}

/** Compact text form for the browser: pairs of characters, one pair after another. */
export function serialiseCharMap(map: ReadonlyMap<string, string>): string {
  return [...map].map(([from, to]) => from + to).join('');
}

export function parseCharMap(text: string): Map<string, string> {
  const chars = Array.from(text);
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  return map;
}

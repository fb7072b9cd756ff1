/**
 * Simplified → Traditional text conversion for the 繁體 pages, with OpenCC's
 * own dictionaries (s2t: STPhrases then STCharacters, longest match first).
 *
 * The result is exactly what opencc-js's converter gives (a test compares
 * them), only faster: characters that begin no dictionary entry (ASCII,
 * punctuation, most of a page) are skipped by a table lookup instead of a
 * trie walk, and an unchanged text is returned as the same string. Names
 * that must stay as written (the site's own organisation names) are cut out
 * of the text before it is converted, and recurring short texts (header,
 * navigation, footer, list titles) are remembered.
 */
import { Trie } from 'opencc-js/core';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';

export interface TextConverter {
  /** The text in Traditional characters; protected names kept as they are. */
  (text: string): string;
  /** Characters handed to the dictionary (cache misses only), for the pass's statistics. */
  readonly stats: { converted: number; memoHits: number };
}

export interface ConverterOptions {
  /** Exact strings never converted wherever they appear (organisation names). */
  protect?: readonly string[];
  /** Texts up to this length are remembered (default 200 characters). */
  memoMaxLength?: number;
  /** The memo is emptied when it holds this many texts (default 200,000). */
  memoMaxEntries?: number;
}

interface TrieNode extends Map<number, TrieNode> {
  trie_val?: string;
}

let shared: { trie: Trie; starts: Uint8Array } | undefined;

/** The s2t trie, built once per process (about 0.1 s). */
function dictionary(): { trie: Trie; starts: Uint8Array } {
  if (shared) return shared;
  const trie = new Trie();
  trie.loadDictGroup([STPhrases, STCharacters]);
  // First code units of every entry; surrogate lead units stand for astral first characters.
  const starts = new Uint8Array(65536);
  for (const cp of (trie as unknown as { map: TrieNode }).map.keys()) {
    starts[cp < 0x10000 ? cp : 0xd800 + ((cp - 0x10000) >> 10)] = 1;
  }
  shared = { trie, starts };
  return shared;
}

/** Ideographic description sequences are skipped whole, as OpenCC does (their parts are not converted). */
function descriptionSequenceEnd(s: string, i: number): number {
  const cp = s.codePointAt(i)!;
  const arity = cp >= 0x2ff0 && cp <= 0x2ff1 ? 2 : cp >= 0x2ff2 && cp <= 0x2ff3 ? 3 : cp >= 0x2ff4 && cp <= 0x2fff ? 2 : 0;
  if (arity === 0) return 0;
  let end = i + (cp > 0xffff ? 2 : 1);
  for (let n = 0; n < arity; n += 1) {
    if (end >= s.length) return 0;
    const child = descriptionSequenceEnd(s, end);
    end = child || end + (s.codePointAt(end)! > 0xffff ? 2 : 1);
  }
  return end;
}

/** OpenCC s2t over one string, without protection or memo. */
export function convertRaw(s: string): string {
  const { trie, starts } = dictionary();
  let out = '';
  let last = 0;
  const n = s.length;
  for (let i = 0; i < n; ) {
    const c = s.charCodeAt(i);
    // Nothing below U+2E80 begins an entry or a description sequence.
    if (c < 0x2e80 || (starts[c] === 0 && (c < 0x2ff0 || c > 0x2fff))) {
      i += 1;
      continue;
    }
    const match = starts[c] === 1 ? trie.matchPrefix(s, i) : null;
    if (match) {
      out += s.slice(last, i) + match.value;
      i = match.end;
      last = i;
      continue;
    }
    const ids = c >= 0x2ff0 && c <= 0x2fff ? descriptionSequenceEnd(s, i) : 0;
    i = ids > i ? ids : i + (c >= 0xd800 && c < 0xdc00 && i + 1 < n ? 2 : 1);
  }
  return last === 0 ? s : out + s.slice(last);
}

/** True when the text has a character at or above U+2E80 (the first that any entry can start with). */
function mayConvert(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x2e80) return true;
  return false;
}

export function createConverter(options: ConverterOptions = {}): TextConverter {
  // Longest first, so a name inside a longer name does not cut it.
  const protect = [...new Set(options.protect ?? [])].filter((p) => p.length > 0).sort((a, b) => b.length - a.length);
  const memoMaxLength = options.memoMaxLength ?? 200;
  const memoMaxEntries = options.memoMaxEntries ?? 200_000;
  let memo = new Map<string, string>();
  const stats = { converted: 0, memoHits: 0 };

  const protectedConvert = (text: string): string => {
    for (const name of protect) {
      const at = text.indexOf(name);
      if (at < 0) continue;
      // Convert around the first occurrence; later ones are found in the rest.
      return protectedConvert(text.slice(0, at)) + name + protectedConvert(text.slice(at + name.length));
    }
    stats.converted += text.length;
    return convertRaw(text);
  };

  const convert = ((text: string): string => {
    if (!mayConvert(text)) return text;
    if (text.length > memoMaxLength) return protectedConvert(text);
    const known = memo.get(text);
    if (known !== undefined) {
      stats.memoHits += 1;
      return known;
    }
    const result = protectedConvert(text);
    if (memo.size >= memoMaxEntries) memo = new Map();
    memo.set(text, result);
    return result;
  }) as TextConverter;
  Object.defineProperty(convert, 'stats', { value: stats });
  return convert;
}

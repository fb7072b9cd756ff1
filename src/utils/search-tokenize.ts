/**
 * The search tokenizer, shared by the index build (Node) and the search page
 * (browser), so both always agree on what a word is.
 *
 * Chinese text is indexed as overlapping character pairs (bigrams) plus the
 * last character of each run: any query of two or more characters matches
 * every document that contains it, whatever a word segmenter would have
 * decided (行政許可 / 行政许可 / 许可 all match), and a single character
 * matches by prefix. Latin letters and digits form ordinary words. Text is
 * folded to simplified characters first (a one-to-one character map from
 * OpenCC), so both scripts find each other.
 *
 * Chinese terms are written in ASCII (`cj` + four base-36 digits per
 * character): Pagefind segments CJK query text by the page's language, which
 * would break pairs such as 江枢 apart, but it leaves ASCII words alone.
 */

export type CharMap = ReadonlyMap<string, string>;

export interface Token {
  term: string;
  /** Offset of the token's first character in the original text. */
  start: number;
  /** Its length in the original text (UTF-16 units). */
  length: number;
}

const HAN = /\p{Script=Han}/u;
/** Marks an encoded Chinese term. */
export const HAN_PREFIX = 'cj';

/**
 * Per-character results, remembered: a text repeats a few thousand distinct
 * characters, and the index build folds and encodes every character of every
 * page (the build profile showed foldText's NFKC step and these look-ups
 * among the search workers' top functions). Bounded by the distinct
 * characters seen.
 */
const hanCodes = new Map<string, string>();
// The same for the Basic Multilingual Plane, by code unit: an array index
// instead of hashing a one-character string (the maps keep the rest). Made on
// first use: the search page loads this module too, and a reader who never
// searches should not pay for about 1 MB of tables on an old phone.
const UNKNOWN = 255;
let bmp: { hanCodes: Array<string | undefined>; folded: Array<string | undefined>; classes: Uint8Array } | undefined;
const bmpTables = () =>
  (bmp ??= {
    hanCodes: new Array<string | undefined>(0x10000).fill(undefined),
    folded: new Array<string | undefined>(0x10000).fill(undefined),
    classes: new Uint8Array(0x10000).fill(UNKNOWN),
  });
const foldedChars = new Map<string, string>();
/** 1 Han, 2 other letter or digit, 0 neither. */
const classes = new Map<string, number>();

/** One Han character as four base-36 digits. */
function hanCode(ch: string): string {
  const unit = ch.charCodeAt(0);
  const inBmp = ch.length === 1;
  const hanCodesBmp = bmpTables().hanCodes;
  let code = inBmp ? hanCodesBmp[unit] : hanCodes.get(ch);
  if (code === undefined) {
    // Han-script code points start at U+2E80 (radicals) and end below U+32400: four digits always suffice.
    code = (ch.codePointAt(0)! - 0x2e00).toString(36).padStart(4, '0');
    if (inBmp) hanCodesBmp[unit] = code;
    else hanCodes.set(ch, code);
  }
  return code;
}

function classOf(ch: string): number {
  if (ch.length === 1) {
    const unit = ch.charCodeAt(0);
    const classesBmp = bmpTables().classes;
    let kind = classesBmp[unit]!;
    if (kind === UNKNOWN) classesBmp[unit] = kind = HAN.test(ch) ? 1 : WORD.test(ch) ? 2 : 0;
    return kind;
  }
  let kind = classes.get(ch);
  if (kind === undefined) {
    kind = HAN.test(ch) ? 1 : WORD.test(ch) ? 2 : 0;
    classes.set(ch, kind);
  }
  return kind;
}

/** `江枢` → `cj…` : the index word for one or two Han characters. */
export function encodeHan(chars: string): string {
  return HAN_PREFIX + Array.from(chars).map(hanCode).join('');
}

/** Whether an index word is an encoded pair (as opposed to a single character). */
export function isHanPair(term: string): boolean {
  return term.startsWith(HAN_PREFIX) && term.length === HAN_PREFIX.length + 8;
}
const WORD = /[\p{L}\p{N}]/u;

/** Width and case folding of one character (same length in UTF-16). */
function foldChar(ch: string): string {
  const inBmp = ch.length === 1;
  const foldedBmp = bmpTables().folded;
  let c = inBmp ? foldedBmp[ch.charCodeAt(0)] : foldedChars.get(ch);
  if (c !== undefined) return c;
  c = ch;
  const code = c.charCodeAt(0);
  // Full-width ASCII (Ａ１) → half-width; the same length in UTF-16.
  if (code >= 0xff01 && code <= 0xff5e) c = String.fromCharCode(code - 0xfee0);
  // Compatibility forms (⼈ radical → 人, ① → 1) where the length stays the same.
  // One character must stay one character: 🄀 (two UTF-16 units) is "0." in NFKC,
  // the same length but two characters, which would split a surrogate pair.
  const compatible = c.normalize('NFKC');
  if (compatible.length === c.length && [...compatible].length === 1) c = compatible;
  c = c.toLowerCase();
  if (c.length !== ch.length) c = ch;
  if (inBmp) foldedBmp[ch.charCodeAt(0)] = c;
  else foldedChars.set(ch, c);
  return c;
}

/** Width, case and script folding; keeps the text the same length (one UTF-16 unit per unit). */
export function foldText(text: string, t2s?: CharMap): string {
  let out = '';
  for (const ch of text) {
    const c = foldChar(ch);
    const mapped = t2s?.get(c);
    out += mapped && mapped.length === c.length ? mapped : c;
  }
  return out;
}

/**
 * Walks the tokens of a text in order, handing each one's term, offset and
 * length to `emit`. A pair's term is made from the two characters' codes
 * directly: building it through encodeHan's array was a third of the
 * search workers' tokenizing (a cold build's profile, docs/benchmarks-build.md).
 */
function scanTokens(
  text: string,
  t2s: CharMap | undefined,
  emit: (term: string, start: number, length: number) => void,
): void {
  const folded = foldText(text, t2s);
  const chars = Array.from(folded);
  let offset = 0;
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i]!;
    const kind = classOf(ch);
    if (kind === 1) {
      const runStart = i;
      let pos = offset;
      while (i < chars.length && classOf(chars[i]!) === 1) i++;
      for (let k = runStart; k + 1 < i; k++) {
        const a = chars[k]!;
        const b = chars[k + 1]!;
        emit(HAN_PREFIX + hanCode(a) + hanCode(b), pos, a.length + b.length);
        pos += a.length;
      }
      const last = chars[i - 1]!;
      emit(HAN_PREFIX + hanCode(last), pos, last.length);
      offset = pos + last.length;
    } else if (kind === 2) {
      const start = offset;
      let word = '';
      while (i < chars.length && classOf(chars[i]!) === 2) {
        word += chars[i]!;
        offset += chars[i]!.length;
        i++;
      }
      // A Latin word that happens to start like an encoded Chinese term is kept apart from them.
      emit(word.startsWith(HAN_PREFIX) ? `x${word}` : word, start, offset - start);
    } else {
      offset += ch.length;
      i++;
    }
  }
}

/** Tokens of a text, in order, with their offsets. */
export function tokenize(text: string, t2s?: CharMap): Token[] {
  const tokens: Token[] = [];
  scanTokens(text, t2s, (term, start, length) => tokens.push({ term, start, length }));
  return tokens;
}

/** The terms of tokenize(), without their offsets (the index build needs only these). */
export function tokenTerms(text: string, t2s?: CharMap): string[] {
  const terms: string[] = [];
  scanTokens(text, t2s, (term) => terms.push(term));
  return terms;
}

/**
 * The terms to search for. A single Chinese character stays one term (it
 * matches the pairs starting with it, by prefix). A longer run needs only
 * enough pairs to cover it — 道路运输 → 道路 运输, 依申请公开 → 依申 请公 公开 —
 * which finds the same documents while fetching fewer index chunks.
 */
export function queryTerms(query: string, t2s?: CharMap): string[] {
  const tokens = tokenize(query, t2s);
  const terms: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isHanPair(t.term)) {
      terms.push(t.term);
      i++;
      continue;
    }
    // A run's pairs come one after another and always end with its single last character.
    const run: Token[] = [];
    while (i < tokens.length && isHanPair(tokens[i]!.term)) run.push(tokens[i++]!);
    // Skip the run's trailing single character: the last pair contains it.
    if (i < tokens.length && tokens[i]!.term.startsWith(HAN_PREFIX) && !isHanPair(tokens[i]!.term)) i++;
    for (let k = 0; k < run.length; k += 2) terms.push(run[k]!.term);
    if (run.length % 2 === 0) terms.push(run[run.length - 1]!.term);
  }
  return [...new Set(terms)];
}

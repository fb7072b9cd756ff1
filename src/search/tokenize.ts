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
 */

export type CharMap = ReadonlyMap<string, string>;

export interface Token {
  term: string;
  /** Offset of the token's first character in the original text. */
  start: number;
}

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]/u;

/** Width, case and script folding; keeps the text the same length (one UTF-16 unit per unit). */
export function foldText(text: string, t2s?: CharMap): string {
  let out = '';
  for (const ch of text) {
    let c = ch;
    const code = c.charCodeAt(0);
    // Full-width ASCII (Ａ１) → half-width; the same length in UTF-16.
    if (code >= 0xff01 && code <= 0xff5e) c = String.fromCharCode(code - 0xfee0);
    c = c.toLowerCase();
    if (c.length !== ch.length) c = ch;
    const mapped = t2s?.get(c);
    out += mapped && mapped.length === c.length ? mapped : c;
  }
  return out;
}

/** Tokens of a text, in order, with their offsets. */
export function tokenize(text: string, t2s?: CharMap): Token[] {
  const folded = foldText(text, t2s);
  const tokens: Token[] = [];
  const chars = Array.from(folded);
  let offset = 0;
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i]!;
    if (HAN.test(ch)) {
      const runStart = offset;
      const run: string[] = [];
      let end = offset;
      while (i < chars.length && HAN.test(chars[i]!)) {
        run.push(chars[i]!);
        end += chars[i]!.length;
        i++;
      }
      let pos = runStart;
      for (let k = 0; k + 1 < run.length; k++) {
        tokens.push({ term: run[k]! + run[k + 1]!, start: pos });
        pos += run[k]!.length;
      }
      tokens.push({ term: run[run.length - 1]!, start: pos });
      offset = end;
    } else if (WORD.test(ch)) {
      const start = offset;
      let word = '';
      while (i < chars.length && WORD.test(chars[i]!) && !HAN.test(chars[i]!)) {
        word += chars[i]!;
        offset += chars[i]!.length;
        i++;
      }
      tokens.push({ term: word, start });
    } else {
      offset += ch.length;
      i++;
    }
  }
  return tokens;
}

/**
 * The terms to search for. A single Chinese character stays one term (it
 * matches pairs starting with it); a longer run becomes its pairs only.
 */
export function queryTerms(query: string, t2s?: CharMap): string[] {
  const tokens = tokenize(query, t2s);
  const isSingleHan = (t: Token) => HAN.test(t.term) && [...t.term].length === 1;
  const terms = tokens.filter((t, i) => {
    const previous = tokens[i - 1];
    // A run's trailing single character is implied by the pair that ends with it.
    const impliedTail =
      isSingleHan(t) &&
      previous !== undefined &&
      HAN.test(previous.term) &&
      [...previous.term].length === 2 &&
      previous.start + previous.term.length - t.term.length === t.start;
    return !impliedTail;
  });
  return [...new Set(terms.map((t) => t.term))];
}

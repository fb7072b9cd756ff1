/**
 * The text a reader (and the search index) gets from a published value,
 * for the personal-data gate: HTML entities decoded, markup removed,
 * compatibility forms folded (NFKC: １３８ → 138, ① → 1), invisible format
 * characters (zero-width spaces, soft hyphens, bidi marks) dropped, other
 * scripts' decimal digits read as 0–9. A number that an editor disguised
 * with any of these is then one plain run of digits again.
 *
 * It removes at least everything the search index removes before it cuts
 * words (search/plain-text.ts, utils/search-tokenize.ts foldText): whatever number the
 * search can find as one word, the gate sees as one number
 * (test/unit/scan-text.test.ts checks that property).
 */
import { decodeHTML } from 'entities';

/** Inline HTML elements: rendered without a break, so `<b>138</b>1234` reads 1381234. */
const INLINE_TAGS = new Set(
  'a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark q s samp small span strike strong sub sup time tt u var wbr'.split(
    ' ',
  ),
);
const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)\b[^>]*>/g;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
// The search index's own link and image patterns (plain-text.ts), so both read the same text out of them.
const IMAGE = /!\[([^\]]*)\]\(([^)]*)\)/g;
const LINK = /\[([^\]]+)\]\(([^)]*)\)/g;
const FORMAT_CHARS = /\p{Cf}/gu;
const EMPHASIS = /[*_~`]+/g;
// A backslash escape shows the character alone: 138\-1234 reads 138-1234.
const ESCAPE = /\\(?=[!-/:-@[-`{-~])/g;
const OTHER_DIGIT = /(?![0-9])\p{Nd}/gu;
const HAS_OTHER_DIGIT = /(?![0-9])\p{Nd}/u;
const DECIMAL = /\p{Nd}/u;

/** A decimal digit of another script (٣, ३, 𝟑 …) as 0–9: Unicode keeps each script's ten digits in order. */
function asciiDigit(ch: string): string {
  const cp = ch.codePointAt(0)!;
  let zero = cp;
  while (cp - zero < 9 && DECIMAL.test(String.fromCodePoint(zero - 1))) zero--;
  return String((cp - zero) % 10);
}

/**
 * The rendered, normalised text of a value. What markup hides follows on
 * lines of its own (link and image targets, HTML comments and tags, which a
 * Markdown body shows as text), so it is scanned too without joining the
 * text around it.
 */
// Printable ASCII without entities, tags or Markdown marks (索引号, dates, numbers): already what a reader sees.
const PLAIN_ASCII = /^[\x20-\x25\x27-\x29\x2B-\x3B\x3D\x3F-\x5A\x5E\x61-\x7D]*$/;

export function scanText(raw: string): string {
  if (PLAIN_ASCII.test(raw)) return raw;
  let text = raw.includes('&') ? decodeHTML(raw) : raw;
  // What markup hides is kept apart: the body shows raw HTML as text, and link targets are in the page.
  const apart: string[] = [];
  const keep = (m: string) => {
    apart.push(m);
    return '';
  };
  if (text.includes('<')) {
    text = text.replace(COMMENT, keep).replace(TAG, (m, name: string) => {
      apart.push(m);
      return INLINE_TAGS.has(name.toLowerCase()) ? '' : '\n';
    });
  }
  text = text.normalize('NFKC').replace(FORMAT_CHARS, '');
  if (text.includes('](')) {
    const shown = (_m: string, label: string, target: string) => {
      apart.push(target);
      return label;
    };
    text = text.replace(IMAGE, shown).replace(LINK, shown);
  }
  if (apart.length) text = `${text}\n${apart.join('\n').normalize('NFKC').replace(FORMAT_CHARS, '')}`;
  text = text.replace(ESCAPE, '').replace(EMPHASIS, '');
  return HAS_OTHER_DIGIT.test(text) ? text.replace(OTHER_DIGIT, asciiDigit) : text;
}

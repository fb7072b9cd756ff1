/**
 * One-to-many 繁簡 characters for the search fold. OpenCC's character table
 * gives one simplified character per traditional one, but its phrase tables
 * know more: 答复 is 答覆, 借口 is 藉口, 沉淀 is 沈澱. Where a phrase pair puts
 * two characters that the character map keeps apart in the same place
 * (复/覆, 借/藉, 沉/沈), both scripts must still find each other, so every
 * such pair is merged into one class and folded to one character.
 *
 * Folding is done the same way at index and query time, so merging only
 * costs precision (a query for 覆盖 also finds 复盖), never recall; the
 * search re-checks phrases against the folded text anyway.
 */
import STPhrases from 'opencc-js/dict/STPhrases';
import TSPhrases from 'opencc-js/dict/TSPhrases';

function phrasePairs(dict: string, reverse: boolean): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const entry of dict.split('|')) {
    const parts = entry.split(' ');
    if (parts.length < 2) continue;
    out.push(reverse ? [parts[1]!, parts[0]!] : [parts[0]!, parts[1]!]);
  }
  return out;
}

/** Simplified → traditional phrase pairs from both of OpenCC's phrase tables. */
export function openccPhrasePairs(): Array<[string, string]> {
  return [...phrasePairs(STPhrases, false), ...phrasePairs(TSPhrases, true)];
}

/**
 * Extends a one-to-one fold map (from → to) so that the two sides of every
 * same-length phrase pair fold alike, character by character. Characters of
 * different UTF-16 lengths are never merged (folding must not move offsets).
 */
export function mergeVariantClasses(map: Map<string, string>): void {
  const fold = (c: string) => map.get(c) ?? c;
  const parent = new Map<string, string>();
  const simplifiedSide = new Set<string>();
  const find = (c: string): string => {
    let r = c;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  // The class is named by a character from the simplified side, the lowest code point among them,
  // so the result does not depend on the order of the dictionaries.
  const better = (a: string, b: string) =>
    simplifiedSide.has(a) !== simplifiedSide.has(b) ? simplifiedSide.has(a) : a.codePointAt(0)! < b.codePointAt(0)!;
  const pairs: Array<[string, string]> = [];
  for (const [s, t] of openccPhrasePairs()) {
    const sc = Array.from(s);
    const tc = Array.from(t);
    if (sc.length !== tc.length) continue;
    sc.forEach((c, i) => {
      const a = fold(c);
      const b = fold(tc[i]!);
      if (a !== b && a.length === b.length) {
        simplifiedSide.add(a);
        pairs.push([a, b]);
      }
    });
  }
  for (const [a, b] of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    if (better(ra, rb)) parent.set(rb, ra);
    else parent.set(ra, rb);
  }
  if (parent.size === 0) return;
  // Every member of a class, and every character already folding to one, now folds to the class's name.
  for (const [from, to] of map) if (parent.has(to)) map.set(from, find(to));
  for (const c of parent.keys()) {
    const root = find(c);
    if (root !== c) map.set(c, root);
  }
}

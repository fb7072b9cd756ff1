/**
 * Exact-match search for identifiers (发文字号, 索引号).
 *
 * Pagefind segments Chinese text into words, so `示交规〔2025〕2号` would be
 * searched as 示/交/规/2025/2/号 and match hundreds of pages. Instead each
 * document page carries, in an indexed attribute, one ASCII word derived
 * from the normalised identifier; the search page turns an identifier in the
 * query into the same word. One word lookup, exact, no false hits.
 */
import { normaliseDocNumber } from './doc-number.ts';

/** cyrb53: a small 53-bit string hash, the same in Node and every browser. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The search word for a 发文字号, e.g. `wh1x2k…`. */
export function docNumberToken(docNo: string): string {
  return `wh${hash53(normaliseDocNumber(docNo).replace(/第(\d+)号$/, '$1号')).toString(36)}`;
}

/** The search word for a 索引号 (case and spaces ignored). */
export function indexNumberToken(indexNo: string): string {
  return `sy${hash53(indexNo.replace(/\s+/g, '').toUpperCase()).toString(36)}`;
}

const DOC_NUMBER_IN_QUERY =
  /[\p{Script=Han}A-Za-z]{1,16}\s*[〔[（(【﹝［]\s*\d{4}\s*[〕\]）)】﹞］]\s*第?\s*\d+\s*号/gu;
const INDEX_NUMBER_IN_QUERY = /[0-9A-Za-z][0-9A-Za-z-]{4,}\/\d{4}-\d{2,}/g;

/** Replaces every 发文字号 and 索引号 in a query with its exact-match word. */
export function prepareQuery(query: string): string {
  return query
    .replace(DOC_NUMBER_IN_QUERY, (m) => ` ${docNumberToken(m.replace(/\s+/g, ''))} `)
    .replace(INDEX_NUMBER_IN_QUERY, (m) => ` ${indexNumberToken(m)} `)
    .replace(/\s+/g, ' ')
    .trim();
}

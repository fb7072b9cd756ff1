/**
 * Search results shown in the script of the page (issue 18): on the 繁體
 * search page, titles, details and excerpts of simplified documents are
 * shown in 繁體 (s2t.gkz, character level); on the simplified page,
 * those of 繁體 originals (meta.script = hant) in simplified, with the map
 * the index is folded with. Both maps are one character to one, so the
 * excerpt's <mark> offsets stay where they are; markup is ASCII and is not
 * touched. Links, queries and stored values are not changed.
 */
import { parseCharMap } from '../../utils/search-char-map.ts';
import type { CharMap } from '../../utils/search-tokenize.ts';
import { REVERSE_CHAR_MAP_FILE } from '../../utils/search-index-files.ts';
import { fetchIndexText } from './fetch-text.ts';

export type ShowInPage = (text: string, resultScript: string | undefined) => string;

const mapChars = (text: string, map: CharMap) => {
  let out = '';
  for (const c of text) out += map.get(c) ?? c;
  return out;
};

export const pageIsHant = () => document.documentElement.lang === 'zh-Hant';

/** How a result's texts are shown on this page; until the map arrives (or if it cannot), texts are shown as they are. */
export async function showInPage(indexRoot: string, t2s: Promise<CharMap>): Promise<ShowInPage> {
  try {
    if (pageIsHant()) {
      const s2t = parseCharMap(await fetchIndexText(`${indexRoot}${REVERSE_CHAR_MAP_FILE}`));
      return (text, script) => (script === 'hant' ? text : mapChars(text, s2t));
    }
    const map = await t2s;
    return (text, script) => (script === 'hant' ? mapChars(text, map) : text);
  } catch {
    return (text) => text;
  }
}

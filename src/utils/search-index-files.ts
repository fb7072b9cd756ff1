/**
 * Names of the search index's own compressed parts (the character map and
 * the router buckets). They are gzip data under a neutral extension, not
 * `.gz`: servers (astro preview, nginx and Apache with common settings,
 * CDNs) send a `.gz` file with `Content-Encoding: gzip`, the browser then
 * inflates it, and the page would receive something other than what the
 * build wrote. The browser side decides from the bytes anyway
 * (src/browser/search/fetch-text.ts); the extension keeps servers out of it.
 */

/** Extension of gzip-compressed index parts ("Gongkai, zipped"). */
export const COMPRESSED_EXT = '.gkz';

/** The traditional → simplified character map, in `search-index/`. */
export const CHAR_MAP_FILE = `t2s${COMPRESSED_EXT}`;

/** The simplified → traditional character map, for results on the 繁體 search page. */
export const REVERSE_CHAR_MAP_FILE = `s2t${COMPRESSED_EXT}`;

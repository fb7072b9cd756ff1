/**
 * The URL scheme of the 繁體 pages: every HTML page `{base}{path}` has a
 * Traditional twin at `{base}zh-hant/{path}`. The simplified page is the
 * canonical one. Only pages have twins; assets, attachments, feeds, data
 * files and the search index keep their single URLs.
 *
 * Used by the page layout (hreflang links, the 繁體/简体 switch), by the
 * build pass that writes the twins, and by browser scripts that make links
 * (search results), so all of them agree.
 */

/** The folder under the base path that holds the 繁體 pages. */
export const HANT_DIR = 'zh-hant';

const withSlash = (base: string) => base.replace(/\/?$/, '/');

/** Folders under the base path that hold files, never pages with twins. */
const NOT_PAGES = ['_astro/', 'search-index/', 'files/', `${HANT_DIR}/`];

/** Splits `path?query#hash` into the path and the rest. */
function splitPath(url: string): [string, string] {
  const cut = url.search(/[?#]/);
  return cut < 0 ? [url, ''] : [url.slice(0, cut), url.slice(cut)];
}

/**
 * True when a site path (absolute, under `base`, without query) is an HTML
 * page with a 繁體 twin: a directory URL (the site uses trailing slashes)
 * or the 404 page, outside the folders that hold only files.
 */
export function hasHantTwin(path: string, base: string): boolean {
  const b = withSlash(base);
  if (!path.startsWith(b)) return false;
  const rest = path.slice(b.length);
  if (NOT_PAGES.some((dir) => rest.startsWith(dir))) return false;
  return path.endsWith('/') || rest === '404.html';
}

/** True when a site path is a 繁體 page. */
export function isHantPath(path: string, base: string): boolean {
  return path.startsWith(`${withSlash(base)}${HANT_DIR}/`);
}

/** `/base/xxgk/abc/?q=1` → `/base/zh-hant/xxgk/abc/?q=1`; anything without a twin is returned as it is. */
export function hantUrl(url: string, base: string): string {
  const [path, rest] = splitPath(url);
  if (!hasHantTwin(path, base)) return url;
  const b = withSlash(base);
  return `${b}${HANT_DIR}/${path.slice(b.length)}${rest}`;
}

/** `/base/zh-hant/xxgk/abc/` → `/base/xxgk/abc/`; anything else is returned as it is. */
export function hansUrl(url: string, base: string): string {
  const [path, rest] = splitPath(url);
  if (!isHantPath(path, base)) return url;
  const b = withSlash(base);
  return `${b}${path.slice(b.length + HANT_DIR.length + 1)}${rest}`;
}

/** The site path of a built HTML file: `xxgk/abc/index.html` → `/base/xxgk/abc/`, `404.html` → `/base/404.html`. */
export function pagePathOfFile(file: string, base: string): string {
  const rel = file.replaceAll('\\', '/').replace(/(^|\/)index\.html$/, '$1');
  return `${withSlash(base)}${rel}`;
}

/**
 * Which URLs a page may carry from a Markdown body: web and mail links,
 * phone numbers, paths on the site, and inline raster images; never a
 * script URL (`javascript:`, `vbscript:`, `data:text/html` …). Browsers
 * ignore control characters and spaces inside a scheme, so they are
 * removed before looking at it.
 */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const SAFE_IMAGE_DATA = /^data:image\/(png|jpeg|gif|webp|avif);/i;

export function isSafeUrl(url: string, forImage = false): boolean {
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1];
  if (scheme === undefined) return true;
  if (SAFE_SCHEMES.has(scheme.toLowerCase())) return true;
  return forImage && SAFE_IMAGE_DATA.test(compact);
}

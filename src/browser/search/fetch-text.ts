/**
 * Fetches a compressed part of the search index (the character map, the
 * router buckets) and returns its text, whatever the web server did with it.
 *
 * The build writes these files gzip-compressed under a neutral extension
 * (`.gkz`, as Pagefind uses `.pf_*`), so no server takes them for a
 * `.gz` download and labels them `Content-Encoding: gzip`. Still, a server
 * or CDN may compress any file on the fly, or (as `astro preview`,
 * nginx and Apache do for `.gz`) label a stored gzip file as an encoding, and
 * the browser then hands over data that is already decompressed. So the
 * bytes decide, not the URL: data starting with the gzip magic number
 * (1f 8b) is inflated, anything else is the text itself.
 */

/** True when the bytes start with the gzip magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The text of an index part's bytes, inflating them when they are still gzip. */
export async function decodeIndexText(bytes: Uint8Array): Promise<string> {
  if (!isGzip(bytes)) return new TextDecoder().decode(bytes);
  const inflated = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(inflated).text();
}

/** Fetches an index part and returns its text (see the module comment). */
export async function fetchIndexText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return decodeIndexText(new Uint8Array(await response.arrayBuffer()));
}

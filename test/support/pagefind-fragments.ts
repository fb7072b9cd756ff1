/**
 * Reads Pagefind's result fragments as a browser gets them, independently of
 * the build code that writes them (src/search/fragment-excerpts.ts): a file
 * is gzip of the signature `pagefind_dcd` followed by the fragment's JSON.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export const FRAGMENT_SIGNATURE = 'pagefind_dcd';

export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}

export function readFragment(file: string): Fragment {
  const raw = gunzipSync(fs.readFileSync(file)).toString('utf8');
  if (!raw.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`not a Pagefind fragment: ${file}`);
  return JSON.parse(raw.slice(FRAGMENT_SIGNATURE.length)) as Fragment;
}

/** Every fragment of one Pagefind bundle (a shard folder), with its file name. */
export function bundleFragments(bundle: string): Array<{ file: string; fragment: Fragment }> {
  const dir = path.join(bundle, 'fragment');
  return fs.readdirSync(dir).map((file) => ({ file, fragment: readFragment(path.join(dir, file)) }));
}

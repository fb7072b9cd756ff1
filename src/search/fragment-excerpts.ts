/**
 * Puts each record's excerpt source (`meta.text`, the start of its text, which
 * the search page cuts its excerpt from) into the result fragments Pagefind
 * wrote, instead of handing it to Pagefind with the record.
 *
 * Why: Pagefind indexes every meta value as words as well as storing it. For
 * our text that means each run of characters between spaces and punctuation
 * becomes an index word nobody can query (queries are folded Han pairs), and
 * in a 2,500-record shard those words were 44 % of the index chunks' bytes
 * and 13 % of the Pagefind service's CPU (docs/benchmarks-build.md, finding
 * 17). Added afterwards, the text is stored and downloaded exactly as before.
 *
 * The fragment's `content` is emptied at the same time: Pagefind keeps there
 * the words it was given (our folded terms), which no reader should see and
 * the search page never shows (it asks Pagefind for no excerpt and cuts its
 * own from `meta.text`); they were half of every result's download.
 *
 * A fragment file is gzip of the signature `pagefind_dcd` followed by the
 * fragment's JSON; its name stays Pagefind's, so the manifest and the page
 * lists that name it stay valid.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/**
 * Adds `meta.text` from `texts` (record URL → text) to every fragment in the
 * bundle at `bundleDir` and empties its `content`; returns how many it wrote.
 */
export function addExcerptSources(bundleDir: string, texts: ReadonlyMap<string, string>): number {
  const dir = path.join(bundleDir, 'fragment');
  let written = 0;
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    const raw = gunzipSync(fs.readFileSync(file)).toString('utf8');
    if (!raw.startsWith(SIGNATURE)) throw new Error(`搜索索引结果文件格式未知：${file}`);
    const fragment = JSON.parse(raw.slice(SIGNATURE.length)) as Fragment;
    const text = texts.get(fragment.url);
    if (text === undefined) continue;
    fragment.meta = { ...fragment.meta, text };
    fragment.content = '';
    fs.writeFileSync(file, gzipSync(SIGNATURE + JSON.stringify(fragment)));
    written++;
  }
  return written;
}

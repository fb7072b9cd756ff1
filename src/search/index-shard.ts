/**
 * Builds one search shard with Pagefind: reads each record's Markdown,
 * folds and tokenizes its text, and adds it as a Pagefind custom record.
 * Also returns the shard's terms for the router.
 *
 * Records are added with a private language code, so Pagefind does no
 * segmentation or stemming of its own: the terms are exactly ours.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { attachmentRecordText } from './attachment-records.ts';
import { addExcerptSources } from './fragment-excerpts.ts';
import type { SearchRecordSource } from './records.ts';
import { markdownToText } from './plain-text.ts';
import { HAN_PREFIX, isHanPair, tokenTerms, type CharMap } from '../utils/search-tokenize.ts';
import { detectScript } from '../utils/han-script.ts';

/** Pagefind language code of the index (no stemmer, no segmenter). */
export const INDEX_LANGUAGE = 'zz';
/** How much body text each result carries for its excerpt. */
const EXCERPT_SOURCE_CHARS = 1500;
/**
 * Occurrences of one term kept per record. Relevance hardly changes past a
 * few (BM25 term frequency saturates), while every occurrence costs bytes in
 * the index chunks and in the result fragment the browser downloads.
 */
const MAX_OCCURRENCES = 3;
/**
 * Stands in for a dropped occurrence (and closes each run of Han
 * characters), so the positions Pagefind reports say which query pairs are
 * adjacent (src/browser/search/adjacency.ts). Pagefind counts a word of
 * punctuation as a position but indexes nothing for it, so the filler costs
 * no index entry: a letter word here made one huge entry whose chunk the
 * 发文字号 words beside it in sort order had to download.
 */
export const FILLER_TERM = '、';
/**
 * Title terms are written this many more times after the text: a query
 * word in the title counts more than the same word in the body, so titles
 * come early in Pagefind's order, which the browser then re-ranks.
 */
const TITLE_REPEATS = 2;

/**
 * A run of Han characters ends with its last character alone (utils/search-tokenize.ts):
 * a filler after it keeps two runs apart, so 网站、审批 (网站 站 审批) does not
 * look like the pairs of 网站审批 (网站 站审 审批) at offsets 0 and 2.
 */
const endsRun = (term: string) => term.startsWith(HAN_PREFIX) && !isHanPair(term);

/** Appends `term` to `out`, with a filler after a run's last character. */
function pushWithRunEnd(out: string[], term: string): void {
  out.push(term);
  if (endsRun(term)) out.push(FILLER_TERM);
}

/**
 * Index words of a record: text terms at their own positions (see FILLER_TERM), then title terms again.
 * Built with one array and push: a `flatMap` with an array per term was a
 * tenth of a search worker's time in a cold build's profile.
 */
export function recordContent(
  textTerms: readonly string[],
  titleTerms: readonly string[],
  identifiers: readonly string[],
): string {
  const seen = new Map<string, number>();
  const out: string[] = [];
  for (const t of textTerms) {
    const n = (seen.get(t) ?? 0) + 1;
    seen.set(t, n);
    // A word past its MAX_OCCURRENCES is a filler: it keeps its place but adds no occurrence.
    if (n <= MAX_OCCURRENCES) pushWithRunEnd(out, t);
    else out.push(FILLER_TERM);
  }
  for (let i = 0; i < TITLE_REPEATS; i++) for (const t of titleTerms) pushWithRunEnd(out, t);
  for (const id of identifiers) out.push(id);
  return out.join(' ');
}

export interface ShardResult {
  records: number;
  terms: string[];
}

/** Terms the router must know: every index term, plus prefixes a query may use. */
function routerTerms(indexTerms: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const term of indexTerms) {
    out.add(term);
    if (isHanPair(term)) {
      // A one-character query matches the pairs that start with it.
      out.add(term.slice(0, HAN_PREFIX.length + 4));
    } else if (!term.startsWith(HAN_PREFIX) && !/^(wh|sy)[0-9a-z]+$/.test(term)) {
      for (let n = 2; n < Math.min(term.length, 12); n++) out.add(term.slice(0, n));
    }
  }
  return out;
}

/**
 * The core bundle: one placeholder record nobody can find, so the search page
 * can load Pagefind's code before it knows which shards a query needs.
 */
export async function indexPlaceholder(outDir: string): Promise<void> {
  fs.rmSync(outDir, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE, writePlayground: false });
  if (!index) throw new Error(`搜索索引无法创建：${errors.join('; ')}`);
  try {
    await index.addCustomRecord({
      url: '/',
      content: 'gongkaiplaceholderrecord',
      language: INDEX_LANGUAGE,
      meta: { title: '' },
    });
    await index.writeFiles({ outputPath: outDir });
  } finally {
    await pagefind.close();
  }
  removeUiBundles(outDir);
}

/** Pagefind writes its own UI bundles too; the site uses its own search page. */
function removeUiBundles(dir: string): void {
  for (const file of fs.readdirSync(dir)) {
    if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(file)) fs.rmSync(path.join(dir, file));
  }
}

/** The record's body is a 繁體 original: its `script` field says so, or its text does (utils/han-script.ts). */
function isHant(r: SearchRecordSource, text: string): boolean {
  return r.script ? r.script === '繁体' : detectScript(text).script === 'hant';
}

export async function indexShard(
  records: readonly SearchRecordSource[],
  outDir: string,
  t2s: CharMap,
): Promise<ShardResult> {
  fs.rmSync(outDir, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE, writePlayground: false });
  if (!index) throw new Error(`搜索索引无法创建：${errors.join('; ')}`);
  const shardTerms = new Set<string>();
  // Excerpt sources go into the fragments after Pagefind wrote them (fragment-excerpts.ts).
  const excerpts = new Map<string, string>();
  try {
    // Records are sent without waiting for each answer: the Pagefind service
    // works through them in order, and waiting would add a round trip per record.
    const pending: Array<Promise<{ errors: string[] }>> = [];
    for (const r of records) {
      const body = r.attachment ? attachmentRecordText(r) : markdownToText(fs.readFileSync(r.path, 'utf8'));
      const text = `${r.title}\n${body}`;
      const tokens = tokenTerms(text, t2s);
      const titleTerms = tokenTerms(r.title, t2s);
      for (const t of tokens) shardTerms.add(t);
      for (const t of r.identifiers) shardTerms.add(t);
      excerpts.set(r.url, text.slice(0, EXCERPT_SOURCE_CHARS));
      pending.push(
        index.addCustomRecord({
          url: r.url,
          content: recordContent(tokens, titleTerms, r.identifiers),
          language: INDEX_LANGUAGE,
          // A 繁體 original is indexed once, folded like any text; its script tells the search page how to show it.
          meta: { ...r.meta, ...(isHant(r, text) ? { script: 'hant' } : {}) },
          filters: r.filters,
          sort: { date: r.date },
        }),
      );
    }
    const added = await Promise.all(pending);
    const failed = added.flatMap((a, i) => (a.errors.length ? [`${records[i]!.url}: ${a.errors.join('; ')}`] : []));
    if (failed.length) throw new Error(`搜索索引出错：${failed.slice(0, 5).join(' | ')}`);
    const written = await index.writeFiles({ outputPath: outDir });
    if (written.errors.length) throw new Error(`搜索索引写入出错：${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  const filled = addExcerptSources(outDir, excerpts);
  if (filled !== excerpts.size) throw new Error(`搜索索引出错：${excerpts.size} 条记录只有 ${filled} 个结果文件`);
  removeUiBundles(outDir);
  return { records: records.length, terms: [...routerTerms(shardTerms)] };
}

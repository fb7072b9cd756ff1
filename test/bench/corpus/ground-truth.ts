/**
 * Search-recall ground truth: queries with every page expected to match.
 *
 * It follows the search oracle (test/support/recall-oracle.ts): a page is
 * expected when its title or Markdown body, folded to simplified characters,
 * contains every space-separated part of the query (folded the same way);
 * 发文字号 / 索引号 queries expect exactly their document. The stand-alone
 * pages count too. Common-term queries are kept only when at most
 * GROUND_TRUTH_CAP pages match.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Doc } from './document.ts';
import { urlOf } from './identifiers.ts';
import { Rng } from './random.ts';
import { GROUND_TRUTH_CAP, type Scanner } from './scanner.ts';

export interface GroundTruthQuery {
  id: string;
  query: string;
  kind: string;
  expectedUrls: string[];
}

/**
 * Scans the corpus' stand-alone pages; they are search records too, numbered
 * N, N+1 … after the N documents. Returns their URLs in that order.
 */
export function scanPages(
  scanner: Scanner,
  out: string,
  foldText: (text: string, traditional: boolean) => string,
  N: number,
): string[] {
  const pageUrls: string[] = [];
  for (const f of (fs.readdirSync(path.join(out, 'pages'), { recursive: true }) as string[])
    .filter((x) => /\.mdx?$/.test(x))
    .sort()) {
    const source = fs.readFileSync(path.join(out, 'pages', f), 'utf8');
    const fm = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
    const title = fm ? String((parseYaml(fm[1]!) as { title?: unknown }).title ?? '') : '';
    pageUrls.push(`/${f.replaceAll('\\', '/').replace(/\.mdx?$/, '')}/`);
    scanner.scan(foldText(`${title}\n${fm ? source.slice(fm[0].length) : source}`, true), N + pageUrls.length - 1);
  }
  return pageUrls;
}

/** The queries, once every page is scanned; needles the scan missed are reported in `warnings`. */
export function groundTruth(
  scanner: Scanner,
  docs: Doc[],
  N: number,
  pageUrls: string[],
  seed: number,
  warnings: string[],
): GroundTruthQuery[] {
  const urlOfIndex = (k: number) => (k < N ? urlOf(docs[k]!) : pageUrls[k - N]!);
  const gt: GroundTruthQuery[] = [];
  const add = (kind: string, query: string, docIdx: Iterable<number>) => {
    const urls = [...new Set([...docIdx].map(urlOfIndex))].sort();
    if (urls.length === 0) return;
    gt.push({
      id: `${kind}-${String(gt.filter((x) => x.kind === kind).length + 1).padStart(3, '0')}`,
      query,
      kind,
      expectedUrls: urls,
    });
  };
  const gr = new Rng(seed, 0x7fffffff);
  const terms = scanner.terms;
  terms.forEach((t, ti) => {
    if (t.kind !== 'needle') return;
    const planted = docs.filter((d) => d.needles?.includes(ti)).map((d) => d.i);
    const missing = planted.filter((k) => !t.docs.includes(k));
    if (missing.length) warnings.push(`needle ${t.text}: ${missing.length} planted document(s) not found by the scan`);
    add(t.text.length === 2 ? 'short' : 'simplified', t.text, t.docs);
    if (t.trad) add('traditional', t.trad, t.docs);
  });
  const usable = terms.filter((t) => t.kind !== 'needle' && t.active && t.count > 0 && t.count <= GROUND_TRUTH_CAP);
  let nSimple = 0;
  let nShort = 0;
  let nTrad = 0;
  for (const t of usable) {
    if (t.kind === 'short' || t.text.length === 2) {
      if (nShort++ < 40) add('short', t.text, t.docs);
    } else if (nSimple++ < 100) add('simplified', t.text, t.docs);
    else continue;
    if (t.trad && nTrad++ < 100) add('traditional', t.trad, t.docs);
  }
  // mixed: a needle in one script and a co-occurring term in the other
  let nMixed = 0;
  terms.forEach((t, ti) => {
    if (t.kind !== 'needle' || nMixed >= 20 || t.docs.length === 0) return;
    const needleTrad = ti % 2 === 1 && t.trad !== undefined;
    const candidates = new Set<number>();
    for (const k of t.docs)
      for (const c of scanner.needleDocTerms.get(k) ?? []) {
        const other = terms[c]!;
        if (other.kind === 'short') continue;
        if (needleTrad || other.trad !== undefined) candidates.add(c);
      }
    if (!candidates.size) return;
    const sorted = [...candidates].sort((a, b) => a - b);
    const c = sorted[gr.int(0, sorted.length - 1)]!;
    const other = terms[c]!;
    const docsBoth = t.docs.filter((k) => scanner.needleDocTerms.get(k)?.has(c));
    const query = needleTrad ? `${t.trad} ${other.text}` : `${t.text} ${other.trad ?? other.text}`;
    add('mixed', query, docsBoth);
    nMixed++;
  });
  // exact identifiers
  const withDocNo = docs.filter((d) => d.docNo);
  const withIndexNo = docs.filter((d) => d.indexNo);
  for (let k = 0; k < Math.min(15, withDocNo.length); k++) {
    const d = withDocNo[gr.int(0, withDocNo.length - 1)]!;
    if (!gt.some((x) => x.kind === 'docNo' && x.query === d.docNo)) add('docNo', d.docNo!, [d.i]);
  }
  for (let k = 0; k < Math.min(15, withIndexNo.length); k++) {
    const d = withIndexNo[gr.int(0, withIndexNo.length - 1)]!;
    if (!gt.some((x) => x.kind === 'indexNo' && x.query === d.indexNo)) add('indexNo', d.indexNo!, [d.i]);
  }
  return gt;
}

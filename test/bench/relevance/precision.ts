/**
 * Precision of phrase queries, judged without the index: a returned page is
 * right when its whole text (title and body, converted to simplified with
 * OpenCC's own converter, see test/support/recall-oracle.ts) contains every
 * phrase of the query (its Han runs of three or more characters, question
 * words removed). Recall over the same oracle is reported beside it.
 * 发文字号 and questions are left out.
 */
import * as OpenCC from 'opencc-js';
import type { OraclePage } from '../../support/recall-oracle.ts';
import type { Judged } from './judgments.ts';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const QUESTION = /怎么办|怎么样|怎么|怎样|如何|为什么|为何|什么|哪里|哪些|哪个|谁来|是否|能否|可以吗|有没有|吗|呢/g;

export function phrasesOf(q: string): string[] {
  return (
    toSimplified(q.normalize('NFKC').toLowerCase())
      .replace(QUESTION, ' ')
      .match(/(?=[0-9]*\p{Script=Han})[\p{Script=Han}0-9]{3,}/gu) ?? []
  );
}

export function phrasePrecision(judged: readonly Judged[], lists: readonly string[][], pages: readonly OraclePage[]) {
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  let returned = 0;
  let kept = 0;
  let expected = 0;
  let found = 0;
  let queries = 0;
  judged.forEach((j, i) => {
    const phrases = phrasesOf(j.q);
    // Questions may fall back to partial matches, shown as such (engine.ts partialSearch): not phrase queries.
    if (j.kind === '文号' || j.kind === '问句' || phrases.length === 0) return;
    queries++;
    const list = new Set(lists[i]!);
    for (const url of list) {
      const page = byUrl.get(url);
      if (!page) continue;
      returned++;
      if (phrases.every((p) => page.text.includes(p))) kept++;
    }
    for (const page of pages) {
      if (!phrases.every((p) => page.text.includes(p))) continue;
      expected++;
      if (list.has(page.url)) found++;
    }
  });
  return {
    queries,
    returned,
    kept,
    precision: returned ? kept / returned : 1,
    recall: expected ? found / expected : 1,
  };
}

/**
 * The generated corpus part of the judged set: a person typing a document's
 * published title, or its 发文字号, wants that document (grade 3). Queries
 * are every k-th document whose title (or 发文字号) no other document
 * shares, so the named document is the only right first answer.
 */
import path from 'node:path';
import { checkContent } from '../../../src/checks/check-content.ts';
import { searchRecordSources } from '../../../src/search/records.ts';
import { sitePaths } from '../../../src/utils/site-paths.ts';
import { loadSiteSettings } from '../../../src/schemas/site-settings.ts';
import type { Judged } from './judgments.ts';

export function corpusJudgments(content: string, perKind = 30): Judged[] {
  const records = searchRecordSources(checkContent(content).entries, loadSiteSettings(content), sitePaths('/'));
  const count = (key: (r: (typeof records)[number]) => string | undefined) => {
    const n = new Map<string, number>();
    for (const r of records) {
      const k = key(r);
      if (k) n.set(k, (n.get(k) ?? 0) + 1);
    }
    return n;
  };
  const titles = count((r) => r.title);
  const docNos = count((r) => r.meta.docNo);
  const uniqueTitle = records.filter((r) => titles.get(r.title) === 1);
  const uniqueDocNo = records.filter((r) => r.meta.docNo && docNos.get(r.meta.docNo) === 1);
  const every = <T>(xs: T[]) =>
    xs.filter((_x, i) => i % Math.max(1, Math.floor(xs.length / perKind)) === 0).slice(0, perKind);
  return [
    ...every(uniqueTitle).map((r) => ({ kind: '语料·标题', q: r.title, target: r.url, rel: { [r.url]: 3 } })),
    ...every(uniqueDocNo).map((r) => ({ kind: '语料·文号', q: r.meta.docNo!, target: r.url, rel: { [r.url]: 3 } })),
  ];
}

export const corpusContent = (work: string) => path.join(work, 'content');

/**
 * The independent answer to "which pages should a query find", for recall
 * tests: a page is expected when its title or text contains the query (each
 * space-separated part), after both are converted to simplified characters
 * with OpenCC's full converter (phrases included) — not with the search
 * index's own character map — or when the query is the page's 发文字号 or
 * 索引号.
 */
import fs from 'node:fs';
import * as OpenCC from 'opencc-js';
import { checkContent } from '../../src/checks/check-content.ts';
import { markdownToText } from '../../src/search/plain-text.ts';
import { searchRecordSources } from '../../src/search/records.ts';
import { normaliseDocNumber } from '../../src/utils/doc-number.ts';
import { sitePaths } from '../../src/utils/site-paths.ts';
import { loadSiteSettings } from '../../src/schemas/site-settings.ts';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const fold = (s: string) => toSimplified(s.normalize('NFKC').toLowerCase());

export interface OraclePage {
  url: string;
  text: string;
  docNo?: string | undefined;
  indexNo?: string | undefined;
}

export function oraclePages(contentDir: string): OraclePage[] {
  const report = checkContent(contentDir);
  const records = searchRecordSources(report.entries, loadSiteSettings(contentDir), sitePaths('/'));
  return records.map((r) => ({
    url: r.url,
    text: fold(`${r.title}\n${markdownToText(fs.readFileSync(r.path, 'utf8'))}`),
    docNo: r.meta.docNo,
    indexNo: r.meta.indexNo,
  }));
}

export function expectedUrls(pages: readonly OraclePage[], kind: string, query: string): string[] {
  if (kind === 'docNo')
    return pages.filter((p) => p.docNo && normaliseDocNumber(p.docNo) === normaliseDocNumber(query)).map((p) => p.url);
  if (kind === 'indexNo') return pages.filter((p) => p.indexNo === query).map((p) => p.url);
  const parts = query.split(/\s+/).filter(Boolean).map(fold);
  return pages.filter((p) => parts.every((part) => p.text.includes(part))).map((p) => p.url);
}

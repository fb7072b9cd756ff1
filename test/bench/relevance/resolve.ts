/**
 * Turns the judged set's file references (judgments.ts: `doc:` + the file
 * under content/, `索引号:` + the file for a query that is its 索引号) into
 * the URLs and 索引号 of the content the site is built from, so the
 * judgments name documents by something that never moves.
 */
import path from 'node:path';
import { checkContent } from '../../../src/checks/check-content.ts';
import { indexNumbersOf } from '../../../src/catalogue/entry.ts';
import { registerOfEntries } from '../../../src/catalogue/index-registry.ts';
import { sitePaths } from '../../../src/utils/site-paths.ts';
import { loadSiteSettings } from '../../../src/schemas/site-settings.ts';
import { projectRoot } from '../../support/paths.ts';
import { DOC, INDEX_NO, JUDGED_BY_FILE, type Judged } from './judgments.ts';

export function resolveJudged(judged: readonly Judged[], content: string): Judged[] {
  const report = checkContent(content);
  const { numbers } = indexNumbersOf(report.entries, loadSiteSettings(content), registerOfEntries(report.entries));
  const paths = sitePaths('/');
  const numberOf = (file: string) => {
    const n = numbers.get(file);
    if (!n) throw new Error(`judgments.ts: no published document ${file} in ${content}`);
    return n;
  };
  const ref = (x: string) => (x.startsWith(DOC) ? paths.document(numberOf(x.slice(DOC.length))) : x);
  return judged.map((j) => ({
    ...j,
    q: j.q.startsWith(INDEX_NO) ? numberOf(j.q.slice(INDEX_NO.length)) : j.q,
    ...(j.target ? { target: ref(j.target) } : {}),
    rel: Object.fromEntries(Object.entries(j.rel).map(([k, grade]) => [ref(k), grade])),
  }));
}

/** The sample site's judged set, with URLs. */
export const sampleJudgments = () => resolveJudged(JUDGED_BY_FILE, path.join(projectRoot, 'content'));

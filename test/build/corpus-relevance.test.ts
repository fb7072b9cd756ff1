/**
 * The generated-corpus part of the judged relevance set, in the test suite:
 * 500 generated documents (seed 7, as `npm run bench:relevance -- --corpus N`
 * uses) indexed by the real index build in this test's own folder, then
 * every query naming one document by its published title or 发文字号
 * (test/bench/relevance/corpus.ts) asked in Chromium with the site's search
 * engine. Targets as on the sample site: the named document first in ≥ 98 %
 * of queries, NDCG@10 ≥ 0.85.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusJudgments } from '../bench/relevance/corpus.ts';
import type { Judged } from '../bench/relevance/judgments.ts';
import { scoreQuery, summarise } from '../bench/relevance/metrics.ts';
import { bundleEngine, rankWithEngine } from '../bench/relevance/run.ts';
import { TARGETS } from '../bench/relevance/targets.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildCorpusIndex } from '../support/corpus-index.ts';
import { writeBlankSite } from '../support/engine-bundle.ts';
import { projectRoot, testTmp } from '../support/paths.ts';

const work = path.join(testTmp, 'corpus-relevance');
const site = path.join(work, 'site');
let browser: Browser | undefined;
let judged: Judged[];
let lists: string[][];

beforeAll(async () => {
  // Several shards (100 records each), so ranking across merged shards is what is measured.
  await buildCorpusIndex({ docs: 500, seed: 7, shardSize: 100, work, site });
  writeBlankSite(site);
  judged = corpusJudgments(path.join(work, 'content'));
  browser = await launchBrowser();
  lists = await rankWithEngine(
    browser,
    site,
    await bundleEngine(path.join(projectRoot, 'src/browser/search/engine.ts')),
    judged.map((j) => j.q),
  );
}, 300_000);
afterAll(async () => {
  await browser?.close();
});

describe('judged queries on a generated corpus of 500 documents', () => {
  it('asks for documents by title and by 发文字号', () => {
    const kinds = new Map<string, number>();
    for (const j of judged) kinds.set(j.kind, (kinds.get(j.kind) ?? 0) + 1);
    expect(kinds.get('语料·标题')).toBeGreaterThanOrEqual(20);
    expect(kinds.get('语料·文号')).toBeGreaterThanOrEqual(10);
    // Every query names a document the index has.
    for (const j of judged) expect(j.target).toMatch(/^\/(xxgk|xwzx)\//);
  });

  it('puts the named document first in ≥ 98 % of queries, NDCG@10 ≥ 0.85', () => {
    const summary = summarise(judged.map((j, i) => scoreQuery(j, lists[i]!)));
    const all = summary.find((k) => k.kind === '全部')!;
    const missed = judged.flatMap((j, i) =>
      lists[i]![0] === j.target ? [] : [`${j.q} → ${lists[i]![0] ?? '（无结果）'}`],
    );
    expect(all.targetFirst! >= TARGETS.targetFirst, `named first ${all.targetFirst}: ${missed.join(' | ')}`).toBe(true);
    expect(all.ndcg, missed.join(' | ')).toBeGreaterThanOrEqual(TARGETS.ndcg);
    for (const kind of summary) expect(kind.ndcg, kind.kind).toBeGreaterThanOrEqual(TARGETS.ndcg);
  });
});

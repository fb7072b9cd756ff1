/**
 * A generated corpus with its search index, built by the real index build in
 * a child process (as the site build runs it), for tests that search at a
 * size the sample site does not reach.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { generateCorpus } from '../bench/generate-corpus.ts';
import { projectRoot } from './paths.ts';

export interface GroundTruth {
  query: string;
  kind: string;
  expectedUrls: string[];
}

export interface CorpusIndexOptions {
  docs: number;
  seed: number;
  /** Records per shard: small, so that the corpus makes several shards. */
  shardSize: number;
  /** Working folder (emptied first): `content/` and `cache/` go here. */
  work: string;
  /** Where the index goes (`search-index/` is created inside). */
  site: string;
}

/** Generates the corpus, indexes it into `site/search-index/` and returns its ground truth. */
export async function buildCorpusIndex(o: CorpusIndexOptions): Promise<GroundTruth[]> {
  fs.rmSync(o.work, { recursive: true, force: true });
  const content = path.join(o.work, 'content');
  await generateCorpus({ docs: o.docs, out: content, seed: o.seed });
  const built = spawnSync(
    process.execPath,
    [
      path.join(projectRoot, 'test/bench/build-search-index.ts'),
      content,
      path.join(o.site, 'search-index'),
      path.join(o.work, 'cache'),
      String(o.shardSize),
    ],
    { encoding: 'utf8', cwd: projectRoot },
  );
  if (built.status !== 0) throw new Error(built.stderr);
  return JSON.parse(fs.readFileSync(path.join(content, 'ground-truth.json'), 'utf8')) as GroundTruth[];
}

/**
 * Worker thread of build-search.ts: reads each shard's term list and makes
 * the gzipped router buckets. On the main thread this was 1.4 s of a
 * one-edit build of 100,000 documents, taken from Astro's content sync,
 * which runs there at the same time (docs/benchmarks-build.md, finding 24).
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parentPort, workerData } from 'node:worker_threads';
import { buildRouterBuckets } from '../utils/search-router.ts';

const shardDirs = workerData as string[];
const terms = shardDirs.map((dir) => fs.readFileSync(path.join(dir, 'terms.txt'), 'utf8').split('\n').filter(Boolean));
parentPort!.postMessage(buildRouterBuckets(terms).map((text) => gzipSync(text)));

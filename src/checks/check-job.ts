/**
 * One content file checked on its own, as a job a worker thread can run
 * (parallel-check.ts): the same read and checkFile() as checkContent()'s
 * loop, with only plain data in and out.
 */
import type { CollectionName } from '../schemas/collections.ts';
import type { ContentProblem } from '../schemas/format-issues.ts';
import type { BodyFacts } from './body-facts.ts';
import { checkFile } from './check-file.ts';
import { readSourceText } from './check-source-file.ts';
import { SourceLines } from './source-lines.ts';

export interface CheckJob {
  collection: CollectionName;
  /** Path within the collection folder. */
  relative: string;
  /** Path as reports show it. */
  file: string;
  /** Absolute path. */
  path: string;
  /** The file's size and times when it was listed (catalogue/file-digests.ts statKey). */
  key: string;
}

export interface CheckedFile {
  path: string;
  key: string;
  data: Record<string, unknown>;
  facts: BodyFacts;
}

/** The file's data and facts when it is valid; undefined when it has any problem (checkContent() reports it). */
export function checkOneFile(job: CheckJob): CheckedFile | undefined {
  const ignored: ContentProblem[] = [];
  const text = readSourceText(job.path, job.file, ignored);
  if (!text.ok) return undefined;
  const result = checkFile({ ...job, source: text.source }, new SourceLines());
  return result.ok ? { path: job.path, key: job.key, data: result.data, facts: result.facts } : undefined;
}

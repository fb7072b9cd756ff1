/** What generateCorpus takes and what it reports back. */
import type { CollectionName } from './document.ts';

export interface CorpusOptions {
  /** Number of documents (pages not counted). */
  docs: number;
  /** Output folder; created, or replaced when it holds an earlier corpus. */
  out: string;
  seed?: number;
  /** Share of documents written in Traditional Chinese (default 0.05). */
  traditionalShare?: number;
  /** Share of documents written as .mdx (default 0.1). */
  mdxShare?: number;
  /** Share of non-news documents with an attachment (a generated PDF, XLSX, DOCX or OFD); 0: none. */
  attachmentShare?: number;
  /** Source content folder for site.yaml, pages/ and the attachment PDF (default: the repository's content/). */
  sourceContent?: string;
  /** Print the one-line JSON summary (default true from the CLI, false otherwise). */
  print?: boolean;
}

export interface CorpusSummary {
  out: string;
  seed: number;
  docs: number;
  counts: Record<CollectionName, number>;
  traditional: number;
  mdx: number;
  attachments: number;
  attachmentBytes: number;
  files: number;
  bytes: number;
  queries: number;
  queryKinds: Record<string, number>;
  warnings: string[];
  seconds: number;
}

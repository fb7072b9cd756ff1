/**
 * Attachment text in the search: each attachment with text is its own
 * record, pointing at its document's attachment list (`…/#fj2`) and carrying
 * the label the result shows ("附件2：……（PDF）") and the file's address.
 * A record of its own (rather than more words in the document's record) is
 * what lets the result say which attachment matched; it costs the browser
 * about 11 bytes per record in each shard's page list, and nothing else
 * until it is a result.
 */
import fs from 'node:fs';
import path from 'node:path';
import { shortDigest } from '../catalogue/file-digests.ts';
import type { SearchRecordSource } from './record-source.ts';
import { fileExtension } from '../utils/file-info.ts';
import type { SitePaths } from '../utils/site-paths.ts';
import type { AttachmentTexts } from '../attachments/extraction.ts';
import { fullText, type ExtractResult } from '../attachments/types.ts';

/** Characters of one attachment's text that are searched (about ten pages): beyond that, the index grows for little. */
export const SEARCHED_CHARS = 20_000;

export interface AttachmentSearchSource {
  n: number;
  sha256: string;
  ext: string;
  /** The cached extraction result (JSON). */
  resultFile: string;
}

/** 索引号 → the attachments of that document that have text. */
export type AttachmentSearchSources = Map<string, AttachmentSearchSource[]>;

/**
 * What the search needs of the build's published-file list
 * (publish/published-files.ts, whose PublishedFiles fits this shape): each
 * published attachment and whether its text could be read.
 */
export interface PublishedAttachmentTexts {
  attachments: readonly { source: string; indexNo: string; n: number; sha256: string }[];
  attachmentFacts?: ReadonlyMap<string, { hasText: boolean }> | undefined;
}

export function attachmentSearchSources(
  files: PublishedAttachmentTexts | undefined,
  texts: AttachmentTexts,
): AttachmentSearchSources {
  const out: AttachmentSearchSources = new Map();
  for (const a of files?.attachments ?? []) {
    if (!files?.attachmentFacts?.get(a.sha256)?.hasText) continue;
    const list = out.get(a.indexNo) ?? [];
    list.push({ n: a.n, sha256: a.sha256, ext: fileExtension(a.source), resultFile: texts.resultFile(a.sha256) });
    out.set(a.indexNo, list);
  }
  return out;
}

/** "附件2：桥梁隧道防汛巡查责任清单（PDF）" */
export const attachmentLabel = (n: number, title: string, ext: string) => `附件${n}：${title}（${ext.toUpperCase()}）`;

/** The search records of one document's attachments, made beside the document's own record. */
export function attachmentRecords(
  doc: SearchRecordSource,
  data: Record<string, unknown>,
  indexNo: string,
  sources: AttachmentSearchSource[] | undefined,
  paths: SitePaths,
): SearchRecordSource[] {
  const list = (data.attachments as { file: string; title?: string }[] | undefined) ?? [];
  return (sources ?? []).map((s) => {
    const a = list[s.n - 1]!;
    const label = attachmentLabel(s.n, a.title ?? path.basename(a.file).replace(/\.[^.]+$/, ''), s.ext);
    return {
      ...doc,
      url: `${doc.url}#fj${s.n}`,
      path: s.resultFile,
      attachment: label,
      meta: {
        ...doc.meta,
        attachment: label,
        file: paths.attachmentVersion(indexNo, s.n, s.ext, shortDigest(s.sha256)),
      },
      // The document's 发文字号 and 索引号 find the document, not each of its files.
      identifiers: [],
    };
  });
}

/** The text a record of an attachment indexes: its label, then its text (capped). */
export function attachmentRecordText(record: SearchRecordSource): string {
  const result = JSON.parse(fs.readFileSync(record.path, 'utf8')) as ExtractResult;
  const text = result.ok ? fullText(result) : '';
  return `${record.attachment}\n${text.slice(0, SEARCHED_CHARS)}`;
}

/**
 * Attachments of a disclosure item: files beside the entry, published under
 * `/files/{索引号}/{n}.{digest}.{ext}` (the address pages link: a replaced
 * file gets a new one, so no cache ever serves the old file under it) and
 * under the lasting `/files/{索引号}/{n}.{ext}`, with their type and size.
 * The integration digests and publishes the files once per build
 * (publish/published-files.ts); pages take the digests from its list.
 */
import fs from 'node:fs';
import path from 'node:path';
import { shortDigest, sha256OfFile, statKey } from '../catalogue/file-digests.ts';
import { publishedFiles } from '../publish/handoff.ts';
import { fileExtension, fileTypeName, formatFileSize } from '../utils/file-info.ts';
import type { DocItem } from './catalogue.ts';
import { urls } from './urls.ts';

export interface AttachmentInfo {
  title: string;
  /** Original file name, offered as the download name. */
  fileName: string;
  sourcePath: string;
  /** The versioned address the page links. */
  url: string;
  /** The lasting address, e.g. `/files/11990000MB0000001X-2025-00003/1.pdf`. */
  stableUrl: string;
  ext: string;
  typeName: string;
  bytes: number;
  sizeText: string;
  /**
   * False when a screen reader cannot read the file: the editor says so
   * (`accessible: false`), or the attachment check found it (an image-only
   * or untagged PDF, an OFD) and the editor did not say `accessible: true`.
   * The page then offers to ask for another format.
   */
  accessible: boolean;
  /** DOCX/XLSX: the address of the file's HTML view ("在线阅读"). */
  viewUrl?: string | undefined;
  sha256: string;
}

/** Digests read here when the build's list lacks a file (the dev server). */
const readNow = new Map<string, string>();

/** What the attachment check found inside a version of a file (none in unit tests). */
export const factsOf = (sha256: string) => publishedFiles.read()?.attachmentFacts?.get(sha256);

function digestOf(sourcePath: string, stat: fs.Stats): string {
  const listed = publishedFiles.read()?.attachmentDigests.get(sourcePath);
  if (listed) return listed;
  const key = `${sourcePath}\n${statKey(stat)}`;
  let digest = readNow.get(key);
  if (!digest) readNow.set(key, (digest = sha256OfFile(sourcePath)));
  return digest;
}

export function attachmentsOf(item: DocItem): AttachmentInfo[] {
  const entryFile = item.entry.filePath;
  if (!entryFile) return [];
  const dir = path.dirname(path.resolve(entryFile));
  return item.data.attachments.map((a, i) => {
    const sourcePath = path.join(dir, a.file);
    const ext = fileExtension(a.file);
    const stat = fs.statSync(sourcePath);
    const bytes = stat.size;
    const digest = digestOf(sourcePath, stat);
    const facts = factsOf(digest);
    return {
      title: a.title ?? path.basename(a.file).replace(/\.[^.]+$/, ''),
      fileName: path.basename(a.file),
      sourcePath,
      url: urls.attachmentVersion(item.indexNo, i + 1, ext, shortDigest(digest)),
      stableUrl: urls.attachment(item.indexNo, i + 1, ext),
      ext,
      typeName: fileTypeName(ext),
      bytes,
      sizeText: formatFileSize(bytes),
      accessible: a.accessible ?? !facts?.notFriendly,
      viewUrl: facts?.hasView ? urls.attachmentView(item.indexNo, i + 1) : undefined,
      sha256: digest,
    };
  });
}

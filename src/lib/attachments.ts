/**
 * Attachments of a disclosure item: files beside the entry, published under
 * `/files/{索引号}/{n}.{ext}` with their type and size measured at build time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileExtension, fileTypeName, formatFileSize } from '../utils/file-info.ts';
import type { DocItem } from './catalogue.ts';
import { urls } from './urls.ts';

export interface AttachmentInfo {
  title: string;
  /** Original file name, offered as the download name. */
  fileName: string;
  sourcePath: string;
  url: string;
  /** Path segment under /files/, e.g. `11990000MB0000001X-2025-00003/1.pdf`. */
  route: string;
  ext: string;
  typeName: string;
  bytes: number;
  sizeText: string;
}

export function attachmentsOf(item: DocItem): AttachmentInfo[] {
  const entryFile = item.entry.filePath;
  if (!entryFile) return [];
  const dir = path.dirname(path.resolve(entryFile));
  return item.data.attachments.map((a, i) => {
    const sourcePath = path.join(dir, a.file);
    const ext = fileExtension(a.file);
    const bytes = fs.statSync(sourcePath).size;
    const url = urls.attachment(item.indexNo, i + 1, ext);
    return {
      title: a.title ?? path.basename(a.file).replace(/\.[^.]+$/, ''),
      fileName: path.basename(a.file),
      sourcePath,
      url,
      route: url.replace(/^.*\/files\//, ''),
      ext,
      typeName: fileTypeName(ext),
      bytes,
      sizeText: formatFileSize(bytes),
    };
  });
}

/**
 * Extracts one attachment by its extension. Formats without a reader (ZIP,
 * images …) are not an error: they simply have no text here.
 */
import { extractDoc } from './extract-doc.ts';
import { extractDocx } from './extract-docx.ts';
import { extractOfd } from './extract-ofd.ts';
import { extractPdf } from './extract-pdf.ts';
import { extractXls } from './extract-xls.ts';
import { extractXlsx } from './extract-xlsx.ts';
import type { Extracted } from './types.ts';

const READERS: Record<string, (bytes: Uint8Array) => Extracted | Promise<Extracted>> = {
  pdf: extractPdf,
  ofd: extractOfd,
  docx: extractDocx,
  doc: extractDoc,
  xlsx: extractXlsx,
  xls: extractXls,
};

/** Extensions whose text is read (lower case, no dot). */
export const READABLE_TYPES = Object.keys(READERS);

export const isReadable = (ext: string) => Object.hasOwn(READERS, ext.toLowerCase());

export async function extractBytes(ext: string, bytes: Uint8Array): Promise<Extracted> {
  const reader = READERS[ext.toLowerCase()];
  if (!reader) throw new Error(`不读取 .${ext} 文件的内容`);
  return reader(bytes);
}

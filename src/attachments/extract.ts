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
import type { READABLE_TYPES } from './readable-types.ts';

// One reader for each readable type (readable-types.ts), checked by the type.
const READERS: Record<(typeof READABLE_TYPES)[number], (bytes: Uint8Array) => Extracted | Promise<Extracted>> = {
  pdf: extractPdf,
  ofd: extractOfd,
  docx: extractDocx,
  doc: extractDoc,
  xlsx: extractXlsx,
  xls: extractXls,
};

export async function extractBytes(ext: string, bytes: Uint8Array): Promise<Extracted> {
  const key = ext.toLowerCase();
  if (!Object.hasOwn(READERS, key)) throw new Error(`不读取 .${ext} 文件的内容`);
  return READERS[key as keyof typeof READERS](bytes);
}

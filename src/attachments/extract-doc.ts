/**
 * Legacy Word (.doc) text with word-extractor (pure JavaScript, reads the
 * OLE compound file; no LibreOffice needed). There is no HTML view for .doc:
 * its text has no reliable structure to make one from.
 */
import WordExtractor from 'word-extractor';
import { tidyCjkText } from './cjk-text.ts';
import type { Extracted } from './types.ts';

export async function extractDoc(bytes: Uint8Array): Promise<Extracted> {
  const doc = await new WordExtractor().extract(Buffer.from(bytes));
  const text = tidyCjkText([doc.getBody(), doc.getFootnotes(), doc.getEndnotes()].filter(Boolean).join('\n'));
  return { ok: true, parts: text ? [{ where: '正文', text }] : [], units: 1, imageOnly: false };
}

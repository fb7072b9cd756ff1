/**
 * PDF text with unpdf (a maintained build of Mozilla's pdf.js for servers,
 * without a canvas or worker of its own). Text comes page by page in the
 * order the page draws it, which is reading order for what office suites
 * and 公文 systems export; a new line starts where the baseline moves, and
 * the spaces some generators put between CJK characters are removed.
 */
import { getDocumentProxy } from 'unpdf';
import { tidyCjkText } from './cjk-text.ts';
import type { Extracted, TextPart } from './types.ts';

interface Item {
  str?: string;
  hasEOL?: boolean;
  transform?: number[];
}

function pageText(items: readonly Item[]): string {
  let out = '';
  let lastY: number | undefined;
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    const y = item.transform?.[5];
    if (lastY !== undefined && y !== undefined && Math.abs(y - lastY) > 2 && !out.endsWith('\n')) out += '\n';
    out += item.str;
    if (item.hasEOL) out += '\n';
    if (y !== undefined) lastY = y;
  }
  return tidyCjkText(out);
}

export async function extractPdf(bytes: Uint8Array): Promise<Extracted> {
  // pdf.js wants a plain Uint8Array (not a Buffer) and may take ownership of it: give it a copy.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), {
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const parts: TextPart[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const text = pageText((await page.getTextContent()).items as Item[]);
      if (text) parts.push({ where: `第${n}页`, text });
      page.cleanup();
    }
    const mark = (await pdf.getMarkInfo()) as { Marked?: boolean } | null;
    // A structure tree is what makes a PDF "tagged"; MarkInfo alone is sometimes set without one.
    const first = pdf.numPages > 0 ? await (await pdf.getPage(1)).getStructTree().catch(() => null) : null;
    const tagged = Boolean(mark?.Marked) && Boolean(first && (first as { children?: unknown[] }).children?.length);
    return { ok: true, parts, units: pdf.numPages, imageOnly: pdf.numPages > 0 && parts.length === 0, tagged };
  } finally {
    await pdf.cleanup();
    await pdf.loadingTask?.destroy();
  }
}

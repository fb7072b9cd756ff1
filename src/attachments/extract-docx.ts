/**
 * DOCX text and an HTML view with mammoth (maintained, made for exactly
 * this: semantic HTML from Word files, tables as tables). Images are left
 * out of the view (the download has them), and a link keeps its address only
 * when it is a web, mail or in-page one: a Word file may carry `javascript:`.
 */
import mammoth from 'mammoth';
import { tidyCjkText } from './cjk-text.ts';
import type { Extracted } from './types.ts';

const SAFE_HREF = /^(https?:|mailto:|#)/i;

/**
 * mammoth's HTML with images dropped, unsafe link targets removed and
 * headings one level down: the view's page has its own h1 (the attachment's
 * title), and a page has one h1.
 */
export function cleanMammothHtml(html: string): string {
  return html
    .replace(/<(\/?)h([1-6])\b/g, (_m, close: string, level: string) => `<${close}h${Math.min(6, Number(level) + 1)}`)
    .replace(/<img\b[^>]*>/g, '')
    .replace(/<a\b([^>]*)>/g, (_m, attrs: string) => {
      const href = /\bhref="([^"]*)"/.exec(attrs)?.[1];
      const id = /\bid="([^"]*)"/.exec(attrs)?.[1];
      const kept = [
        href && SAFE_HREF.test(href.replace(/&amp;/g, '&').trim()) ? ` href="${href}"` : '',
        id ? ` id="${id}"` : '',
      ].join('');
      return `<a${kept}>`;
    });
}

export async function extractDocx(bytes: Uint8Array): Promise<Extracted> {
  const buffer = Buffer.from(bytes);
  const [raw, html] = await Promise.all([
    mammoth.extractRawText({ buffer }),
    mammoth.convertToHtml(
      { buffer },
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), idPrefix: 'doc-' },
    ),
  ]);
  const text = tidyCjkText(raw.value);
  return {
    ok: true,
    parts: text ? [{ where: '正文', text }] : [],
    units: 1,
    imageOnly: false,
    html: cleanMammothHtml(html.value),
  };
}

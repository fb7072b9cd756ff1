/**
 * OFD (GB/T 33190) is a ZIP of XML files: OFD.xml names each document's
 * Document.xml, which lists its pages in order; a page's text is in its
 * TextCode elements. fflate reads the ZIP; the XML is simple enough that
 * the few elements needed are found by pattern. Pages whose content is only
 * images (ImageObject) are what a scan looks like.
 */
import { strFromU8, unzipSync } from 'fflate';
import { tidyCjkText } from './cjk-text.ts';
import type { Extracted, TextPart } from './types.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()]!;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** Joins a ZIP folder and a relative (or root-relative) path from inside an OFD file. */
function resolve(folder: string, ref: string): string {
  const parts = (ref.startsWith('/') ? ref.slice(1) : `${folder}${ref}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p && p !== '.') out.push(p);
  }
  return out.join('/');
}

const folderOf = (file: string) => file.slice(0, file.lastIndexOf('/') + 1);

export function extractOfd(bytes: Uint8Array): Extracted {
  const files = unzipSync(bytes, {
    filter: (f) => f.name.toLowerCase().endsWith('.xml') && f.originalSize < 64 * 1024 * 1024,
  });
  const read = (name: string) => (files[name] ? strFromU8(files[name]!) : undefined);
  const root = read('OFD.xml');
  if (!root) throw new Error('不是 OFD 文件：缺少 OFD.xml');
  const parts: TextPart[] = [];
  let units = 0;
  for (const [, docRoot] of root.matchAll(/<(?:\w+:)?DocRoot>([^<]+)</g)) {
    const docFile = resolve('', decodeXml(docRoot!.trim()));
    const doc = read(docFile);
    if (!doc) continue;
    for (const [, loc] of doc.matchAll(/<(?:\w+:)?Page\b[^>]*\bBaseLoc="([^"]+)"/g)) {
      units++;
      const page = read(resolve(folderOf(docFile), decodeXml(loc!)));
      if (!page) continue;
      const lines: string[] = [];
      for (const [, inner] of page.matchAll(/<(?:\w+:)?TextCode\b[^>]*>([\s\S]*?)<\/(?:\w+:)?TextCode>/g))
        lines.push(decodeXml(inner!));
      const text = tidyCjkText(lines.join('\n'));
      if (text) parts.push({ where: `第${units}页`, text });
    }
  }
  if (units === 0) throw new Error('OFD 文件中没有页面');
  return { ok: true, parts, units, imageOnly: parts.length === 0 };
}

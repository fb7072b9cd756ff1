/**
 * Text files read strictly as UTF-8. Node's `readFileSync(f, 'utf8')`
 * silently turns bytes that are not UTF-8 (a file saved as GBK by an old
 * editor) into U+FFFD, which would be published as ��� without a word; here
 * the first bad line is found instead, so the check can name it.
 */
import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';

export type Utf8Text = { ok: true; text: string } | { ok: false; line: number };

/** The bytes as text, or the first line (1-based) that is not UTF-8. A newline byte never occurs inside a UTF-8 sequence, so lines can be tested one by one. */
export function decodeUtf8(bytes: Buffer): Utf8Text {
  if (isUtf8(bytes)) return { ok: true, text: bytes.toString('utf8') };
  let line = 1;
  let start = 0;
  for (;;) {
    const end = bytes.indexOf(0x0a, start);
    const piece = bytes.subarray(start, end === -1 ? bytes.length : end);
    if (!isUtf8(piece)) return { ok: false, line };
    if (end === -1) return { ok: false, line };
    start = end + 1;
    line++;
  }
}

export function readUtf8(file: string): Utf8Text {
  return decodeUtf8(fs.readFileSync(file));
}

export const UTF8_EXPECTED = 'UTF-8 编码的文本（用 WPS、记事本等另存为时选择“UTF-8”编码）';

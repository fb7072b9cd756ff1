/**
 * Control characters in published text. Editors paste from Word, which
 * writes a manual line break (Shift+Enter) as U+000B and a page break as
 * U+000C; other programs leave U+0085, U+2028 and U+2029. These are read as
 * a space. Any other control character (U+0001, ESC …), a non-character or
 * half a surrogate pair is invisible, has no meaning on a web page and
 * makes XML (the RSS feeds) malformed: the check names the field and the
 * character so the editor can delete it. Whatever reaches a feed anyway is
 * stripped of what XML 1.0 cannot hold (xmlSafe).
 */

const LINE_BREAKS = /[\u000B\u000C\u0085\u2028\u2029]/g;
// C0 controls other than tab, LF and CR; DEL and the C1 controls; U+FFFE and U+FFFF; unpaired surrogates.
const FORBIDDEN =
  /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Not allowed in an XML 1.0 document at all (C1 controls are allowed, only discouraged).
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Word's line and page breaks, and Unicode line separators, as a space. */
export function normaliseLineBreaks(text: string): string {
  return text.replace(LINE_BREAKS, ' ');
}

/** The same for every text in a parsed YAML value. */
export function normaliseLineBreaksIn(value: unknown): unknown {
  if (typeof value === 'string') return normaliseLineBreaks(value);
  if (Array.isArray(value)) return value.map(normaliseLineBreaksIn);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normaliseLineBreaksIn(v)]));
  }
  return value;
}

const NAMES: Record<string, string> = {
  '\u0000': '空字符 NUL',
  '\u0007': '响铃符 BEL',
  '\u0008': '退格符 BS',
  '\u000B': '垂直制表符（Word 的手动换行）',
  '\u000C': '换页符（Word 的分页符）',
  '\u001B': '转义符 ESC',
  '\u007F': '删除符 DEL',
  '\u2028': '行分隔符',
  '\u2029': '段分隔符',
};

/** `U+001B 转义符 ESC`: how a message names a character. */
export function describeChar(ch: string): string {
  const code = `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return NAMES[ch] ? `${code} ${NAMES[ch]}` : `${code} 控制字符`;
}

/**
 * The first character of `text` no published text may hold, and its
 * position (1-based, in characters); line breaks too when `lineBreaks` (a
 * text that is not normalised, e.g. a stand-alone page Astro reads itself).
 */
export function forbiddenChar(text: string, lineBreaks = false): { char: string; position: number } | undefined {
  const m = FORBIDDEN.exec(text) ?? (lineBreaks ? /[\u000B\u000C\u0085\u2028\u2029]/.exec(text) : null);
  if (!m) return undefined;
  return { char: m[0], position: [...text.slice(0, m.index)].length + 1 };
}

/** Text with everything XML 1.0 cannot hold removed (Word's breaks as a space). */
export function xmlSafe(text: string): string {
  return normaliseLineBreaks(text).replace(NOT_XML, '');
}

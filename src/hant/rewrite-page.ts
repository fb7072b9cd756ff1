/**
 * Turns one built simplified page into its 繁體 twin, in one pass over the
 * HTML string (no DOM: a page is scanned tag by tag and copied in slices).
 *
 * - Text between tags is converted, and so are the human-readable
 *   attributes (title, alt, aria-label, placeholder, label, and the
 *   description and keyword <meta> tags). Scripts, styles, comments, URLs,
 *   form values and data attributes are copied as they are.
 * - Names, 发文字号 and titles are converted like any other text, so each
 *   line of a 繁體 page is in one script (`translate="no"` only tells
 *   translation tools to leave them). What stays as written: an element
 *   marked `data-hant-keep` and code (`<code>`, `<pre>`, `<kbd>`, `<samp>`),
 *   with everything inside; URLs, ids, form values, data attributes,
 *   scripts and styles; the <meta> tags that identify the page (SiteName,
 *   ArticleTitle…). docs/hant.md lists them with the reasons.
 * - A 繁體 original (components/DocumentBody.astro) is put back as written:
 *   the simplified page carries it in `<template data-hant-original>`, whose
 *   content replaces that of the `data-hant-body` element (the converted
 *   text); `data-hant-drop` elements (the "converted from the original"
 *   note) are left out; an element with `data-hant="…"` (a 繁體 title shown
 *   converted on the simplified page) shows that text instead of its own.
 * - `<html lang>` becomes `zh-Hant`. The canonical and hreflang <link>s are
 *   left alone: the simplified page stays canonical.
 * - Links to pages (`<a href>`, `<area href>`, `<form action>`) lead to the
 *   繁體 twins, so a reader stays in 繁體; links to files keep their single
 *   URL. Relative URLs are made absolute, since the twin lives elsewhere.
 * - The header's script switch (`data-script-switch`, “繁體”) becomes
 *   “简体” and leads back to the simplified page.
 */
import { hantUrl } from '../utils/hant-paths.ts';
import type { TextConverter } from './converter.ts';

export interface PageContext {
  /** The simplified page's site path, e.g. `/xxgk/abc/` or `/404.html`. */
  pagePath: string;
  base: string;
  convert: TextConverter;
}

/** The label and language of the switch on a 繁體 page. */
export const TO_SIMPLIFIED = { label: '简体', lang: 'zh-Hans' };

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const TEXT_ATTRIBUTES = new Set([
  'title',
  'alt',
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'placeholder',
  'label',
]);
/** <meta name> whose content is prose; the others (SiteName, ArticleTitle, PubDate, ContentSource, Url…) identify the page and stay. */
const TEXT_META = new Set(['description', 'keywords', 'columndescription', 'columnkeywords']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'poster', 'data-src', 'cite']);
const PAGE_LINK_TAGS = new Set(['a', 'area', 'form']);
/** Elements whose text is code, never converted. */
const CODE_TAGS = new Set(['code', 'pre', 'kbd', 'samp']);

interface Attribute {
  name: string;
  /** Where the value starts and ends (inside quotes); -1 when the attribute has no value. */
  start: number;
  end: number;
}

interface Tag {
  name: string;
  attributes: Attribute[];
  /** Index just after the closing `>`. */
  end: number;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
const isAlpha = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** Reads an open tag starting at `<` (index `at`), attributes quote-aware. */
function readTag(html: string, at: number): Tag {
  const n = html.length;
  let i = at + 1;
  while (i < n && !isSpace(html.charCodeAt(i)) && html[i] !== '>' && html[i] !== '/') i++;
  const name = html.slice(at + 1, i).toLowerCase();
  const attributes: Attribute[] = [];
  while (i < n) {
    let c = html.charCodeAt(i);
    if (isSpace(c) || c === 47 /* / */) {
      i++;
      continue;
    }
    if (c === 62 /* > */) return { name, attributes, end: i + 1 };
    const nameStart = i;
    while (
      i < n &&
      !isSpace((c = html.charCodeAt(i))) &&
      c !== 61 &&
      c !== 62 &&
      !(c === 47 && html.charCodeAt(i + 1) === 62)
    )
      i++;
    const attrName = html.slice(nameStart, i).toLowerCase();
    let j = i;
    while (j < n && isSpace(html.charCodeAt(j))) j++;
    if (html.charCodeAt(j) !== 61 /* = */) {
      attributes.push({ name: attrName, start: -1, end: -1 });
      continue;
    }
    j++;
    while (j < n && isSpace(html.charCodeAt(j))) j++;
    const quote = html[j];
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, j + 1);
      const end = close < 0 ? n : close;
      attributes.push({ name: attrName, start: j + 1, end });
      i = end + 1;
    } else {
      const start = j;
      while (j < n && !isSpace(html.charCodeAt(j)) && html[j] !== '>') j++;
      attributes.push({ name: attrName, start, end: j });
      i = j;
    }
  }
  return { name, attributes, end: n };
}

const value = (html: string, a: Attribute | undefined) => (a && a.start >= 0 ? html.slice(a.start, a.end) : undefined);

/** An absolute site path for a relative URL (the twin lives at another path); absolute ones unchanged. */
function absolute(url: string, pagePath: string): string {
  if (url === '' || url.startsWith('/') || url.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  const resolved = new URL(url, `http://site.invalid${pagePath}`);
  return resolved.pathname + resolved.search + resolved.hash;
}

/** The end of a raw-text element's content (`</script`, `</style`…), case-insensitive. */
function closingTagAt(html: string, from: number, name: string): number {
  const re = new RegExp(`</${name}[\\s>/]`, 'gi');
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? m.index : html.length;
}

/** The end tag matching an element whose content starts at `from`, nested elements of the same name counted. */
function matchingCloseAt(html: string, from: number, name: string): number {
  const re = new RegExp(`<(/?)${name}[\\s>/]`, 'gi');
  re.lastIndex = from;
  let depth = 1;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index;
  }
  return html.length;
}

/** Tags handled whatever their attributes. */
const SPECIAL_TAGS = new Set([
  'html',
  'script',
  'style',
  'title',
  'textarea',
  'a',
  'area',
  'form',
  'template',
  ...CODE_TAGS,
]);
/**
 * A tag that needs reading attribute by attribute: one with a readable-text
 * attribute, translate, lang, a srcset, or a relative URL. Every other tag
 * (most of a page) is copied without being taken apart.
 */
const NEEDS_ATTRIBUTES =
  /\sdata-hant|\s(?:title|alt|aria-label|aria-description|aria-placeholder|aria-roledescription|aria-valuetext|placeholder|label|content|translate|srcset)\s*=|\s(?:href|src|action|poster|data-src|cite)\s*=\s*["']?(?![/#"']|[a-zA-Z][a-zA-Z0-9+.-]*:)/;

/** True when `s` has an even number of `"` and no `'`: its first `>` then ends the tag. */
function plainQuotes(s: string): boolean {
  if (s.indexOf("'") >= 0) return false;
  let count = 0;
  for (let at = s.indexOf('"'); at >= 0; at = s.indexOf('"', at + 1)) count++;
  return count % 2 === 0;
}

export function rewritePage(html: string, ctx: PageContext): string {
  const { convert, base, pagePath } = ctx;
  const n = html.length;
  let out = '';
  /** Everything before `copied` is in `out`; the rest is copied in one slice when something changes. */
  let copied = 0;
  const emit = (from: number, to: number, text: string) => {
    out += html.slice(copied, from) + text;
    copied = to;
  };
  let i = 0;
  /** The element kept as written (data-hant-keep, code) we are inside, and how deep in same-named elements. */
  let verbatim: { name: string; depth: number } | null = null;
  /** The 繁體 original of the page's body, from its <template data-hant-original>. */
  let original: string | undefined;
  /** Index just after the end tag of the element whose content starts at `from`. */
  const afterClose = (from: number, name: string) => {
    const close = matchingCloseAt(html, from, name);
    const gt = html.indexOf('>', close);
    return gt < 0 ? html.length : gt + 1;
  };
  const convertRange = (from: number, to: number) => {
    const text = html.slice(from, to);
    const converted = convert(text);
    if (converted !== text) emit(from, to, converted);
  };

  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i && !verbatim) convertRange(i, textEnd);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);

    if (next === 33 /* ! */ || next === 63 /* ? */) {
      const end = html.startsWith('<!--', lt) ? html.indexOf('-->', lt + 4) + 3 : html.indexOf('>', lt) + 1;
      i = end <= lt ? n : end;
      continue;
    }
    if (next === 47 /* / */) {
      const close = html.indexOf('>', lt);
      i = close < 0 ? n : close + 1;
      if (verbatim) {
        let j = lt + 2;
        while (j < i && isAlpha(html.charCodeAt(j))) j++;
        if (html.slice(lt + 2, j).toLowerCase() === verbatim.name && --verbatim.depth === 0) verbatim = null;
      }
      continue;
    }
    if (!isAlpha(next)) {
      i = lt + 1;
      continue;
    }

    let nameEnd = lt + 1;
    for (
      let c = html.charCodeAt(nameEnd);
      isAlpha(c) || (c >= 48 && c <= 57) || c === 45;
      c = html.charCodeAt(++nameEnd)
    );
    const name = html.slice(lt + 1, nameEnd).toLowerCase();
    const gt = html.indexOf('>', nameEnd);
    const rest = html.slice(nameEnd, gt < 0 ? n : gt);
    const simple = gt >= 0 && plainQuotes(rest);
    const isVoid = VOID.has(name);
    if (simple && !SPECIAL_TAGS.has(name) && !NEEDS_ATTRIBUTES.test(rest)) {
      // Nothing to change in this tag; only the translate="no" depth is kept.
      if (verbatim && name === verbatim.name && !isVoid) verbatim.depth++;
      i = gt + 1;
      continue;
    }

    const tag = readTag(html, lt);
    const attr = (attrName: string) => tag.attributes.find((a) => a.name === attrName);
    if (!verbatim && !isVoid && (attr('data-hant-drop') || (tag.name === 'template' && attr('data-hant-original')))) {
      // Left out of the twin; a 繁體 original is kept for its body element.
      const end = afterClose(tag.end, tag.name);
      if (tag.name === 'template') original = html.slice(tag.end, closingTagAt(html, tag.end, 'template'));
      emit(lt, end, '');
      i = end;
      continue;
    }
    const edits: Array<{ start: number; end: number; text: string }> = [];
    if (verbatim && tag.name === verbatim.name && !isVoid) verbatim.depth++;
    const keepText = verbatim !== null || attr('data-hant-keep') !== undefined || CODE_TAGS.has(tag.name);
    if (!verbatim && keepText && !isVoid) verbatim = { name: tag.name, depth: 1 };

    if (tag.name === 'html') {
      const lang = attr('lang');
      if (lang && lang.start >= 0) edits.push({ start: lang.start, end: lang.end, text: 'zh-Hant' });
      else edits.push({ start: lt + 5, end: lt + 5, text: ' lang="zh-Hant"' });
    }
    const isSwitch = tag.name === 'a' && attr('data-script-switch') !== undefined;
    for (const a of tag.attributes) {
      if (a.start < 0) continue;
      const raw = html.slice(a.start, a.end);
      let changed: string = raw;
      if (isSwitch && a.name === 'href') changed = pagePath;
      else if (isSwitch && (a.name === 'hreflang' || a.name === 'lang')) changed = TO_SIMPLIFIED.lang;
      else if (URL_ATTRIBUTES.has(a.name)) {
        changed = absolute(raw, pagePath);
        if (PAGE_LINK_TAGS.has(tag.name) && (a.name === 'href' || a.name === 'action'))
          changed = hantUrl(changed, base);
      } else if (a.name === 'srcset') {
        changed = raw.replace(
          /(^|,)(\s*)([^\s,]+)/g,
          (_m, sep: string, space: string, url: string) => `${sep}${space}${absolute(url, pagePath)}`,
        );
      } else if (!keepText && TEXT_ATTRIBUTES.has(a.name)) {
        changed = convert(raw);
      } else if (
        !keepText &&
        a.name === 'content' &&
        tag.name === 'meta' &&
        TEXT_META.has((value(html, attr('name')) ?? '').toLowerCase())
      ) {
        // A 繁體 original's description and keywords: as written (data-hant), not converted a second time.
        changed = value(html, attr('data-hant')) ?? convert(raw);
      }
      if (changed !== raw) edits.push({ start: a.start, end: a.end, text: changed });
    }
    edits.sort((x, y) => x.start - y.start);
    for (const e of edits) emit(e.start, e.end, e.text);
    i = tag.end;

    const hantText = keepText || isVoid ? undefined : value(html, attr('data-hant'));
    const isBody = !keepText && original !== undefined && attr('data-hant-body') !== undefined;
    if (isSwitch) {
      // The switch's label is replaced whole: “繁體” → “简体”.
      const close = closingTagAt(html, i, 'a');
      emit(i, close, TO_SIMPLIFIED.label);
      i = close;
    } else if (hantText !== undefined || isBody) {
      // Text already in 繁體 (the attribute is escaped as text needs), or the original body, byte for byte.
      const close = matchingCloseAt(html, i, tag.name);
      emit(i, close, hantText ?? original!);
      i = close;
    } else if (tag.name === 'script' || tag.name === 'style') {
      i = closingTagAt(html, i, tag.name);
    } else if (tag.name === 'title' || tag.name === 'textarea') {
      const close = closingTagAt(html, i, tag.name);
      if (!keepText) convertRange(i, close);
      i = close;
    }
  }
  return copied === 0 ? html : out + html.slice(copied);
}

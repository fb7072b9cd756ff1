/**
 * The body of a 繁體 original on its simplified page: a note that the text
 * is converted, with a link to the original; the original as written in a
 * <template> (not shown, not read aloud); the converted text in the body
 * element. The 繁體 pass (rewrite-page.ts) turns this back into the
 * original alone: the template's content becomes the body's, the note and
 * the template are left out.
 */
import { convertHtmlText } from './html-text.ts';
import { toSimplified } from '../utils/han-script.ts';

export const CONVERTED_NOTE = '本页由系统从繁体原文转换，以原文为准';

const escapeAttribute = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** The note above a converted text, linking the original (left out of the 繁體 page). */
export function convertedNote(twin: string): string {
  return `<p class="script-note" data-hant-drop>本页由系统从繁体<a href="${escapeAttribute(twin)}" hreflang="zh-Hant">原文</a>转换，以原文为准</p>`;
}

/**
 * One piece of a 繁體 original shown converted, inside a wrapper that does
 * not change the layout (a 年报's prose between its tables); the 繁體 page
 * shows the piece as written.
 */
export function originalPart(original: string): string {
  return `<template data-hant-original lang="zh-Hant">${original}</template><div class="hant-part" data-hant-body>${convertHtmlText(original, toSimplified)}</div>`;
}

/** @param original the body's HTML as rendered from the 繁體 file; @param twin the 繁體 page's URL. */
export function originalBodyMarkup(original: string, twin: string): string {
  return (
    convertedNote(twin) +
    `<template data-hant-original lang="zh-Hant">${original}</template>` +
    `<article class="doc-body" aria-label="正文" data-hant-body>${convertHtmlText(original, toSimplified)}</article>`
  );
}

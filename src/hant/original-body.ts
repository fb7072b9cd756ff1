/**
 * The body of a 繁體 original on its simplified page: a note that the text
 * is converted, with a link to the original; the original as written in a
 * <template> (not shown, not read aloud); the converted text in the body
 * element. The 繁體 pass (rewrite-page.ts) turns this back into the
 * original alone: the template's content becomes the body's, the note and
 * the template are left out.
 */
import { convertHtmlText } from './html-text.ts';
import { toSimplified } from './script.ts';

export const CONVERTED_NOTE = '本页由系统从繁体原文转换，以原文为准';

const escapeAttribute = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** @param original the body's HTML as rendered from the 繁體 file; @param twin the 繁體 page's URL. */
export function originalBodyMarkup(original: string, twin: string): string {
  return (
    `<p class="script-note" data-hant-drop>本页由系统从繁体<a href="${escapeAttribute(twin)}" hreflang="zh-Hant">原文</a>转换，以原文为准</p>` +
    `<template data-hant-original lang="zh-Hant">${original}</template>` +
    `<article class="doc-body" aria-label="正文" data-hant-body>${convertHtmlText(original, toSimplified)}</article>`
  );
}

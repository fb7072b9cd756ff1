/**
 * Links that browser scripts make (search results, list items) lead to
 * pages in the script the reader is reading: on a 繁體 page, to the 繁體
 * twin (see utils/hant-paths.ts); files keep their single URL.
 */
import { base } from 'astro:config/client';
import { hantUrl } from '../utils/hant-paths.ts';

export function inReadersScript(url: string): string {
  return document.documentElement.lang === 'zh-Hant' ? hantUrl(url, base) : url;
}

/**
 * Readable text of a Markdown/MDX body for the search index: what a reader
 * sees, without markup. It only needs to be good enough to search and to
 * quote in an excerpt, so a few regular expressions do.
 */

const FRONTMATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;

export function markdownToText(source: string): string {
  return (
    source
      .replace(FRONTMATTER, '')
      // MDX import/export lines and JSX tags; HTML comments and tags.
      .replace(/^import\s[\s\S]*?\sfrom\s+['"][^'"]*['"];?[ \t]*$/gm, '')
      .replace(/^(import|export)\s.*$/gm, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
      // Code fences keep their content; images keep their alt text; links their text.
      .replace(/^```.*$/gm, '')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      // Headings, quotes, list markers, emphasis, table pipes and rules.
      .replace(/^\s{0,3}#{1,6}\s+/gm, '')
      .replace(/^\s*>\s?/gm, '')
      .replace(/^\s*([-*+]|\d+[.)])\s+/gm, '')
      .replace(/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/gm, '')
      .replace(/[*_~`]+/g, '')
      .replace(/\s*\|\s*/g, ' ')
      .replace(/[ \t]+/g, ' ')
      .replace(/\n{2,}/g, '\n')
      .trim()
  );
}

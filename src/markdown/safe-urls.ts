/**
 * Drops links and images whose URL could run a script (`javascript:`,
 * `vbscript:`, `data:text/html` …): a link keeps its text, an image its alt
 * text, so nothing an editor wrote disappears, but nothing runs. The content
 * check reports such URLs as errors before a build gets here.
 */
import type { Element, ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';
import { isSafeUrl } from '../utils/safe-url.ts';

export const safeUrls = defineHastPlugin({
  name: 'gongkai-safe-urls',
  element: {
    filter: ['a', 'img'],
    visit(node, ctx) {
      const element = node as Element;
      const isImage = element.tagName === 'img';
      const url = element.properties?.[isImage ? 'src' : 'href'];
      if (url === undefined || url === null || isSafeUrl(String(url), isImage)) return;
      if (isImage) ctx.replaceNode(node, { type: 'text', value: String(element.properties?.alt ?? '') });
      else ctx.replaceNode(node, element.children as ElementContent[]);
    },
  },
});

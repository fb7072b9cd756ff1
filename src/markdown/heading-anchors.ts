/**
 * A visible "#" link at the end of every h2 and h3 of a body, pointing at
 * the heading itself, so a reader can copy a link to one section (a 条 of a
 * policy, a question of a 解读). The link is a real link (keyboard reachable,
 * focus ring) named "本节链接": short, so a screen reader reading the
 * heading says its text once, not twice. The "#" is drawn by the stylesheet
 * (.heading-anchor::before), so it never enters the heading's text as the
 * 本页目录, the search index or 语音阅读 read it.
 */
import type { Element } from 'hast';
import { defineHastPlugin } from 'satteri';

export const ANCHOR_LABEL = '本节链接';

export const headingAnchors = defineHastPlugin({
  name: 'gongkai-heading-anchors',
  element: {
    filter: ['h2', 'h3'],
    visit(node, ctx) {
      const id = (node as Element).properties?.id;
      if (typeof id !== 'string' || id === '') return;
      ctx.appendChild(node, {
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: ANCHOR_LABEL },
        children: [],
      });
    },
  },
});

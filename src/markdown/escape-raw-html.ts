/**
 * Shows raw HTML written in a Markdown body as text instead of passing it to
 * the page: an editor's `<script>` or stray tag can never run or break the
 * layout. Markdown itself covers everything a document needs.
 */
import { defineHastPlugin } from 'satteri';

export const escapeRawHtml = defineHastPlugin({
  name: 'gongkai-escape-raw-html',
  raw(node, ctx) {
    ctx.replaceNode(node, { type: 'text', value: node.value });
  },
});

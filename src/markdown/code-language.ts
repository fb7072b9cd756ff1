/**
 * Keeps the language class of a fenced code block (```` ```yaml ````) only
 * when it is a language name. The info string is whatever follows the
 * fence, so it may hold any text, `<script>` included: it is escaped in the
 * attribute, but there is no reason to carry it into the page at all.
 */
import type { Element } from 'hast';
import { defineHastPlugin } from 'satteri';

const LANGUAGE = /^language-[\w+#.-]{1,30}$/;

export const codeLanguage = defineHastPlugin({
  name: 'gongkai-code-language',
  element: {
    filter: ['code'],
    visit(node, ctx) {
      const classes = (node as Element).properties?.className;
      if (!Array.isArray(classes) || classes.every((c) => LANGUAGE.test(String(c)))) return;
      const kept = classes.filter((c) => LANGUAGE.test(String(c)));
      ctx.setProperty(node, 'className', kept.length ? kept : undefined);
    },
  },
});

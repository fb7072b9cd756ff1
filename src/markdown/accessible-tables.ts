/**
 * Makes Markdown tables accessible (checklist F8, WCAG 1.3.1):
 * - header cells in <thead> get scope="col";
 * - a paragraph right before a table that is only bold text starting with 表
 *   (e.g. `**表1 2025年道路运输量**`) becomes the table's <caption>;
 * - every table is wrapped in a focusable, labelled scroll region so wide
 *   tables scroll on phones without breaking the page; without a caption
 *   the label names the table's columns, so no two regions share a name.
 */
import type { Element, ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';

const CAPTION = /^表\s*[0-9一二三四五六七八九十]*/;

function isElement(node: ElementContent | undefined, tag: string): node is Element {
  return node?.type === 'element' && node.tagName === tag;
}

/** The bold-only paragraph before `index`, skipping whitespace text nodes. */
function captionParagraph(siblings: readonly ElementContent[], index: number): Element | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const node = siblings[i];
    if (node?.type === 'text' && node.value.trim() === '') continue;
    if (!isElement(node, 'p')) return undefined;
    const meaningful = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
    if (meaningful.length !== 1 || !isElement(meaningful[0], 'strong')) return undefined;
    return node;
  }
  return undefined;
}

/** `表格：类别、主要内容` from the header row: a table without a caption still gets a name that tells its region from the page's other tables. */
function headerLabel(children: readonly ElementContent[], textOf: (node: Element) => string): string {
  const head = children.find((c): c is Element => isElement(c, 'thead'));
  const row = head?.children.find((c): c is Element => isElement(c, 'tr'));
  const names = (row?.children ?? [])
    .filter((c): c is Element => isElement(c, 'th'))
    .map((th) => textOf(th).trim())
    .filter(Boolean);
  return names.length ? `表格：${names.join('、')}` : '表格';
}

export const accessibleTables = defineHastPlugin({
  name: 'gongkai-accessible-tables',
  element: {
    filter: ['table', 'th'],
    visit(node, ctx) {
      if (node.tagName === 'th') {
        const row = ctx.parent(node);
        const section = row ? ctx.parent(row as Element) : undefined;
        const inHead = section?.type === 'element' && section.tagName === 'thead';
        ctx.setProperty(node, 'scope', inHead ? 'col' : 'row');
        return;
      }
      const parent = ctx.parent(node);
      const index = ctx.indexOf(node);
      if (parent && index !== undefined) {
        const paragraph = captionParagraph(parent.children as ElementContent[], index);
        const text = paragraph ? ctx.textContent(paragraph).trim() : '';
        const hasCaption = paragraph !== undefined && CAPTION.test(text);
        if (hasCaption) {
          ctx.prependChild(node, {
            type: 'element',
            tagName: 'caption',
            properties: {},
            children: [{ type: 'text', value: text }],
          });
          ctx.removeNode(paragraph);
        }
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: {
            className: ['table-scroll'],
            tabIndex: 0,
            role: 'region',
            ariaLabel: hasCaption ? text : headerLabel(node.children as ElementContent[], (n) => ctx.textContent(n)),
          },
          children: [],
        });
      }
    },
  },
});

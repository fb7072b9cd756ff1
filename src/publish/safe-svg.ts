/**
 * SVG images made safe to publish on the site's origin. An SVG file is a
 * document: opened on its own (`/_astro/body/….svg`), its `<script>`, event
 * handlers, `javascript:` links and `<foreignObject>` HTML run with the
 * site's cookies and localStorage (the web CMS keeps its account there).
 * Every SVG a body shows is therefore rewritten by DOMPurify (the
 * well-kept sanitiser; its SVG profile) over a server-side DOM (jsdom)
 * before it is published, with every link that leaves the file removed as
 * well (`href` / `xlink:href` not starting with `#`, CSS `@import` and
 * `url()` other than `url(#…)`): an image needs none.
 * What was removed is reported, so the content check can refuse a file
 * that carried active content instead of publishing it silently changed.
 */
import { createRequire } from 'node:module';
import type createDOMPurify from 'dompurify';
import type { JSDOM as JSDOMType } from 'jsdom';

// Node's own loader: a dynamic import() at hook time would go through
// Astro's Vite module runner, which is closed by then.
const require = createRequire(import.meta.url);

/** Changes with the rules below, so published copies made by older rules are made again. */
export const SAFE_SVG_VERSION = 1;

export interface SafeSvg {
  /** The sanitised file, as XML. */
  svg: string;
  /** Active content that was removed, described for editors (empty: none). */
  active: string[];
}

const SCRIPT_URL = /^(javascript|vbscript|data):/;

/** Style text without `@import` rules or `url()`s that leave the file (a stylesheet or image fetched from elsewhere when the SVG is opened). */
function withoutExternalCss(css: string): string {
  return css.replace(/@import\b[^;]*;?/gi, '').replace(/url\(\s*(?!['"]?#)[^)]*\)/gi, 'none');
}

let purifier: ReturnType<typeof createDOMPurify> | undefined;
let xml: { serialize: (node: Node) => string } | undefined;
let found: string[] = [];

/** Loaded on the first SVG only: jsdom takes about half a second to load, and most builds have no SVG. */
async function purify(): Promise<ReturnType<typeof createDOMPurify>> {
  if (purifier) return purifier;
  const createPurify = require('dompurify') as typeof createDOMPurify;
  const { JSDOM } = require('jsdom') as { JSDOM: typeof JSDOMType };
  const { window } = new JSDOM('');
  const p = createPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  const serializer = new window.XMLSerializer();
  xml = { serialize: (node) => serializer.serializeToString(node) };
  p.addHook('uponSanitizeElement', (node, data) => {
    const tag = data.tagName.toLowerCase();
    const attr = (name: string) =>
      ((node as Element).getAttribute?.(name) ?? '').replace(/[\u0000-\u0020]/g, '').toLowerCase();
    if (tag === 'style' && node.textContent) node.textContent = withoutExternalCss(node.textContent);
    if (tag === 'script') found.push('<script> 脚本');
    else if (tag === 'foreignobject') found.push('<foreignObject> 内嵌网页');
    else if (tag === 'iframe' || tag === 'embed' || tag === 'object') found.push(`<${tag}> 内嵌内容`);
    else if (tag === 'a' && SCRIPT_URL.test(attr('href') || attr('xlink:href'))) found.push('<a> 脚本链接');
    else if ((tag === 'animate' || tag === 'set') && /^(on|href$|xlink:href$)/.test(attr('attributeName')))
      found.push(`<${tag}> 改写链接或事件的动画`);
  });
  p.addHook('uponSanitizeAttribute', (_node, data) => {
    const name = data.attrName.toLowerCase();
    const value = data.attrValue.replace(/[\u0000-\u0020]/g, '').toLowerCase();
    if (name === 'style') data.attrValue = withoutExternalCss(data.attrValue);
    if (name.startsWith('on')) {
      found.push(`事件属性 ${data.attrName}`);
      data.keepAttr = false;
    } else if (
      name === 'href' ||
      name === 'xlink:href' ||
      name === 'src' ||
      name === 'action' ||
      name === 'formaction'
    ) {
      if (SCRIPT_URL.test(value)) {
        found.push(`脚本地址 ${data.attrName}="${data.attrValue.slice(0, 40)}"`);
        data.keepAttr = false;
      } else if (!value.startsWith('#')) {
        // A link out of the image: not active, but nothing an image needs.
        data.keepAttr = false;
      }
    }
  });
  purifier = p;
  return p;
}

/** The SVG file's text made safe, and what active content it carried. */
export async function sanitizeSvg(source: string): Promise<SafeSvg> {
  const p = await purify();
  found = [];
  const body = p.sanitize(source, {
    USE_PROFILES: { svg: true, svgFilters: true },
    RETURN_DOM: true,
    // <use> repeats a shape of the same file; the attribute hook removes any link out of it.
    ADD_TAGS: ['use'],
    // An image needs neither: an <a> in an SVG is a link on the site's origin.
    FORBID_TAGS: ['a', 'foreignObject', 'script', 'animate', 'set', 'animateMotion', 'animateTransform'],
  }) as unknown as Element;
  const active = [...new Set(found)];
  found = [];
  const svg = body.querySelector('svg');
  return { svg: svg ? xml!.serialize(svg) : '<svg xmlns="http://www.w3.org/2000/svg"/>', active };
}

/**
 * Images in a body that are files beside the entry (`![图](chart.png)`)
 * cannot be written out by the renderer: they go through the image pipeline
 * (sizes, formats, dimensions), which is asynchronous and belongs to the
 * page. While a body is rendered with `collectLocalImages`, each such image
 * is replaced by a placeholder element and its URL and alt text collected;
 * the page swaps the placeholders for `<picture>`s (view-models/body-images.ts).
 * A body without images costs nothing more. Images from elsewhere (a site
 * path, a full URL) stay as they are and load lazily.
 */
import type { Element } from 'hast';
import { defineHastPlugin } from 'satteri';
import { isSafeUrl } from '../utils/safe-url.ts';

export interface BodyImageRef {
  /** The image URL as the renderer normalised it (percent-encoded), relative to the entry's folder. */
  src: string;
  alt: string;
}

/** What `collectLocalImages` leaves where an image was; `data-i` is its index in the list. */
export const IMAGE_PLACEHOLDER = /<gongkai-image data-i="(\d+)"><\/gongkai-image>/g;

/** A scheme (https:, data: …), a protocol-relative URL or a site path. */
const NOT_RELATIVE = /^([a-z][a-z0-9+.-]*:|\/)/i;

let collecting: BodyImageRef[] | undefined;

/** Runs a (synchronous) render, collecting the local images it meets. */
export function collectLocalImages<T>(render: () => T): { result: T; images: BodyImageRef[] } {
  const images: BodyImageRef[] = [];
  collecting = images;
  try {
    return { result: render(), images };
  } finally {
    collecting = undefined;
  }
}

export const localImages = defineHastPlugin({
  name: 'gongkai-local-images',
  element: {
    filter: ['img'],
    visit(node, ctx) {
      const props = (node as Element).properties ?? {};
      const src = String(props.src ?? '');
      if (collecting && src !== '' && !NOT_RELATIVE.test(src) && isSafeUrl(src, true)) {
        collecting.push({ src, alt: String(props.alt ?? '') });
        ctx.replaceNode(node, {
          type: 'element',
          tagName: 'gongkai-image',
          properties: { dataI: String(collecting.length - 1) },
          children: [],
        });
        return;
      }
      ctx.setProperty(node, 'loading', 'lazy');
      ctx.setProperty(node, 'decoding', 'async');
    },
  },
});

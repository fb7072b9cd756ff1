/**
 * Renders the Markdown body of a content file to HTML, once, when its page
 * is built. Bodies of the bulk collections never enter Astro's content store
 * (see loaders/entries-loader.ts), so a 100,000-document site holds no huge
 * rendered strings in memory; the native Sätteri renderer takes well under a
 * millisecond per document.
 */
import fs from 'node:fs';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { defineHastPlugin, markdownToHtml, type HastFilteredVisitor, type PluginFactoryContext } from 'satteri';
import type { Element } from 'hast';
import { accessibleTables } from './accessible-tables.ts';
import { escapeRawHtml } from './escape-raw-html.ts';
import { codeLanguage } from './code-language.ts';
import { headingAnchors } from './heading-anchors.ts';
import { collectLocalImages, localImages, type BodyImageRef } from './local-images.ts';
import { safeUrls } from './safe-urls.ts';

/**
 * Our body rules run as one plugin: Sätteri walks the whole tree once per
 * plugin, so four plugins cost four walks (about half the render time of a
 * typical body). Each rule still lives in its own module.
 */
const elementRules = [accessibleTables, safeUrls, codeLanguage, headingAnchors].map(
  (rule) => rule.element as HastFilteredVisitor<Element>,
);
const bodyRules = defineHastPlugin({ name: 'gongkai-body-rules', element: elementRules, raw: escapeRawHtml.raw });
// localImages after safeUrls, in its own walk: an image with a script URL is
// gone before it looks. Only bodies with Markdown images (`![`) need the walk;
// raw <img> tags are escaped as text.
const imagesIfAny = ({ source }: PluginFactoryContext) => (source.includes('![') ? localImages : null);
const hastPlugins = [satteriHeadingIdsPlugin(), bodyRules, imagesIfAny];

export function renderMarkdownFile(filePath: string): string {
  return renderMarkdown(fs.readFileSync(filePath, 'utf8'));
}

/**
 * A body for its page: the HTML with a placeholder for each image that is a
 * file beside the entry, and those images (view-models/body-images.ts resolves them).
 */
export function renderBodyFile(filePath: string): { html: string; images: BodyImageRef[] } {
  const { result, images } = collectLocalImages(() => renderMarkdownFile(filePath));
  return { html: result, images };
}

/** A Markdown file's text (frontmatter and all) to HTML. */
export function renderMarkdown(source: string): string {
  const result = markdownToHtml(source, { hastPlugins, features: { gfm: { footnotes: false } } });
  // Our plugins are synchronous, so Sätteri answers synchronously.
  if (result instanceof Promise) throw new Error('Markdown plugins must be synchronous');
  return result.html;
}

/**
 * Astro content collections, one per folder of `content/`. Schemas come from
 * `src/schemas/`, shared with the content checker that runs before the build.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { collectionSchemas, contentPattern, type CollectionName } from './schemas/collections.ts';
import { contentRoot } from './utils/content-root.ts';
import { entryIdFromPath } from './utils/entry-files.ts';

/** Markdown and MDX files of `content/{name}/`; ids are file paths without extension. */
function loader(name: CollectionName) {
  return glob({
    pattern: contentPattern,
    base: pathToFileURL(path.join(contentRoot(), name) + path.sep),
    generateId: ({ entry }) => entryIdFromPath(entry),
    // Pages render each body once; the raw Markdown need not sit in the data store too.
    retainBody: false,
    // Render bodies when their page is built, not all at once during content sync.
    deferRender: false,
  });
}

const s = collectionSchemas;

export const collections = {
  policies: defineCollection({ loader: loader('policies'), schema: s.policies }),
  interpretations: defineCollection({ loader: loader('interpretations'), schema: s.interpretations }),
  reports: defineCollection({ loader: loader('reports'), schema: s.reports }),
  catalogue: defineCollection({ loader: loader('catalogue'), schema: s.catalogue }),
  news: defineCollection({ loader: loader('news'), schema: s.news }),
  pages: defineCollection({ loader: loader('pages'), schema: s.pages }),
};

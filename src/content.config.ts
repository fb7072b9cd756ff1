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

function collection(name: CollectionName) {
  return defineCollection({
    loader: glob({
      pattern: contentPattern,
      base: pathToFileURL(path.join(contentRoot(), name) + path.sep),
      generateId: ({ entry }) => entryIdFromPath(entry),
    }),
    schema: collectionSchemas[name],
  });
}

export const collections = {
  policies: collection('policies'),
  interpretations: collection('interpretations'),
  reports: collection('reports'),
  catalogue: collection('catalogue'),
  news: collection('news'),
  pages: collection('pages'),
};

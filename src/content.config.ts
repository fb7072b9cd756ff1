/**
 * Astro content collections, one per folder of `content/`. Schemas come from
 * `src/schemas/`, shared with the content checker that runs before the build.
 *
 * The bulk collections (and the 互动交流 ones, which grow every year) use Gongkai's metadata-only loader (scales to 100,000
 * entries); the few stand-alone pages use Astro's glob loader, so they can be
 * full MDX with components.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { entriesLoader } from './loaders/entries-loader.ts';
import { collectionSchemas, contentPattern } from './schemas/collections.ts';
import { contentRoot } from './utils/content-root.ts';
import { entryIdFromPath } from './catalogue/entry-files.ts';

const s = collectionSchemas;

export const collections = {
  policies: defineCollection({ loader: entriesLoader('policies'), schema: s.policies }),
  interpretations: defineCollection({ loader: entriesLoader('interpretations'), schema: s.interpretations }),
  reports: defineCollection({ loader: entriesLoader('reports'), schema: s.reports }),
  catalogue: defineCollection({ loader: entriesLoader('catalogue'), schema: s.catalogue }),
  news: defineCollection({ loader: entriesLoader('news'), schema: s.news }),
  letters: defineCollection({ loader: entriesLoader('letters'), schema: s.letters }),
  interviews: defineCollection({ loader: entriesLoader('interviews'), schema: s.interviews }),
  consultations: defineCollection({ loader: entriesLoader('consultations'), schema: s.consultations }),
  pages: defineCollection({
    loader: glob({
      pattern: contentPattern,
      base: pathToFileURL(path.join(contentRoot(), 'pages') + path.sep),
      generateId: ({ entry }) => entryIdFromPath(entry),
    }),
    schema: s.pages,
  }),
};

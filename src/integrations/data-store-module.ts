/**
 * Astro's content data store, read from its file when the pages are rendered
 * instead of bundled as one string.
 *
 * In a build, Astro's `astro:data-layer-content` module is the whole store
 * (`<cacheDir>/data-store.json`) as a single string literal:
 * `export default JSON.parse("…")`. That string passes through every bundler
 * hook that sees module code, is written into a chunk and is parsed again as
 * JavaScript before the first page renders; it grows with the site (6.2 MB at
 * 10,000 documents, 56.7 MB at 100,000). A static build renders its pages in the
 * same process, moments after Astro wrote that file, so the module can read
 * the file itself: the same JSON, the same value (docs/benchmarks-build.md,
 * finding 28).
 *
 * Only the server side of a static build is served this way: the browser
 * never imports the store, and a site rendered on request would not have the
 * file. Like Astro's own module, it is marked as content data, so Astro's
 * incremental build keeps it out of the pages' dependency hashes (what changed
 * in the content is tracked per page instead).
 */
import fs from 'node:fs';
import type { Plugin } from 'vite';

const STORE_ID = 'astro:data-layer-content';
const RESOLVED_ID = '\0gongkai:data-layer-content';

/** The module's code: Astro's behaviour (an empty Map without a store file), the store read at run time. */
export function dataStoreModuleCode(storeFile: string): string {
  if (!fs.existsSync(storeFile)) return 'export default new Map();';
  return [
    "import { readFileSync } from 'node:fs';",
    `export default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));`,
  ].join('\n');
}

/**
 * The Vite plugin. It must come before Astro's own (the first plugin to
 * resolve an id wins): integrations/gongkai.ts puts it first in
 * `astro:build:setup`.
 */
export function dataStoreFromFile(storeFile: string): Plugin {
  return {
    name: 'gongkai:data-store-from-file',
    enforce: 'pre',
    apply: 'build',
    resolveId: {
      filter: { id: /^astro:data-layer-content$/ },
      handler(id) {
        if (id !== STORE_ID || this.environment.config.consumer !== 'server') return null;
        return RESOLVED_ID;
      },
    },
    load: {
      filter: { id: /^\0gongkai:data-layer-content$/ },
      handler(id) {
        if (id !== RESOLVED_ID) return null;
        return {
          code: dataStoreModuleCode(storeFile),
          map: { mappings: '' },
          // Astro's incremental build reads this mark (core/build/incremental-metadata.js).
          meta: { astroIncremental: { kind: 'content-data' } },
        };
      },
    },
  };
}

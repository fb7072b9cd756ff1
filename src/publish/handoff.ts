/**
 * Every hand-off between the build integration (integrations/gongkai.ts and
 * its phases) and the code Astro runs for the site (content loaders, pages),
 * in one place: its name, its type, who writes it and who reads it.
 *
 * Why a global at all: within one `astro build` process, Astro evaluates the
 * same source file as separate module instances. Measured on the sample
 * site with a log line at the top of this file, one build evaluated it three
 * times: from src/publish/handoff.ts when astro.config.mjs loaded the
 * integration; from the same path again when the content layer loaded
 * content.config.ts (and so loaders/entries-loader.ts) in its own Vite
 * server; and from a bundled chunk under dist.staging/.prerender/chunks/
 * when the pages were rendered. A module-level variable the integration sets
 * is therefore not the one a loader or a page reads. `globalThis` is the one
 * object they share, and a `Symbol.for` key is the same symbol in every
 * instance. Both hand-offs are written in astro:config:setup, before the
 * content layer or any page runs. Only plain data crosses: no class instance
 * whose methods would come from another instance of its module.
 *
 * This module imports no runtime code, only types, so any layer may read it.
 */
import type { PublishedFiles } from './published-files.ts';

/** One named hand-off: written once per build by the integration, read by the site's code. */
interface Handoff<T> {
  write(value: T): void;
  /** Undefined outside a build or dev server run by the integration (unit tests, the `check` CLI). */
  read(): T | undefined;
}

function handoff<T>(name: string): Handoff<T> {
  const key = Symbol.for(`gongkai.${name}`);
  const slot = globalThis as unknown as Record<symbol, T | undefined>;
  return {
    write: (value) => {
      slot[key] = value;
    },
    read: () => slot[key],
  };
}

/** A content file the content check found valid: its stat key (size:mtime) and its validated frontmatter. */
export interface CheckedFile {
  key: string;
  data: Record<string, unknown>;
}

/**
 * checkedFiles: absolute path of each valid content file → its checked
 * frontmatter and the stat key it was checked at. Written by the check phase
 * (integrations/phases/check.ts) from the content check's cache; read by the
 * content loader (loaders/entries-loader.ts), which stores the checked
 * frontmatter under that key instead of reading, validating and stat-ing
 * 100,000 files a second time.
 */
export const checkedFiles = handoff<ReadonlyMap<string, CheckedFile>>('checkedFiles');

/**
 * publishedFiles: the attachments and body images this build publishes, with
 * their digests, sizes and facts (publish/published-files.ts). Written by the
 * check phase; read by the pages' view models (view-models/attachments.ts,
 * view-models/body-images.ts), which take a digest or an image's size from it instead
 * of reading the file. Its `command` also tells pages whether they are built:
 * Vite's `import.meta.env.DEV` follows NODE_ENV, which a test runner sets for
 * `astro build` too.
 */
export const publishedFiles = handoff<PublishedFiles>('publishedFiles');

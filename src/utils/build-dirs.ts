/**
 * Where a build writes: the published site (`dist`, a link to the current
 * release) and Astro's cache folder. Tests and benchmarks move both with
 * GONGKAI_OUT_DIR and GONGKAI_CACHE_DIR. One place, read by
 * `astro.config.mjs`, `npm run build` and `npm run check`, so they never
 * disagree about which cache belongs to which site.
 */
import path from 'node:path';

export const OUT_DIR_DEFAULT = './dist';
export const CACHE_DIR_DEFAULT = './node_modules/.astro';

/** As written in the configuration (relative to the project). */
export function outDirSetting(env: NodeJS.ProcessEnv = process.env): string {
  return env.GONGKAI_OUT_DIR ?? OUT_DIR_DEFAULT;
}

export function cacheDirSetting(env: NodeJS.ProcessEnv = process.env): string {
  return env.GONGKAI_CACHE_DIR ?? CACHE_DIR_DEFAULT;
}

/** Absolute, from the project folder (the working directory of every command). */
export const outDirPath = (env: NodeJS.ProcessEnv = process.env) => path.resolve(outDirSetting(env));
export const cacheDirPath = (env: NodeJS.ProcessEnv = process.env) => path.resolve(cacheDirSetting(env));

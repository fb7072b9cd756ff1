/**
 * The Gongkai Astro integration: which phase of the build runs at which of
 * Astro's hooks. Each phase is a named function in ./phases/ that takes the
 * state the previous one returned (phases/state.ts); docs/architecture.md
 * draws the whole pipeline.
 *
 * - astro:config:setup: check the content and stop the build listing every
 *   problem (phases/check.ts); under `astro build`, stage: Astro writes into
 *   a staging folder, and the search index starts building beside the pages
 *   (phases/stage.ts).
 * - astro:build:setup: put the originals of body images where Astro's image
 *   pipeline reads them (phases/files.ts); serve Astro's content data store
 *   from its file instead of bundling it (data-store-module.ts).
 * - astro:build:done: the attachments (phases/files.ts); the sitemap alias,
 *   the 繁體 twins and the search index (phases/complete.ts); then the staging
 *   folder replaces the published site (phases/publish.ts).
 *
 * What the integration hands to the pages and the content loader is in
 * publish/handoff.ts.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentRoot } from '../utils/content-root.ts';
import { checkPhase } from './phases/check.ts';
import { aliasSitemap, completePhase, madePages } from './phases/complete.ts';
import { placeAttachments, placeBodyImages } from './phases/files.ts';
import { publishPhase } from './phases/publish.ts';
import { stagePhase } from './phases/stage.ts';
import type { StagedBuild } from './phases/state.ts';
import { StageTimer } from '../publish/stage-timer.ts';
import { dataStoreFromFile } from './data-store-module.ts';
import { FINGERPRINT_ENV } from '../publish/build-inputs.ts';

export default function gongkai(): AstroIntegration {
  // State between hooks: the staged build, set by the stage phase under `astro build`;
  let build: StagedBuild | undefined;
  // and Astro's content data store file (content/paths.js: the cache folder in a build), when kept in one file.
  let storeFile: string | undefined;
  // Time per stage, for the build benchmark (publish/stage-timer.ts).
  const timer = new StageTimer();
  return {
    name: 'gongkai',
    hooks: {
      'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
        if (command !== 'build' && command !== 'dev') return;
        const outDir = fileURLToPath(config.outDir);
        // Only where every page is rendered during the build, beside the file (data-store-module.ts).
        const storage = config.experimental.collectionStorage;
        if (config.output === 'static' && (!storage || storage === 'single-file'))
          storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
        const checked = await checkPhase({
          command,
          root: contentRoot(),
          cacheDir: fileURLToPath(config.cacheDir),
          outDir,
          base: config.base,
          logger,
          timer,
          inputFingerprint: process.env[FINGERPRINT_ENV],
        });
        if (checked.command === 'build')
          build = stagePhase({ ...checked, command: 'build' }, { outDir, base: config.base, updateConfig });
      },
      // Astro's content sync (and Vite's set-up) runs between these two hooks.
      'astro:config:done': () => timer.start('content sync'),
      'astro:build:start': () => timer.end('content sync'),
      // Bundling ends in timer.bundleEnd(), a Vite plugin (phases/stage.ts); rendering follows.
      'astro:build:generated': () => timer.end('render'),
      'astro:build:setup': ({ vite }) => {
        timer.start('bundle');
        // First, before Astro's own plugin: the first to resolve the store's id serves it.
        if (build && storeFile) vite.plugins = [dataStoreFromFile(storeFile), ...(vite.plugins ?? [])];
        if (build) placeBodyImages(build);
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const staging = fileURLToPath(dir);
        if (build) placeAttachments(build, staging);
        aliasSitemap(staging);
        if (!build) return;
        await publishPhase(await completePhase(build, staging, madePages(assets), logger), logger);
      },
    },
  };
}

/**
 * Phase 2, at astro:config:setup under `astro build`: has Astro write into a
 * staging folder that replaces the published one only when everything
 * succeeded (publish/staged-output.ts), so nothing half-built is ever
 * published. The published site's pages are linked into it first, so that
 * Astro keeps unchanged ones instead of copying them from its cache
 * (publish/carried-pages.ts). The search index starts building from the
 * checked content here, and runs while Astro renders the pages.
 */
import type { StageTimer } from '../../publish/stage-timer.ts';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroConfig } from 'astro';
import { CarriedPages, readPublishedPages } from '../../publish/carried-pages.ts';
import { FileStore } from '../../publish/published-files.ts';
import { prepareStaging } from '../../publish/staged-output.ts';
import { linkAstroPageCopies } from '../../publish/write-guard.ts';
import { buildSearch } from '../../search/build-search.ts';
import { checkedFiles } from '../../publish/handoff.ts';
import { HANT_DIR } from '../../utils/hant-paths.ts';
import type { CheckedContent, StagedBuild } from './state.ts';

/** The part of Astro's config this phase changes. */
export type ConfigUpdate = Pick<Partial<AstroConfig>, 'outDir'> & {
  vite: { build: { emptyOutDir: boolean }; plugins: ReturnType<StageTimer['bundleEnd']>[] };
};

export interface StageInput {
  /** The published site (Astro's outDir, absolute). */
  outDir: string;
  /** Astro's `base`. */
  base: string;
  updateConfig: (update: ConfigUpdate) => void;
}

export function stagePhase(
  checked: CheckedContent & { command: 'build' },
  { outDir, base, updateConfig }: StageInput,
): StagedBuild {
  const { cacheDir, site, report } = checked;
  const staging = prepareStaging(outDir);
  const carried = new CarriedPages(outDir, staging, HANT_DIR);
  carried.start(readPublishedPages(cacheDir, outDir));
  // Astro's cache copy of each page it writes: a link to the page, not a second write (publish/write-guard.ts).
  linkAstroPageCopies(cacheDir, staging);
  // Astro would empty the staging folder before bundling, taking the carried pages with it; it is new anyway.
  updateConfig({
    outDir: pathToFileURL(`${staging}/`),
    vite: { build: { emptyOutDir: false }, plugins: [checked.timer.bundleEnd()] },
  });
  const store = new FileStore(path.join(cacheDir, 'published-files'));
  const search = checked.timer.track(
    'search index',
    buildSearch({
      entries: report.entries,
      site,
      base,
      cacheDir,
      records: checked.searchRecords,
      fileKeys: checkedFiles.read(),
    }),
  );
  // Reported when the pages are done; keep an early failure from being unhandled meanwhile.
  search.catch(() => undefined);
  return { ...checked, outDir, staging, base, carried, store, search };
}

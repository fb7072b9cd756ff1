/**
 * What the build integration's phases hand each other (integrations/gongkai.ts
 * runs them from Astro's hooks). Each phase takes the state the one before it
 * returned, instead of closing over shared variables, so each can be run and
 * tested on its own.
 *
 *   check    (astro:config:setup) → CheckedContent
 *   stage    (astro:config:setup, `astro build` only) → StagedBuild
 *   files    (astro:build:setup, astro:build:done) → files in the staging folder
 *   complete (astro:build:done) → CompletedBuild: the staging folder is the whole site
 *   publish  (astro:build:done) → the staging folder becomes the published site
 */
import type { AstroIntegrationLogger } from 'astro';
import type { CarriedPages } from '../../publish/carried-pages.ts';
import type { FileStore, PublishedFiles } from '../../publish/published-files.ts';
import type { CheckReport } from '../../checks/check-content.ts';
import type { SearchRecordSource } from '../../search/record-source.ts';
import type { SiteSettings } from '../../schemas/site.ts';
import type { SearchIndexBuild } from '../../search/build-search.ts';
import type { StageTimer } from '../../publish/stage-timer.ts';

export type Logger = Pick<AstroIntegrationLogger, 'info' | 'warn' | 'error'>;

/** The content checked and found publishable, with the files it publishes beside its pages. */
export interface CheckedContent {
  command: 'build' | 'dev';
  /** The content folder. */
  root: string;
  /** Astro's cache folder (absolute). */
  cacheDir: string;
  /** The site settings (content/site.yaml). */
  site: SiteSettings;
  report: CheckReport;
  /** Also handed to the pages (publish/handoff.ts). */
  published: PublishedFiles;
  /** Under `astro build`: the search index's records (search/records.ts), with the attachments' text. */
  searchRecords?: SearchRecordSource[] | undefined;
  /** Time per stage, for the build benchmark (publish/stage-timer.ts). */
  timer: StageTimer;
  /** What `npm run build` found the inputs to be (publish/build-inputs.ts); recorded once published. */
  inputFingerprint?: string;
}

/** A build under way: Astro writes into `staging`, which replaces `outDir` only when everything succeeded. */
export interface StagedBuild extends CheckedContent {
  command: 'build';
  /** The published site (the link `dist`). */
  outDir: string;
  /** Where Astro writes this build. */
  staging: string;
  /** Astro's `base`. */
  base: string;
  /** The published site's unchanged pages, linked into the staging folder (publish/carried-pages.ts). */
  carried: CarriedPages;
  /** The store the attachments and body images are linked from (publish/published-files.ts). */
  store: FileStore;
  /** The search index, built while Astro renders the pages. */
  search: Promise<SearchIndexBuild>;
}

/** The staging folder holds the whole site: pages, 繁體 twins, files, the search index. */
export interface CompletedBuild extends StagedBuild {
  /** The staging folder as Astro reported it when the pages were done. */
  staging: string;
  /** Every HTML page Astro wrote or kept, relative to the staging folder, `/`-separated. */
  pages: string[];
  index: SearchIndexBuild;
}

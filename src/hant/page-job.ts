/**
 * Writes the 繁體 twin of one built page: read it, look its key up in the
 * cache, and either copy the cached twin or convert the page and keep the
 * result. The same code runs on the main thread (small sites) and in the
 * worker threads of build-hant.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { HANT_DIR, pagePathOfFile } from '../utils/hant-paths.ts';
import { createConverter, type HantStandard } from './converter.ts';
import { HantPageCache, pageKey, type Stamp, type UsedTwin } from './page-cache.ts';
import { rewritePage } from './rewrite-page.ts';

/** What a worker needs to know; plain data, so it can be sent to a thread. */
export interface HantJobSettings {
  /** The build's output folder (Astro's staging folder). */
  outDir: string;
  base: string;
  cacheDir: string;
  /** Digest of the converter and its settings (build-hant.ts). */
  fingerprint: string;
  protect: string[];
  standard: HantStandard;
  phrases: boolean;
  /** The last build's twins (key → stamp), from the cache's manifest. */
  previous: ReadonlyMap<string, Stamp>;
}

export interface PageOutcome {
  key: string;
  stamp: Stamp;
  reused: boolean;
  /** Characters of the simplified page, when it was converted. */
  chars: number;
}

export interface JobTotals {
  pages: number;
  reused: number;
  /** Characters of the pages converted (not reused). */
  chars: number;
  /** Characters handed to the dictionary, after the memo. */
  dictionaryChars: number;
  memoHits: number;
  /** Key, stamp and page of every twin written, for the cache's manifest. */
  keys: UsedTwin[];
}

export function pageJob(settings: HantJobSettings): { run: (files: readonly string[]) => JobTotals } {
  const convert = createConverter({
    protect: settings.protect,
    standard: settings.standard,
    phrases: settings.phrases,
    trieStoreDir: settings.cacheDir,
  });
  const cache = new HantPageCache(settings.cacheDir, settings.previous);
  const madeDirs = new Set<string>();
  const target = path.join(settings.outDir, HANT_DIR);

  const one = (file: string): PageOutcome => {
    const html = fs.readFileSync(path.join(settings.outDir, file));
    const key = pageKey(settings.fingerprint, file, html);
    const dest = path.join(target, file);
    const folder = path.dirname(dest);
    if (!madeDirs.has(folder)) {
      fs.mkdirSync(folder, { recursive: true });
      madeDirs.add(folder);
    }
    const cached = cache.restore(key, dest);
    if (cached) return { key, stamp: cached, reused: true, chars: 0 };
    const text = html.toString('utf8');
    fs.writeFileSync(
      dest,
      rewritePage(text, { pagePath: pagePathOfFile(file, settings.base), base: settings.base, convert }),
    );
    return { key, stamp: cache.store(key, dest), reused: false, chars: text.length };
  };

  return {
    run(files) {
      const before = { ...convert.stats };
      const totals: JobTotals = { pages: 0, reused: 0, chars: 0, dictionaryChars: 0, memoHits: 0, keys: [] };
      for (const file of files) {
        const outcome = one(file);
        totals.pages++;
        if (outcome.reused) totals.reused++;
        totals.chars += outcome.chars;
        totals.keys.push([outcome.key, outcome.stamp, file]);
      }
      totals.dictionaryChars = convert.stats.converted - before.converted;
      totals.memoHits = convert.stats.memoHits - before.memoHits;
      return totals;
    },
  };
}

/**
 * The content check's per-file results, kept between runs. A file whose
 * size and modification time are unchanged, checked by the same framework
 * code, is valid as it was: its validated frontmatter and the facts of its
 * body (personal data, images, links: body-facts.ts) are taken from the
 * cache instead of reading and parsing the file again. At 100,000 documents
 * that is most of the check's time on a rebuild. Only valid files are kept;
 * a file with problems is checked afresh every time, so its messages are
 * always current. Cross-file checks always run over all entries.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../fs/fs-safety.ts';
import type { BodyFacts } from './body-facts.ts';

export interface CachedFile {
  key: string;
  data: Record<string, unknown>;
  facts: BodyFacts;
}

interface CacheFile {
  fingerprint: string;
  files: Record<string, CachedFile>;
}

let fingerprint: string | undefined;

/**
 * A digest of the framework code that decides what is valid (schemas,
 * checks, utilities): a new version of it invalidates every cached result.
 * Made once per process (the attachment findings' cache uses it too).
 */
export function frameworkFingerprint(): string {
  return (fingerprint ??= digestOfSources());
}

function digestOfSources(): string {
  // Beside this file, or (when Astro has bundled the config that imports it) the project's src/.
  const src = [path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'), path.resolve('src')].find((d) =>
    fs.existsSync(path.join(d, 'schemas')),
  );
  if (!src) return `unknown-${Date.now()}`;
  const hash = createHash('sha1');
  for (const file of (fs.readdirSync(src, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts') || f.endsWith('.json'))
    .sort()) {
    hash.update(file).update(fs.readFileSync(path.join(src, file)));
  }
  return hash.digest('hex');
}

export class CheckCache {
  private readonly previous = new Map<string, CachedFile>();
  private readonly next = new Map<string, CachedFile>();
  private readonly fingerprint: string;
  private readonly file: string | undefined;
  /** Whether the stored file holds results this run does not (or lacks ones it has): only then is it written. */
  private changed = false;

  /** @param file where the cache is kept; none means no cache (every file is read). */
  constructor(file?: string) {
    this.file = file;
    this.fingerprint = file ? frameworkFingerprint() : '';
    if (!file || !fs.existsSync(file)) return;
    try {
      const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheFile;
      if (stored.fingerprint === this.fingerprint)
        for (const [p, f] of Object.entries(stored.files)) this.previous.set(p, f);
    } catch {
      // An unreadable cache is just an empty one.
    }
  }

  /** The validated frontmatter and body facts of an unchanged file, if it was valid last time. */
  lookup(filePath: string, key: string): CachedFile | undefined {
    const hit = this.previous.get(filePath);
    if (!hit || hit.key !== key) return undefined;
    this.next.set(filePath, hit);
    return hit;
  }

  /** Whether lookup() would answer for this file, without marking it as seen in this run. */
  knows(filePath: string, key: string): boolean {
    return this.previous.get(filePath)?.key === key;
  }

  /**
   * A result checked in this run before checkContent() reads the cache
   * (parallel-check.ts): lookup() answers with it as with a stored one.
   */
  add(filePath: string, key: string, data: Record<string, unknown>, facts: BodyFacts): void {
    this.previous.set(filePath, { key, data, facts });
    this.changed = true;
  }

  remember(filePath: string, key: string, data: Record<string, unknown>, facts: BodyFacts): void {
    this.next.set(filePath, { key, data, facts });
    this.changed = true;
  }

  /**
   * This run's valid files (after the check): the build integration hands
   * them to the content loader (publish/handoff.ts, checkedFiles).
   */
  valid(): ReadonlyMap<string, CachedFile> {
    return this.next;
  }

  /**
   * Writes this run's valid files. Skipped when they are exactly the stored
   * ones (every file found unchanged, none gone): at 100,000 documents the
   * write is 72 MB of JSON and 0.7 s of a rebuild's check.
   */
  save(): void {
    if (!this.file) return;
    if (!this.changed && this.next.size === this.previous.size && fs.existsSync(this.file)) return;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const stored: CacheFile = { fingerprint: this.fingerprint, files: Object.fromEntries(this.next) };
    writeFileAtomic(this.file, JSON.stringify(stored));
  }
}

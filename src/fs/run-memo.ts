/**
 * A memo carried from one build to the next in a JSON file: what the last
 * run kept (`previous`) and what this run keeps (`next`). Only what this run
 * put in `next` is written back, so the entries of deleted or replaced files
 * fall away by themselves. A missing or unreadable file is an empty memo, and
 * so is one written under another `stamp` (for example other framework code):
 * a memo only saves work, it never decides a result.
 */
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './fs-safety.ts';

interface Stamped<V> {
  stamp: string;
  entries: Record<string, V>;
}

export class RunMemo<V> {
  readonly previous = new Map<string, V>();
  readonly next = new Map<string, V>();
  private readonly file: string | undefined;
  private readonly stamp: string | undefined;

  /**
   * @param file where the memo is kept between runs; none: nothing is kept.
   * @param stamp what the entries are only valid under; without one the file holds the entries alone.
   */
  constructor(file?: string, stamp?: string) {
    this.file = file;
    this.stamp = stamp;
    if (!file || !fs.existsSync(file)) return;
    try {
      const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Stamped<V> | Record<string, V>;
      const entries =
        stamp === undefined ? stored : (stored as Stamped<V>).stamp === stamp ? (stored as Stamped<V>).entries : {};
      for (const [k, v] of Object.entries(entries as Record<string, V>)) this.previous.set(k, v);
    } catch {
      // An unreadable memo is an empty one.
    }
  }

  /** Keeps this run's entries for the next run. */
  save(): void {
    if (!this.file) return;
    const entries = Object.fromEntries(this.next);
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileAtomic(this.file, JSON.stringify(this.stamp === undefined ? entries : { stamp: this.stamp, entries }));
  }
}

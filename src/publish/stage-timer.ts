/**
 * Where a build's time goes: the integration marks the start and end of each
 * stage (content check, attachment extraction, Astro's content sync,
 * bundling and rendering, carried pages, 繁體 twins, search index, publish),
 * and the times are written to `build-stages.json` in the cache folder, where
 * the build benchmark reads them (test/bench/build-bench.ts) — so the next
 * regression shows in which stage it is.
 *
 * Stages may overlap (the search index is built while Astro renders): each
 * is an interval measured from the start of the process, not a share of the
 * total. A stage that ran more than once adds up.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export const STAGES_FILE = 'build-stages.json';

export interface StageTime {
  name: string;
  /** Seconds after the process started. */
  start: number;
  end: number;
  /** Seconds spent in the stage (the sum when it ran more than once). */
  seconds: number;
}

/** Milliseconds since the process started (performance.now() counts from then). */
const now = () => performance.now();

export class StageTimer {
  private readonly open = new Map<string, number>();
  private readonly done = new Map<string, StageTime>();

  start(name: string): void {
    this.open.set(name, now());
  }

  end(name: string): void {
    const started = this.open.get(name);
    if (started === undefined) return;
    this.open.delete(name);
    const ended = now();
    const prior = this.done.get(name);
    this.done.set(name, {
      name,
      start: prior?.start ?? started / 1000,
      end: ended / 1000,
      seconds: (prior?.seconds ?? 0) + (ended - started) / 1000,
    });
  }

  /** Ends `from` and starts `to` at the same moment. */
  next(from: string, to: string): void {
    this.end(from);
    this.start(to);
  }

  /** Times a promise from now until it settles. */
  track<T>(name: string, work: Promise<T>): Promise<T> {
    this.start(name);
    work.then(
      () => this.end(name),
      () => this.end(name),
    );
    return work;
  }

  /**
   * A Vite plugin marking the end of bundling: Astro renders the pages in a
   * later `buildApp` hook (its own plugin is enforced last), and no
   * integration hook falls between the two for a static site.
   */
  bundleEnd(): { name: string; buildApp: { order: 'post'; handler: () => void } } {
    return { name: 'gongkai:stage-timer', buildApp: { order: 'post', handler: () => this.next('bundle', 'render') } };
  }

  stages(): StageTime[] {
    return [...this.done.values()].sort((a, b) => a.start - b.start);
  }

  /** Writes the stages to the cache folder, for the benchmark. */
  save(cacheDir: string): void {
    fs.mkdirSync(cacheDir, { recursive: true });
    fs.writeFileSync(
      path.join(cacheDir, STAGES_FILE),
      `${JSON.stringify({ total: now() / 1000, stages: this.stages() }, null, 1)}\n`,
    );
  }
}

export function readStages(cacheDir: string): { total: number; stages: StageTime[] } | undefined {
  const file = path.join(cacheDir, STAGES_FILE);
  return fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { total: number; stages: StageTime[] })
    : undefined;
}

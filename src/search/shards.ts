/**
 * Splitting the search index into shards. Pagefind holds a whole index in
 * memory while building it, and the browser downloads per-page metadata for
 * every index it searches, so no shard may be large.
 *
 * Shards are publication years, newest first; a year with more records than
 * fit is cut into consecutive date ranges. Years are stable, so an edit
 * re-indexes only its own year, and because shards never overlap in time,
 * results sorted by date can be read shard after shard.
 */

export interface ShardPlan<T> {
  /** Stable name, e.g. `y2025` or `y2025-2` (the second part of a big year). */
  id: string;
  /** Oldest and newest date in the shard. */
  from: string;
  to: string;
  records: T[];
}

export function planShards<T extends { date: string; url: string }>(records: readonly T[], maxPerShard: number): ShardPlan<T>[] {
  const byYear = new Map<string, T[]>();
  for (const r of records) {
    const year = r.date.slice(0, 4);
    const list = byYear.get(year);
    if (list) list.push(r);
    else byYear.set(year, [r]);
  }
  const plans: ShardPlan<T>[] = [];
  for (const year of [...byYear.keys()].sort().reverse()) {
    const list = byYear.get(year)!.sort((a, b) => (a.date === b.date ? (a.url < b.url ? 1 : -1) : a.date < b.date ? 1 : -1));
    const parts = Math.ceil(list.length / maxPerShard);
    const size = Math.ceil(list.length / parts);
    for (let p = 0; p < parts; p++) {
      const slice = list.slice(p * size, (p + 1) * size);
      plans.push({
        id: parts === 1 ? `y${year}` : `y${year}-${p + 1}`,
        from: slice[slice.length - 1]!.date,
        to: slice[0]!.date,
        records: slice,
      });
    }
  }
  return plans;
}

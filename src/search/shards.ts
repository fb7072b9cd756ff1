/**
 * Splitting the search index into shards. Pagefind holds a whole index in
 * memory while building it, and the browser downloads one index chunk per
 * query term for every shard it searches, so shards must be neither too big
 * (memory) nor too many (transfer).
 *
 * Shards are runs of consecutive publication years packed, oldest first, up
 * to `maxPerShard` records; a single year with more records is cut into
 * consecutive date ranges. Packing from the oldest year keeps earlier shards
 * unchanged when this year's documents are added, so an edit re-indexes only
 * the shard it falls in. Shards never overlap in time.
 */

export interface ShardPlan<T> {
  /** Stable name: `y2025`, `y2015-2018` (several years) or `y2025-2` (second part of a big year). */
  id: string;
  /** Oldest and newest date in the shard. */
  from: string;
  to: string;
  records: T[];
}

const newestFirst = <T extends { date: string; url: string }>(a: T, b: T) =>
  a.date === b.date ? (a.url < b.url ? 1 : -1) : a.date < b.date ? 1 : -1;

function plan<T extends { date: string; url: string }>(id: string, records: T[]): ShardPlan<T> {
  records.sort(newestFirst);
  return { id, from: records[records.length - 1]!.date, to: records[0]!.date, records };
}

/** Shards, newest first. */
export function planShards<T extends { date: string; url: string }>(records: readonly T[], maxPerShard: number): ShardPlan<T>[] {
  const byYear = new Map<string, T[]>();
  for (const r of records) {
    const year = r.date.slice(0, 4);
    const list = byYear.get(year);
    if (list) list.push(r);
    else byYear.set(year, [r]);
  }
  const plans: ShardPlan<T>[] = [];
  let group: { years: string[]; records: T[] } = { years: [], records: [] };
  const close = () => {
    if (group.records.length === 0) return;
    const first = group.years[0]!;
    const last = group.years[group.years.length - 1]!;
    plans.push(plan(first === last ? `y${first}` : `y${first}-${last}`, group.records));
    group = { years: [], records: [] };
  };
  for (const year of [...byYear.keys()].sort()) {
    const list = byYear.get(year)!;
    if (list.length > maxPerShard) {
      close();
      const sorted = [...list].sort(newestFirst).reverse();
      const parts = Math.ceil(sorted.length / maxPerShard);
      const size = Math.ceil(sorted.length / parts);
      for (let p = 0; p < parts; p++) plans.push(plan(`y${year}-${p + 1}`, sorted.slice(p * size, (p + 1) * size)));
      continue;
    }
    if (group.records.length + list.length > maxPerShard) close();
    group.years.push(year);
    group.records.push(...list);
  }
  close();
  return plans.reverse();
}

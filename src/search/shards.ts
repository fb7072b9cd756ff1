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

/**
 * Packs consecutive units (years, or months of the newest year), oldest
 * first, up to `max` records; a unit with more is cut into near-equal
 * consecutive date ranges. Returns the shards oldest first.
 */
function pack<T extends { date: string; url: string }>(
  records: readonly T[],
  unitOf: (date: string) => string,
  max: number,
  prefix: string,
  joint: (first: string, last: string) => string,
): ShardPlan<T>[] {
  const byUnit = new Map<string, T[]>();
  for (const r of records) {
    const unit = unitOf(r.date);
    const list = byUnit.get(unit);
    if (list) list.push(r);
    else byUnit.set(unit, [r]);
  }
  const plans: ShardPlan<T>[] = [];
  let group: { units: string[]; records: T[] } = { units: [], records: [] };
  const close = () => {
    if (group.records.length === 0) return;
    const first = group.units[0]!;
    const last = group.units[group.units.length - 1]!;
    plans.push(plan(first === last ? `${prefix}${first}` : `${prefix}${joint(first, last)}`, group.records));
    group = { units: [], records: [] };
  };
  for (const unit of [...byUnit.keys()].sort()) {
    const list = byUnit.get(unit)!;
    if (list.length > max) {
      close();
      const sorted = [...list].sort(newestFirst).reverse();
      const parts = Math.ceil(sorted.length / max);
      const size = Math.ceil(sorted.length / parts);
      for (let p = 0; p < parts; p++)
        plans.push(plan(`${prefix}${unit}-${p + 1}`, sorted.slice(p * size, (p + 1) * size)));
      continue;
    }
    if (group.records.length + list.length > max) close();
    group.units.push(unit);
    group.records.push(...list);
  }
  close();
  return plans;
}

/**
 * Shards, newest first.
 *
 * With `newestPerShard`, on a site too large for one shard, the newest year is packed by month into shards of
 * at most that many records (ids `m2026-03`, `m2026-01-05`, `m2026-06-2`):
 * documents are mostly edited while they are new, and an edit re-indexes
 * the whole shard it falls in — hundreds of records instead of thousands.
 * Packing from the oldest month keeps earlier months' shards unchanged as
 * this month grows. When a new year starts, last year is packed with the
 * older years again (one rebuild of those shards).
 */
export function planShards<T extends { date: string; url: string }>(
  records: readonly T[],
  maxPerShard: number,
  newestPerShard?: number,
): ShardPlan<T>[] {
  const year = (date: string) => date.slice(0, 4);
  const years = (older: readonly T[]) => pack(older, year, maxPerShard, 'y', (first, last) => `${first}-${last}`);
  // A site that fits in one shard keeps one: the browser opens a single index, and an edit re-indexes at most one shard anyway.
  if (!newestPerShard || newestPerShard >= maxPerShard || records.length <= maxPerShard)
    return years(records).reverse();
  const newest = records.reduce((top, r) => (year(r.date) > top ? year(r.date) : top), '');
  const recent = records.filter((r) => year(r.date) === newest);
  const older = records.filter((r) => year(r.date) !== newest);
  const months = pack(
    recent,
    (date) => date.slice(0, 7),
    newestPerShard,
    'm',
    (first, last) => `${first}-${last.slice(5)}`,
  );
  return [...years(older), ...months].reverse();
}

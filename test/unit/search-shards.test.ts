/**
 * Shard planning: consecutive years packed oldest first, big years cut into
 * date ranges, and earlier shards left alone when this year grows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planShards, type ShardPlan } from '../../src/search/shards.ts';

interface Rec {
  date: string;
  url: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `count` records in `year` with distinct dates, spread over the year. */
function yearRecords(year: number, count: number, tag = 'a'): Rec[] {
  return Array.from({ length: count }, (_, i) => {
    const month = (i % 12) + 1;
    const day = (Math.floor(i / 12) % 28) + 1;
    const minute = Math.floor(i / 336);
    return {
      date: `${year}-${pad(month)}-${pad(day)} ${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`,
      url: `/${tag}/${year}/${pad(i, 5)}/`,
    };
  });
}

const year = (r: Rec) => r.date.slice(0, 4);
const urls = (records: readonly Rec[]) => records.map((r) => r.url).sort();

/** Checks what every plan must satisfy, whatever the input. */
function checkPlans(records: readonly Rec[], plans: ReadonlyArray<ShardPlan<Rec>>, max: number): void {
  // Every record exactly once.
  expect(urls(plans.flatMap((p) => p.records))).toEqual(urls(records));
  expect(new Set(plans.map((p) => p.id)).size).toBe(plans.length);
  for (const p of plans) {
    expect(p.records.length).toBeGreaterThan(0);
    expect(p.records.length).toBeLessThanOrEqual(max);
    expect(p.from <= p.to).toBe(true);
    const dates = p.records.map((r) => r.date);
    expect(p.from).toBe([...dates].sort()[0]);
    expect(p.to).toBe([...dates].sort().at(-1));
    // Newest first within a shard.
    expect(dates).toEqual([...dates].sort().reverse());
    const years = [...new Set(p.records.map(year))].sort();
    const m = /^y(\d{4})(?:-(\d{4})|-(\d+))?$/.exec(p.id);
    expect(m, p.id).not.toBeNull();
    if (m![3]) {
      // Part of one big year.
      expect(years).toEqual([m![1]]);
    } else {
      expect(years[0]).toBe(m![1]);
      expect(years.at(-1)).toBe(m![2] ?? m![1]);
      if (m![2]) expect(m![2] > m![1]!).toBe(true);
    }
  }
  // Newest first, never overlapping.
  for (let i = 1; i < plans.length; i++) expect(plans[i]!.to <= plans[i - 1]!.from).toBe(true);
}

describe('planShards', () => {
  it('packs consecutive years, oldest first, up to the limit', () => {
    const records = [
      ...yearRecords(2015, 2),
      ...yearRecords(2016, 3),
      ...yearRecords(2017, 1),
      ...yearRecords(2018, 4),
      ...yearRecords(2019, 8),
      ...yearRecords(2020, 2),
      ...yearRecords(2024, 10),
    ];
    const plans = planShards(records, 10);
    expect(plans.map((p) => [p.id, p.records.length])).toEqual([
      ['y2024', 10],
      ['y2019-2020', 10],
      ['y2015-2018', 10],
    ]);
    checkPlans(records, plans, 10);
    expect(plans[2]!.from).toBe('2015-01-01 00:00');
    expect(plans[0]!.to.slice(0, 4)).toBe('2024');
  });

  it('names a shard after its first and last year even with gaps between', () => {
    const records = [...yearRecords(2015, 2), ...yearRecords(2018, 3)];
    expect(planShards(records, 10).map((p) => p.id)).toEqual(['y2015-2018']);
    expect(planShards(yearRecords(2024, 1), 10).map((p) => p.id)).toEqual(['y2024']);
    expect(planShards([], 10)).toEqual([]);
  });

  it('keeps a year of exactly the limit whole', () => {
    const plans = planShards(yearRecords(2025, 10), 10);
    expect(plans.map((p) => p.id)).toEqual(['y2025']);
  });

  it('cuts a year above the limit into near-equal consecutive date ranges', () => {
    const records = [...yearRecords(2023, 4), ...yearRecords(2024, 5), ...yearRecords(2025, 25)];
    const plans = planShards(records, 10);
    expect(plans.map((p) => [p.id, p.records.length])).toEqual([
      ['y2025-3', 7],
      ['y2025-2', 9],
      ['y2025-1', 9],
      ['y2023-2024', 9],
    ]);
    checkPlans(records, plans, 10);
    // Distinct dates: the ranges do not even touch.
    expect(plans[1]!.to < plans[0]!.from).toBe(true);
    expect(plans[2]!.to < plans[1]!.from).toBe(true);
    // The oldest part holds the oldest dates of the year.
    const year2025 = records
      .filter((r) => year(r) === '2025')
      .map((r) => r.date)
      .sort();
    expect(plans[2]!.from).toBe(year2025[0]);
    expect(plans[0]!.to).toBe(year2025.at(-1));
  });

  it('splits big years into parts that differ by less than the number of parts', () => {
    for (const [count, max] of [
      [11, 10],
      [101, 10],
      [999, 100],
      [1000, 7],
      [250, 1],
    ] as const) {
      const records = yearRecords(2025, count);
      const plans = planShards(records, max);
      const sizes = plans.map((p) => p.records.length);
      expect(plans).toHaveLength(Math.ceil(count / max));
      expect(plans.map((p) => p.id)).toEqual(plans.map((_p, i) => `y2025-${plans.length - i}`));
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThan(plans.length);
      checkPlans(records, plans, max);
    }
  });

  it('cuts a year with many records at the same time without losing or repeating any', () => {
    const records = Array.from({ length: 23 }, (_, i) => ({ date: '2025-06-01 09:00', url: `/same/${pad(i)}/` }));
    const plans = planShards(records, 5);
    expect(plans.map((p) => p.id)).toEqual(['y2025-5', 'y2025-4', 'y2025-3', 'y2025-2', 'y2025-1']);
    checkPlans(records, plans, 5);
  });

  it('does not depend on the order of its input', () => {
    const summary = (plans: ReadonlyArray<ShardPlan<Rec>>) =>
      plans.map((p) => [p.id, p.from, p.to, p.records.map((r) => r.url)]);
    const sameTime = Array.from({ length: 23 }, (_, i) => ({ date: '2025-06-01 09:00', url: `/same/${pad(i)}/` }));
    const records = [...yearRecords(2019, 3), ...yearRecords(2021, 4), ...sameTime, ...yearRecords(2024, 12)];
    const reference = summary(planShards(records, 5));
    expect(summary(planShards([...records].reverse(), 5))).toEqual(reference);
    const interleaved = records
      .map((r, i) => ({ r, k: (i * 7919) % records.length }))
      .sort((a, b) => a.k - b.k)
      .map((x) => x.r);
    expect(summary(planShards(interleaved, 5))).toEqual(reference);
  });

  it('does not change its input', () => {
    const records = [...yearRecords(2025, 15), ...yearRecords(2020, 3)];
    const before = JSON.stringify(records);
    planShards(records, 4);
    expect(JSON.stringify(records)).toBe(before);
  });

  it('holds its invariants for any year distribution', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(30), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 25 }),
        (counts, max) => {
          const records = counts.flatMap((n, i) => yearRecords(2010 + i, n));
          checkPlans(records, planShards(records, max), max);
        },
      ),
    );
  });

  it('leaves every shard of earlier years unchanged when the newest year grows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(30), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 25 }),
        (counts, added, max) => {
          const newest = 2010 + counts.length - 1;
          const before = counts.flatMap((n, i) => yearRecords(2010 + i, i === counts.length - 1 ? Math.max(n, 1) : n));
          const after = [...before, ...yearRecords(newest, added, 'new')];
          const plansAfter = planShards(after, max);
          const byId = new Map(plansAfter.map((p) => [p.id, p]));
          for (const p of planShards(before, max)) {
            if (p.to.slice(0, 4) === String(newest)) continue;
            const same = byId.get(p.id);
            expect(same, p.id).toBeDefined();
            expect(same!.from).toBe(p.from);
            expect(same!.to).toBe(p.to);
            expect(same!.records.map((r) => r.url)).toEqual(p.records.map((r) => r.url));
          }
          checkPlans(after, plansAfter, max);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('changes at most the newest shard when a new year starts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(30), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 25 }),
        (counts, added, max) => {
          const before = counts.flatMap((n, i) => yearRecords(2010 + i, n));
          const after = [...before, ...yearRecords(2010 + counts.length, added, 'new')];
          const plansBefore = planShards(before, max);
          const byId = new Map(planShards(after, max).map((p) => [p.id, p]));
          for (const p of plansBefore.slice(1)) {
            expect(
              byId.get(p.id)?.records.map((r) => r.url),
              p.id,
            ).toEqual(p.records.map((r) => r.url));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('planShards with small shards for the newest year', () => {
  it('packs the newest year by month and older years as before', () => {
    const records = [...yearRecords(2023, 8), ...yearRecords(2024, 9), ...yearRecords(2025, 36)];
    const plans = planShards(records, 10, 4);
    // 36 records over 12 months: 3 a month, one month a shard; older years are packed as without the option.
    expect(plans.slice(-2).map((p) => p.id)).toEqual(['y2024', 'y2023']);
    expect(plans.slice(0, -2).map((p) => p.id)).toEqual(Array.from({ length: 12 }, (_, i) => `m2025-${pad(12 - i)}`));
    expect(urls(plans.flatMap((p) => p.records))).toEqual(urls(records));
    for (const p of plans.slice(0, -2)) {
      expect(p.records.length).toBeLessThanOrEqual(4);
      expect(new Set(p.records.map((r) => r.date.slice(0, 7)))).toEqual(new Set([`2025-${p.id.slice(6, 8)}`]));
    }
    for (let i = 1; i < plans.length; i++) expect(plans[i]!.to <= plans[i - 1]!.from).toBe(true);
  });

  it('keeps a site that fits in one shard in one shard, months or not', () => {
    const records = Array.from({ length: 15 }, (_, i) => ({
      date: `202${4 + (i % 2)}-0${1 + (i % 9)}-01 09:00`,
      url: `/s/${i}/`,
    }));
    expect(planShards(records, 100, 4).map((p) => p.id)).toEqual(['y2024-2025']);
  });

  it('joins small months and cuts big ones', () => {
    const quiet = Array.from({ length: 6 }, (_, i) => ({
      date: `2025-0${1 + (i % 3)}-0${1 + i} 09:00`,
      url: `/q/${i}/`,
    }));
    const busy = Array.from({ length: 9 }, (_, i) => ({ date: `2025-05-${pad(10 + i)} 09:00`, url: `/b/${i}/` }));
    // 15 records: more than one shard of 10 holds, so the newest year is packed by month.
    const plans = planShards([...quiet, ...busy], 10, 4);
    expect(plans.map((p) => [p.id, p.records.length])).toEqual([
      ['m2025-05-3', 3],
      ['m2025-05-2', 3],
      ['m2025-05-1', 3],
      ['m2025-03', 2],
      ['m2025-01-02', 4],
    ]);
  });

  it('leaves earlier months alone when this month grows, and is off when not smaller than the limit', () => {
    const before = [...yearRecords(2024, 30), ...yearRecords(2025, 24)];
    const after = [...before, { date: '2025-12-30 10:00', url: '/new/' }];
    const old = new Map(planShards(before, 10, 5).map((p) => [p.id, p.records.map((r) => r.url)]));
    const changed = planShards(after, 10, 5).filter(
      (p) => JSON.stringify(old.get(p.id)) !== JSON.stringify(p.records.map((r) => r.url)),
    );
    expect(changed.map((p) => p.id)).toEqual(['m2025-11-12']);
    expect(planShards(before, 10, 10)).toEqual(planShards(before, 10));
  });
});

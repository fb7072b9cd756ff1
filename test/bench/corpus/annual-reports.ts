/**
 * Statistics for the generated corpus' 年度报告 (report year 2019 on): every
 * row of the year's format, random but consistent: every identity holds and
 * 二 of year N equals 四 of year N−1. Drawn from their own random stream, so
 * the rest of the corpus does not change with them.
 */
import { catalogueStats, type CatalogueRecord } from '../../../src/annual-report/catalogue-stats.ts';
import { COLUMN_COUNTS } from '../../../src/annual-report/compare.ts';
import { formatForYear, rowValues } from '../../../src/schemas/annual-report-format.ts';

type Rows = Record<string, number[] | Record<string, number[]>>;
export interface CorpusStatistics {
  proactive: Record<string, number[]>;
  applications: Rows;
  appeals: Record<string, number[]>;
}

/** Uniform integer in [min, max]. */
type Int = (min: number, max: number) => number;

const sum = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);

function setRow(rows: Rows, key: string, values: number[]): void {
  const [group, leaf] = key.split('.');
  if (leaf === undefined) rows[group!] = values;
  else rows[group!] = { ...(rows[group!] as Record<string, number[]> | undefined), [leaf]: values };
}

/** Statistics for each report year in `years` (ascending), chained by carry-over. */
export function corpusStatistics(years: readonly number[], int: Int): Map<number, CorpusStatistics> {
  const result = new Map<number, CorpusStatistics>();
  let carried = [int(0, 3), int(0, 1), 0, 0, 0, 0];
  for (const year of [...years].sort((a, b) => a - b)) {
    const format = formatForYear(year);
    if (!format) continue;
    const received = [int(20, 80), int(2, 15), int(0, 2), int(0, 2), int(0, 4), int(0, 3)];
    const forward = received.map((n, c) => Math.min(n + carried[c]!, int(0, c === 0 ? 4 : 1)));
    const processed = received.map((n, c) => n + carried[c]! - forward[c]!);
    const outcomes = format.table3.rows.filter((r) => r.outcome);
    const applications: Rows = {};
    const cells = new Map(outcomes.map((r) => [r.key, [0, 0, 0, 0, 0, 0]]));
    processed.forEach((n, c) => {
      // Most requests are granted, partly granted or not held; the rest spread thinly.
      for (let k = 0; k < n; k++) {
        const roll = int(0, 99);
        const row =
          roll < 45
            ? outcomes[0]!
            : roll < 55
              ? outcomes[1]!
              : roll < 75
                ? outcomes.find((r) => r.key === 'unable.noInfo')!
                : outcomes[int(2, outcomes.length - 1)]!;
        cells.get(row.key)![c]! += 1;
      }
    });
    const withTotal = (v: number[]) => [...v, sum(v)];
    setRow(applications, 'newReceived', withTotal(received));
    setRow(applications, 'carriedOver', withTotal(carried));
    for (const r of outcomes) setRow(applications, r.key, withTotal(cells.get(r.key)!));
    setRow(applications, 'totalProcessed', withTotal(processed));
    setRow(applications, 'carriedForward', withTotal(forward));
    const proactive: Record<string, number[]> = {};
    for (const block of format.table2) {
      for (const r of block.rows) {
        proactive[r.key] = block.columns.map((c) =>
          c.kind === 'amount' ? int(0, 50000) / 100 : c.kind === 'change' ? int(-5, 5) : int(0, 40),
        );
      }
    }
    const appeals = Object.fromEntries(
      format.table4.groups.map((g) => {
        const v = [int(0, 3), int(0, 1), int(0, 1), int(0, 1)];
        return [g.key, [...v, sum(v)]];
      }),
    );
    result.set(year, { proactive, applications, appeals });
    carried = rowValues(applications, 'carriedForward').slice(0, 6);
  }
  return result;
}

/**
 * Table 二's 规章 and 行政规范性文件 rows set to what the corpus' own policies
 * count (annual-report/catalogue-stats.ts), so a generated site builds without
 * catalogue warnings.
 */
export function alignWithCatalogue(
  statistics: ReadonlyMap<number, CorpusStatistics>,
  policies: Iterable<CatalogueRecord>,
): void {
  const counted = catalogueStats(policies, [...statistics.keys()]);
  for (const [year, s] of statistics) {
    const c = counted.get(year)!;
    const columns = COLUMN_COUNTS[formatForYear(year)!.id];
    for (const row of ['regulations', 'normativeDocuments'] as const) s.proactive[row] = columns.map((k) => c[row][k]);
  }
}

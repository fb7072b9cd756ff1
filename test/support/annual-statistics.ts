/**
 * Valid 年报 statistics for tests, as an editor would write them in YAML:
 * every row of the format, with a few non-zero numbers that satisfy every
 * identity. Tests change one number to break one identity.
 */
import { formats, type FormatId } from '../../src/schemas/annual-report-format.ts';

type Rows = Record<string, number[] | Record<string, number[]>>;

/** 表三 rows that are not all zero; the rest of the format's rows are zeros. */
const TABLE3: Record<string, number[]> = {
  newReceived: [5, 1, 0, 0, 1, 0, 7],
  carriedOver: [1, 0, 0, 0, 0, 0, 1],
  granted: [3, 1, 0, 0, 0, 0, 4],
  'denied.thirdParty': [1, 0, 0, 0, 0, 0, 1],
  'unable.noInfo': [1, 0, 0, 0, 1, 0, 2],
  totalProcessed: [5, 1, 0, 0, 1, 0, 7],
  carriedForward: [1, 0, 0, 0, 0, 0, 1],
};

export function validStatistics(id: FormatId) {
  const format = formats[id];
  const proactive: Record<string, number[]> = {};
  for (const block of format.table2) for (const r of block.rows) proactive[r.key] = block.columns.map(() => 0);
  const applications: Rows = {};
  for (const row of format.table3.rows) {
    const values = TABLE3[row.key] ?? format.table3.columns.map(() => 0);
    const [group, leaf] = row.key.split('.');
    if (leaf === undefined) applications[group!] = [...values];
    else
      applications[group!] = { ...(applications[group!] as Record<string, number[]> | undefined), [leaf]: [...values] };
  }
  const appeals = Object.fromEntries(
    format.table4.groups.map((g, i) => [g.key, i === 0 ? [1, 0, 0, 0, 1] : [0, 0, 0, 0, 0]]),
  );
  return { proactive, applications, appeals };
}

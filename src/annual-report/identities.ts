/**
 * The arithmetic identities of the 年报 tables (as the headers of tables 三 and 四 of the national format state them). Each
 * broken identity becomes one problem that names the table, the row and the
 * column and shows both sides of the sum, so an editor can find the wrong
 * cell without a calculator:
 * 1. 表三, every row: 总计 = the six applicant columns;
 * 2. 表三, every column: （七）总计 = the sum of its outcome rows;
 * 3. 表三, every column: 一 + 二 = （七）总计 + 四 (stated in the table header);
 * 4. 表四, every group: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
 * Across years (practice, so a warning): 二 of year N = 四 of year N−1.
 */
import {
  formats,
  rowValues,
  TABLE3_TOTAL,
  TABLE4_TOTAL,
  table3RowName,
  type Table3Row,
} from '../schemas/annual-report-format.ts';
import { cellName } from './labels.ts';
import type { FormattedStatistics } from '../schemas/annual-report-statistics.ts';

export interface StatisticsProblem {
  field: string;
  expected: string;
  found: string;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const plus = (values: readonly number[]) => values.join(' + ');

function gap(entered: number, expected: number, what: string): string {
  const d = entered - expected;
  return `${what}${d > 0 ? '多' : '少'} ${Math.abs(d)}`;
}

const path3 = (row: Table3Row, column: number) => ['statistics', 'applications', ...row.key.split('.'), column];

/** The short tag of an outcome row or group: （三） for （三）不予公开 › 4.… */
function outcomeTag(row: Table3Row): string {
  const name = row.groups[1] ?? row.label;
  return /^（[一二三四五六七八九十]+）/.exec(name)?.[0] ?? name;
}

export function identityProblems(stats: FormattedStatistics): StatisticsProblem[] {
  const format = formats[stats.format];
  const { rows, columns } = format.table3;
  const applicants = columns.slice(0, TABLE3_TOTAL).map((c) => c.label);
  const problems: StatisticsProblem[] = [];
  const values = (row: Table3Row) => rowValues(stats.applications, row.key);
  // 第一项加第二项之和，等于第三项加第四项之和
  const rule = format.table3.note
    .replace(/^（|）$/g, '')
    .split('：')
    .at(-1);

  // 1. 总计 column.
  for (const row of rows) {
    const v = values(row);
    const parts = v.slice(0, TABLE3_TOTAL);
    const total = v[TABLE3_TOTAL]!;
    if (total !== sum(parts)) {
      problems.push({
        field: cellName({
          table: 3,
          row: table3RowName(row),
          column: columns[TABLE3_TOTAL]!.label,
          path: path3(row, TABLE3_TOTAL),
        }),
        expected: `总计 = ${applicants.join(' + ')} = ${plus(parts)} = ${sum(parts)}`,
        found: `总计填写为 ${total}，${gap(total, sum(parts), '比六类申请人之和')}`,
      });
    }
  }

  const byKey = new Map(rows.map((r) => [r.key, r]));
  const totalRow = byKey.get('totalProcessed')!;
  const outcomes = rows.filter((r) => r.outcome);
  columns.forEach((column, c) => {
    // 2. （七）总计 row: shown as subtotals per （一）…（六） so the wrong group stands out.
    const subtotals = new Map<string, number>();
    for (const row of outcomes) subtotals.set(outcomeTag(row), (subtotals.get(outcomeTag(row)) ?? 0) + values(row)[c]!);
    const expected = sum([...subtotals.values()]);
    const entered = values(totalRow)[c]!;
    if (entered !== expected) {
      problems.push({
        field: cellName({ table: 3, row: totalRow.label, column: column.label, path: path3(totalRow, c) }),
        expected: `（七）总计 = （一）至（六）各行之和 = ${[...subtotals].map(([tag, n]) => `${tag}${n}`).join(' + ')} = ${expected}`,
        found: `（七）总计填写为 ${entered}，${gap(entered, expected, '比各行之和')}`,
      });
    }
    // 3. 一 + 二 = （七）总计 + 四.
    const [received, carried, forward] = ['newReceived', 'carriedOver', 'carriedForward'].map(
      (k) => values(byKey.get(k)!)[c]!,
    ) as [number, number, number];
    if (received + carried !== entered + forward) {
      problems.push({
        field: cellName({ table: 3, column: column.label, path: ['statistics', 'applications'] }).replace(
          /）$/,
          ` 各行第${c + 1}个数）`,
        ),
        expected: `一、本年新收 + 二、上年结转 = 三、（七）总计 + 四、结转下年度继续办理（表头注明的勾稽关系：${rule}）`,
        found: `一 + 二 = ${received} + ${carried} = ${received + carried}；（七）总计 + 四 = ${entered} + ${forward} = ${entered + forward}；两边相差 ${Math.abs(received + carried - entered - forward)}`,
      });
    }
  });

  // 4. 表四 totals.
  const parts4 = format.table4.columns.slice(0, TABLE4_TOTAL);
  for (const group of format.table4.groups) {
    const v = stats.appeals[group.key]!;
    const parts = v.slice(0, TABLE4_TOTAL);
    const total = v[TABLE4_TOTAL]!;
    if (total !== sum(parts)) {
      problems.push({
        field: cellName({
          table: 4,
          row: group.labels.join(' › '),
          rowWord: '组',
          column: format.table4.columns[TABLE4_TOTAL],
          path: ['statistics', 'appeals', group.key, TABLE4_TOTAL],
        }),
        expected: `总计 = ${parts4.join(' + ')} = ${plus(parts)} = ${sum(parts)}`,
        found: `总计填写为 ${total}，${gap(total, sum(parts), '比四项之和')}`,
      });
    }
  }
  return problems;
}

/**
 * 二、上年结转 of year N against 四、结转下年度继续办理 of year N−1, per column.
 * @param previousFile the N−1 report's file, named in the message.
 */
export function carryOverProblems(
  previous: FormattedStatistics,
  current: FormattedStatistics,
  previousYear: number,
  previousFile: string,
): StatisticsProblem[] {
  const format = formats[current.format];
  const carriedOver = format.table3.rows.find((r) => r.key === 'carriedOver')!;
  const forwardLabel = format.table3.rows.find((r) => r.key === 'carriedForward')!.label;
  const before = rowValues(previous.applications, 'carriedForward');
  const now = rowValues(current.applications, 'carriedOver');
  return format.table3.columns.flatMap((column, c) =>
    now[c] === before[c]
      ? []
      : [
          {
            field: cellName({ table: 3, row: carriedOver.label, column: column.label, path: path3(carriedOver, c) }),
            expected: `等于${previousYear}年年度报告“${forwardLabel}”的同一列：${before[c]}（${previousFile}）`,
            found: `${now[c]}，${gap(now[c]!, before[c]!, '比上年结转下年度的数字')}`,
          },
        ],
  );
}

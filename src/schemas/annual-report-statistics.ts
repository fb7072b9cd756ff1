/**
 * The zod schema of a 年度报告's `statistics`, built from the format of its
 * report year (format.ts): every row of tables 二, 三 and 四 must be there,
 * nothing else, each row a list of numbers in the table's left-to-right
 * order. The arithmetic identities are checked after this, in identities.ts,
 * where a message can show both sides of the sum.
 */
import { z } from 'zod';
import {
  formatForYear,
  FIRST_FORMAT_YEAR,
  type AnnualReportFormat,
  type CellKind,
  type FormatId,
} from './annual-report-format.ts';

/** One table row: its numbers, left to right. */
export type Row = number[];

export interface AnnualStatistics {
  /** 表二: row key → numbers. */
  proactive: Record<string, Row>;
  /** 表三: row key → numbers; a sub-group (denied, unable …) → its rows. */
  applications: Record<string, Row | Record<string, Row>>;
  /** 表四: group key → 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. */
  appeals: Record<string, Row>;
  /** Optional: items the department counted as 主动公开 in the year, per catalogue column key. */
  published?: Record<string, number> | undefined;
}

/** The checked statistics with the format they follow. */
export type FormattedStatistics = AnnualStatistics & { format: FormatId };

const COUNT = '应为0或正整数（没有的填0）';

function cell(kind: CellKind): z.ZodType<number> {
  if (kind === 'amount') {
    return z
      .number({ error: '应为金额数字（单位：万元，可有小数；没有的填0）' })
      .min(0, { error: '金额不能为负数；没有的填0' });
  }
  if (kind === 'change') {
    return z.number({ error: '应为整数，减少写负数（例如 -2），不变写0' }).int({ error: '应为整数，不能有小数' });
  }
  return z
    .number({ error: COUNT })
    .int({ error: `${COUNT}，不能有小数` })
    .min(0, { error: `${COUNT}，不能为负数` });
}

/**
 * A row of numbers. A single-number row may be written without brackets
 * (`licensing: 15362`); a wrong count of numbers names the columns expected.
 */
function row(columns: ReadonlyArray<{ label: string; kind: CellKind }>): z.ZodType<Row> {
  const expected =
    columns.length === 1
      ? `应为一个数字（${columns[0]!.label}）`
      : `应为一行${columns.length}个数字，依次为：${columns.map((c) => c.label).join('、')}`;
  const cells = columns.map((c) => cell(c.kind)) as [z.ZodType<number>, ...z.ZodType<number>[]];
  return z.preprocess(
    (v) => (columns.length === 1 && typeof v === 'number' ? [v] : v),
    z.tuple(cells, { error: expected }),
  ) as unknown as z.ZodType<Row>;
}

const strict = <T extends z.ZodRawShape>(shape: T, what: string) => z.strictObject(shape, { error: `应为${what}` });

function table2Schema(format: AnnualReportFormat) {
  const shape: Record<string, z.ZodType<Row>> = {};
  for (const block of format.table2) for (const r of block.rows) shape[r.key] = row(block.columns);
  return strict(shape, `表二的各行（${Object.keys(shape).join('、')}）`);
}

function table3Schema(format: AnnualReportFormat) {
  const columns = format.table3.columns.map((c) => ({ label: c.label, kind: 'count' as const }));
  const shape: Record<string, z.ZodType> = {};
  const groups = new Map<string, Record<string, z.ZodType<Row>>>();
  for (const r of format.table3.rows) {
    const [group, leaf] = r.key.split('.');
    if (leaf === undefined) shape[group!] = row(columns);
    else groups.set(group!, { ...groups.get(group!), [leaf]: row(columns) });
  }
  for (const [group, leaves] of groups)
    shape[group] = strict(leaves, `这一组的各行（${Object.keys(leaves).join('、')}）`);
  return strict(shape, `表三的各行（${Object.keys(shape).join('、')}）`);
}

function table4Schema(format: AnnualReportFormat) {
  const columns = format.table4.columns.map((label) => ({ label, kind: 'count' as const }));
  return strict(
    Object.fromEntries(format.table4.groups.map((g) => [g.key, row(columns)])),
    `表四的三组（${format.table4.groups.map((g) => g.key).join('、')}）`,
  );
}

const published = z.record(z.string(), cell('count'), { error: '应为“栏目代码: 数量”的列表，例如 zcwj: 27' });

const cache = new Map<FormatId, z.ZodType<AnnualStatistics>>();

/** The schema of `statistics` for one format. */
export function statisticsSchema(format: AnnualReportFormat): z.ZodType<AnnualStatistics> {
  let schema = cache.get(format.id);
  if (!schema) {
    schema = z.strictObject(
      {
        proactive: table2Schema(format),
        applications: table3Schema(format),
        appeals: table4Schema(format),
        published: published.optional(),
      },
      { error: '应为年度报告统计数据：proactive（表二）、applications（表三）、appeals（表四）' },
    ) as unknown as z.ZodType<AnnualStatistics>;
    cache.set(format.id, schema);
  }
  return schema;
}

interface ReportFields {
  reportType: string;
  year: number;
  statistics?: unknown;
}

/**
 * Checks `statistics` against the report type and year: required for a
 * 年度报告 from 2019 on, in that year's format; not used otherwise.
 */
export function refineStatistics(data: ReportFields, ctx: z.RefinementCtx): void {
  const format = data.reportType === '年度报告' ? formatForYear(data.year) : undefined;
  const add = (message: string) =>
    ctx.addIssue({ code: 'custom', path: ['statistics'], message, input: data.statistics });
  if (data.reportType !== '年度报告') {
    if (data.statistics !== undefined) add('只有报告类别为“年度报告”的报告填写统计数据；请删除 statistics');
    return;
  }
  if (!format) {
    if (data.statistics !== undefined) {
      add(`${FIRST_FORMAT_YEAR}年以前的年度报告没有统一的表格格式，不填写 statistics；表格请直接写在正文中`);
    }
    return;
  }
  if (data.statistics === undefined) {
    add(
      `${data.year}年度报告应按${format.name}填写统计数据 statistics（表二 proactive、表三 applications、表四 appeals）；写法见 docs/editors/annual-report.md`,
    );
    return;
  }
  const result = statisticsSchema(format).safeParse(data.statistics, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues)
      ctx.addIssue({ ...issue, path: ['statistics', ...issue.path] } as z.core.$ZodRawIssue);
  }
}

/** The checked statistics, tagged with their format (run after refineStatistics passed). */
export function withFormat(year: number, statistics: unknown): FormattedStatistics | undefined {
  const format = formatForYear(year);
  if (!format || statistics === undefined) return undefined;
  return { ...statisticsSchema(format).parse(statistics), format: format.id };
}

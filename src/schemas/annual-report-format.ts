/**
 * The national 政府信息公开工作年度报告 formats as data: the six sections and
 * the rows and columns of tables 二, 三 and 四.
 *
 * Labels, order and groups come from `src/data/annual-report-format.json`, a
 * transcription of 国办公开办函〔2019〕60号 (试行) and 国办公开办函〔2021〕30号,
 * so the wording has one source. This module only
 * adds what the JSON lacks: the English keys editors write in frontmatter,
 * the kind of number each column holds, and the 2019 variant of table 三
 * (described in the JSON in words). A label without a key throws at load, so
 * an edited JSON cannot silently drop a row.
 */
import source from '../data/annual-report-format.json' with { type: 'json' };

export type FormatId = '2019' | '2021';

/** `count`: 件数, a non-negative integer; `amount`: 金额 in 万元, may have decimals; `change`: 增/减, may be negative. */
export type CellKind = 'count' | 'amount' | 'change';

export interface ValueColumn {
  label: string;
  kind: CellKind;
}

export interface Table2Row {
  key: string;
  label: string;
}

export interface Table2Block {
  /** 第二十条第（一）项 … */
  block: string;
  /** The first column's heading, 信息内容. */
  itemLabel: string;
  /** The number columns, left to right. */
  columns: ValueColumn[];
  rows: Table2Row[];
}

export interface Table3Row {
  /** `newReceived`, `denied.stateSecret` …: the frontmatter path below `applications`. */
  key: string;
  label: string;
  /** Enclosing row groups, outermost first: ['三、本年度办理结果', '（三）不予公开']. */
  groups: string[];
  /** A leaf of 三、本年度办理结果 (not （七）总计): summed into （七）总计. */
  outcome: boolean;
}

export interface Table3Column {
  key: string;
  label: string;
  /** 法人或其他组织 for the five organisation columns. */
  group?: string | undefined;
}

export interface Table4Group {
  key: string;
  /** ['行政诉讼', '未经复议直接起诉'] */
  labels: string[];
}

export interface AnnualReportFormat {
  id: FormatId;
  /** The document that set the format. */
  name: string;
  sections: readonly string[];
  table2: Table2Block[];
  table3: { note: string; headerGroup: string; columns: Table3Column[]; rows: Table3Row[] };
  table4: { groups: Table4Group[]; columns: string[] };
}

/** The first report year with a national table format; earlier reports are free-form. */
export const FIRST_FORMAT_YEAR = 2019;
/** The first report year of the 2021 format (国办公开办函〔2021〕30号). */
export const FORMAT_2021_FROM = 2021;

export const TABLE_TITLES = {
  2: '表二 主动公开政府信息情况',
  3: '表三 收到和处理政府信息公开申请情况',
  4: '表四 政府信息公开行政复议、行政诉讼情况',
} as const;

const TABLE2_ROW_KEYS: Record<string, string> = {
  规章: 'regulations',
  行政规范性文件: 'normativeDocuments',
  规范性文件: 'normativeDocuments',
  行政许可: 'licensing',
  其他对外管理服务事项: 'otherServices',
  行政处罚: 'penalties',
  行政强制: 'enforcement',
  行政事业性收费: 'fees',
  政府集中采购: 'procurement',
};

const TABLE4_GROUP_KEYS: Record<string, string> = {
  行政复议: 'review',
  '行政诉讼/未经复议直接起诉': 'litigationDirect',
  '行政诉讼/复议后起诉': 'litigationAfterReview',
};

function keyOf(map: Record<string, string>, label: string): string {
  const key = map[label];
  if (!key)
    throw new Error(
      `annual-report-format.json: no frontmatter key for “${label}”; add one in src/schemas/annual-report-format.ts`,
    );
  return key;
}

function columnKind(label: string): CellKind {
  if (label.includes('金额')) return 'amount';
  if (label.includes('增/减')) return 'change';
  return 'count';
}

function table2(blocks: ReadonlyArray<{ block: string; columns: string[]; rows: string[] }>): Table2Block[] {
  return blocks.map((b) => ({
    block: b.block,
    itemLabel: b.columns[0]!,
    columns: b.columns.slice(1).map((label) => ({ label, kind: columnKind(label) })),
    rows: b.rows.map((label) => ({ key: keyOf(TABLE2_ROW_KEYS, label), label })),
  }));
}

const OUTCOMES = '三、本年度办理结果';

const rows2021: Table3Row[] = source.table3.rows_2021.map((r) => {
  const groups = 'group' in r && r.group ? r.group.split('/') : [];
  return { key: r.key, label: r.label, groups, outcome: groups[0] === OUTCOMES && r.key !== 'totalProcessed' };
});

// The 2019 trial format is identical except that （六）其他处理 is a single row
// without sub-rows (the JSON's rows_2019_trial_difference).
const OTHER_GROUP = '（六）其他处理';
const rows2019: Table3Row[] = rows2021.flatMap((r) => {
  if (r.groups[1] !== OTHER_GROUP) return [r];
  if (r.key !== 'other.overdueCorrection') return [];
  return [{ key: 'other', label: OTHER_GROUP, groups: [OUTCOMES], outcome: true }];
});

const table3Columns: Table3Column[] = source.table3.columns.map((c) => ({
  key: c.key,
  label: c.label,
  group: 'group' in c ? c.group : undefined,
}));

const table4 = {
  groups: source.table4.groups.map((g) => ({ key: keyOf(TABLE4_GROUP_KEYS, g), labels: g.split('/') })),
  columns: source.table4.columns_per_group,
};

const format2021: AnnualReportFormat = {
  id: '2021',
  name: '国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》',
  sections: source.sections_2021,
  table2: table2(source.table2_2021),
  table3: {
    note: source.table3.header_note,
    headerGroup: source.table3.header_group,
    columns: table3Columns,
    rows: rows2021,
  },
  table4,
};

// The trial format has the same six sections (the 2019 reports checked in
// against the 2019 format use them); only tables 二 and 三 differ.
const format2019: AnnualReportFormat = {
  ...format2021,
  id: '2019',
  name: '国办公开办函〔2019〕60号《政府信息公开工作年度报告格式（试行）》',
  table2: table2(source.table2_2019_trial),
  table3: { ...format2021.table3, rows: rows2019 },
};

export const formats: Record<FormatId, AnnualReportFormat> = { 2019: format2019, 2021: format2021 };

/** The format a report year must follow; undefined before 2019 (free-form reports). */
export function formatForYear(year: number): AnnualReportFormat | undefined {
  if (year < FIRST_FORMAT_YEAR) return undefined;
  return year >= FORMAT_2021_FROM ? format2021 : format2019;
}

/** Index of the 总计 column of table 三 (the last one). */
export const TABLE3_TOTAL = table3Columns.length - 1;
/** Index of the 总计 column within a table 四 group (the last one). */
export const TABLE4_TOTAL = table4.columns.length - 1;

/** `{ denied: { stateSecret: [...] } }` + `denied.stateSecret` → the row's numbers. */
export function rowValues(values: Record<string, unknown>, key: string): number[] {
  let node: unknown = values;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node as number[];
}

/**
 * A row's name in messages: its label, after its sub-group when it has one
 * (（三）不予公开 › 1.属于国家秘密); the outer 三、本年度办理结果 is left out
 * because every label below it already starts with （一）…（七）.
 */
export function table3RowName(row: Table3Row): string {
  return [...row.groups.slice(1), row.label].join(' › ');
}

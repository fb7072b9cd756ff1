/**
 * The data lists a 交通运输厅 publishes as tables (双公示 within 7 working
 * days; 行政执法公示 per 国办发〔2018〕118号):
 * 权责清单, 双随机一公开 (抽查事项清单, 抽查结果), 双公示 (行政许可, 行政处罚)
 * and 办事指南. Each is a folder or file under content/lists/ named by its
 * key, in CSV or YAML; the column headers are the Chinese names below, so an
 * editor's spreadsheet is the source and the schema at once.
 */
import { z } from 'zod';
import {
  codeCell,
  dateCell,
  dateOrOpenEndedCell,
  manyOfCell,
  oneOfCell,
  optionalCreditCodeCell,
  optionalDateCell,
  optionalMoneyCell,
  optionalTextCell,
  optionalUrlCell,
  textCell,
} from './list-cells.ts';

export type CellKind = 'text' | 'date' | 'number';

export interface ListDefinition {
  /** URL segment and file or folder name under content/lists/. */
  key: string;
  name: string;
  description: string;
  /** One row; its keys are the column headers, in the order of the CSV. */
  row: z.ZodObject;
  /** Columns shown in the HTML table (all columns go into the CSV download). */
  tableColumns: string[];
  /** How a column sorts; text unless named here. */
  kinds?: Record<string, CellKind>;
  /** Columns offered as choice filters (their values come from the data). */
  filters: string[];
  /** Default order, applied at build time. */
  sort: { column: string; descending: boolean };
  /** A value that must not repeat (error) … */
  unique?: string;
  /** … or should not (warning). */
  uniqueWarning?: string;
  /** 双公示: publication within N working days of the decision (warning when later). */
  publication?: { decided: string; published: string; workingDays: number };
  /** Each row has its own page (办事指南); the column that names it in the URL. */
  detail?: { idColumn: string; titleColumn: string };
}

const SUBJECT_TYPES = ['法人及非法人组织', '个体工商户', '自然人'] as const;
const POWER_TYPES = [
  '行政许可',
  '行政处罚',
  '行政强制',
  '行政征收',
  '行政给付',
  '行政检查',
  '行政确认',
  '行政奖励',
  '行政裁决',
  '其他行政权力',
] as const;
const PENALTY_TYPES = [
  '警告',
  '通报批评',
  '罚款',
  '没收违法所得',
  '没收非法财物',
  '暂扣许可证件',
  '降低资质等级',
  '吊销许可证件',
  '限制开展生产经营活动',
  '责令停产停业',
  '责令关闭',
  '限制从业',
  '其他',
];
const CHECK_RESULTS = [
  '未发现问题',
  '发现问题已责令改正',
  '发现问题待后续处理',
  '未发现开展本次抽查涉及的经营活动',
  '通过登记的住所（经营场所）无法联系',
  '不配合检查',
] as const;

/** 行政相对人: the columns 双公示 lists share. */
const subject = {
  行政相对人名称: textCell('行政相对人名称'),
  相对人类别: oneOfCell(SUBJECT_TYPES),
  统一社会信用代码: optionalCreditCodeCell,
  法定代表人: optionalTextCell('法定代表人姓名'),
};

export const listDefinitions: ListDefinition[] = [
  {
    key: 'qzqd',
    name: '权责清单',
    description: '本厅依法实施的行政权力事项、实施依据、责任事项和追责情形。',
    row: z.strictObject({
      事项编码: codeCell('事项编码'),
      事项名称: textCell('事项名称'),
      权力类型: oneOfCell(POWER_TYPES),
      实施依据: textCell('实施依据'),
      实施主体: textCell('实施主体'),
      责任事项: textCell('责任事项'),
      追责情形: textCell('追责情形'),
      备注: optionalTextCell('备注'),
    }),
    tableColumns: ['事项编码', '事项名称', '权力类型', '实施依据', '实施主体', '责任事项', '追责情形'],
    filters: ['权力类型', '实施主体'],
    sort: { column: '事项编码', descending: false },
    unique: '事项编码',
  },
  {
    key: 'ccsx',
    name: '随机抽查事项清单',
    description: '“双随机、一公开”监管的抽查事项、对象、内容、方式和依据。',
    row: z.strictObject({
      事项编码: codeCell('事项编码'),
      抽查事项: textCell('抽查事项'),
      抽查类别: oneOfCell(['重点检查事项', '一般检查事项']),
      检查对象: textCell('检查对象'),
      检查内容: textCell('检查内容'),
      检查方式: textCell('检查方式'),
      检查主体: textCell('检查主体'),
      检查依据: textCell('检查依据'),
      抽查比例和频次: optionalTextCell('抽查比例和频次'),
    }),
    tableColumns: [
      '事项编码',
      '抽查事项',
      '抽查类别',
      '检查对象',
      '检查内容',
      '检查方式',
      '检查主体',
      '检查依据',
      '抽查比例和频次',
    ],
    filters: ['抽查类别', '检查主体'],
    sort: { column: '事项编码', descending: false },
    unique: '事项编码',
  },
  {
    key: 'ccjg',
    name: '随机抽查结果',
    description: '“双随机、一公开”抽查任务的检查对象和检查结果。',
    row: z.strictObject({
      任务名称: textCell('抽查任务名称'),
      检查对象: textCell('检查对象名称'),
      统一社会信用代码: optionalCreditCodeCell,
      抽查事项: textCell('抽查事项'),
      检查日期: dateCell,
      检查结果: oneOfCell(CHECK_RESULTS),
      检查机关: textCell('检查机关'),
      公示日期: dateCell,
    }),
    tableColumns: [
      '任务名称',
      '检查对象',
      '统一社会信用代码',
      '抽查事项',
      '检查日期',
      '检查结果',
      '检查机关',
      '公示日期',
    ],
    filters: ['检查结果', '抽查事项'],
    sort: { column: '检查日期', descending: true },
    kinds: { 检查日期: 'date', 公示日期: 'date' },
    // 行政执法公示 other than 许可 and 处罚: within 20 working days (国办发〔2018〕118号).
    publication: { decided: '检查日期', published: '公示日期', workingDays: 20 },
  },
  {
    key: 'xzxk',
    name: '行政许可信息公示',
    description: '“双公示”：本厅作出的行政许可决定，自决定之日起7个工作日内公示。',
    row: z.strictObject({
      ...subject,
      许可决定书文号: textCell('许可决定书文号'),
      许可类别: oneOfCell(['普通', '特许', '认可', '核准', '登记', '其他']),
      许可证书名称: optionalTextCell('许可证书名称'),
      许可编号: optionalTextCell('许可编号'),
      许可内容: textCell('许可内容'),
      许可决定日期: dateCell,
      有效期自: optionalDateCell,
      有效期至: dateOrOpenEndedCell,
      许可机关: textCell('许可机关'),
      公示日期: dateCell,
    }),
    tableColumns: [
      '行政相对人名称',
      '许可决定书文号',
      '许可类别',
      '许可内容',
      '许可决定日期',
      '有效期至',
      '许可机关',
      '公示日期',
    ],
    filters: ['许可类别', '相对人类别'],
    sort: { column: '许可决定日期', descending: true },
    kinds: { 许可决定日期: 'date', 有效期至: 'date', 公示日期: 'date' },
    uniqueWarning: '许可决定书文号',
    publication: { decided: '许可决定日期', published: '公示日期', workingDays: 7 },
  },
  {
    key: 'xzcf',
    name: '行政处罚信息公示',
    description: '“双公示”：本厅作出的行政处罚决定，自决定之日起7个工作日内公示。',
    row: z.strictObject({
      ...subject,
      处罚决定书文号: textCell('处罚决定书文号'),
      违法行为类型: textCell('违法行为类型'),
      违法事实: textCell('主要违法事实'),
      处罚依据: textCell('处罚依据'),
      处罚类别: manyOfCell(PENALTY_TYPES),
      处罚内容: textCell('处罚内容'),
      '罚款金额（万元）': optionalMoneyCell,
      '没收违法所得金额（万元）': optionalMoneyCell,
      处罚决定日期: dateCell,
      处罚机关: textCell('处罚机关'),
      公示日期: dateCell,
    }),
    tableColumns: [
      '行政相对人名称',
      '处罚决定书文号',
      '违法行为类型',
      '处罚类别',
      '处罚内容',
      '罚款金额（万元）',
      '处罚决定日期',
      '处罚机关',
      '公示日期',
    ],
    filters: ['处罚类别', '处罚机关'],
    sort: { column: '处罚决定日期', descending: true },
    kinds: { '罚款金额（万元）': 'number', 处罚决定日期: 'date', 公示日期: 'date' },
    unique: '处罚决定书文号',
    publication: { decided: '处罚决定日期', published: '公示日期', workingDays: 7 },
  },
  {
    key: 'bszn',
    name: '办事指南',
    description: '本厅政务服务事项的办理依据、受理条件、申请材料、办理时限、收费和流程。',
    row: z.strictObject({
      事项编码: codeCell('事项编码'),
      事项名称: textCell('事项名称'),
      事项类型: oneOfCell(['行政许可', '行政确认', '行政给付', '公共服务', '其他行政权力']),
      设定依据: textCell('设定依据'),
      受理条件: textCell('受理条件'),
      申请材料: textCell('申请材料'),
      法定时限: textCell('法定办结时限，例如 20个工作日'),
      承诺时限: textCell('承诺办结时限，例如 10个工作日'),
      收费标准: textCell('收费标准，不收费的填写“不收费”'),
      办理流程: textCell('办理流程'),
      办理地点: optionalTextCell('办理地点'),
      咨询电话: optionalTextCell('咨询电话'),
      在线办理: optionalUrlCell,
    }),
    tableColumns: ['事项编码', '事项名称', '事项类型', '法定时限', '承诺时限', '收费标准'],
    filters: ['事项类型'],
    sort: { column: '事项编码', descending: false },
    unique: '事项编码',
    detail: { idColumn: '事项编码', titleColumn: '事项名称' },
  },
];

export const listDefinitionByKey = new Map(listDefinitions.map((d) => [d.key, d]));

/** The column headers of a list, in file order. */
export const columnsOf = (def: ListDefinition): string[] => Object.keys(def.row.shape);

/**
 * Synthetic content corpus for benchmarks: a complete `content/` folder of N
 * documents that passes `checkContent()` and builds, plus search-recall
 * ground truth.
 *
 *   node_modules/.bin/node test/bench/generate-corpus.ts --docs 10000 --out tmp/corpus-10k \
 *     [--seed 42] [--traditional-share 0.05] [--mdx-share 0.1]
 *
 * Output:
 *   site.yaml, pages/            copied from content/
 *   catalogue/<key>/<yyyy>/…     45 %  (every leaf column whose source is catalogue)
 *   news/<yyyy>/<mm>/…           30 %  (zwdt / tzgg)
 *   policies/<yyyy>/…            18 %  (规章 1 %, 行政规范性文件 35 %, 其他文件 64 %)
 *   interpretations/<yyyy>/…      5 %  (each points at an existing policy)
 *   reports/<yyyy>/…              2 %  (预决算 / 工作要点 / 其他报告; ≤ 1 年度报告 a year)
 *   ground-truth.json            [{ id, query, kind, expectedUrls }]
 * A year folder holding more than FOLDER_LIMIT entries is split by month.
 *
 * Deterministic for a seed. Bodies are generated, scanned for the ground
 * truth and written one at a time; only light metadata is kept per document.
 *
 * Ground truth follows the search oracle (test/support/recall-oracle.ts):
 * a page is expected when its title or Markdown body, folded to simplified
 * characters, contains every space-separated part of the query (folded the
 * same way); 发文字号 / 索引号 queries expect exactly their document. The seven
 * stand-alone pages count too. Common-term queries are kept only when at
 * most 200 pages match. Needle terms are written into bodies only, never
 * into titles, summaries or metadata, so every page showing them is known.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as OpenCC from 'opencc-js';
import { parse as parseYaml } from 'yaml';
import { alignWithCatalogue, corpusStatistics, type CorpusStatistics } from './corpus-annual-reports.ts';
import {
  DEPT,
  bridges,
  cities,
  commonTerms,
  companies,
  counties,
  divisions,
  expressways,
  genericSentences,
  givenNames,
  goods,
  holidays,
  jointDepartments,
  laws,
  needleFrames,
  needles,
  outlets,
  platforms,
  ports,
  projects,
  publishers,
  rareSentences,
  rivers,
  roads,
  serviceAreas,
  shortNeedles,
  shortTerms,
  stations,
  surnames,
  themes,
  tunnels,
  weathers,
  type TableSpec,
  type Theme,
} from './corpus-phrases.ts';

// ---------------------------------------------------------------- options

export interface CorpusOptions {
  /** Number of documents (pages not counted). */
  docs: number;
  /** Output folder; created, or replaced when it holds an earlier corpus. */
  out: string;
  seed?: number;
  /** Share of documents written in Traditional Chinese (default 0.05). */
  traditionalShare?: number;
  /** Share of documents written as .mdx (default 0.1). */
  mdxShare?: number;
  /** Source content folder for site.yaml, pages/ and the attachment PDF (default: the repository's content/). */
  sourceContent?: string;
  /** Print the one-line JSON summary (default true from the CLI, false otherwise). */
  print?: boolean;
}

export interface CorpusSummary {
  out: string;
  seed: number;
  docs: number;
  counts: Record<CollectionName, number>;
  traditional: number;
  mdx: number;
  attachments: number;
  files: number;
  bytes: number;
  queries: number;
  queryKinds: Record<string, number>;
  warnings: string[];
  seconds: number;
}

type CollectionName = 'catalogue' | 'news' | 'policies' | 'interpretations' | 'reports' | 'pages';
type DocCollection = Exclude<CollectionName, 'pages'>;
type PolicyKind = '规章' | '行政规范性文件' | '其他文件';
type ReportType = '年度报告' | '工作要点' | '预决算' | '其他报告';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIRST_YEAR = 2015;
const LAST_YEAR = 2026;
/** Latest publication date (the corpus is “as of” this day). */
const CAP_DATE = '2026-11-20';
const FOLDER_LIMIT = 1800;
const GROUND_TRUTH_CAP = 200;
const ORG_CODE = '11990000MB0000001X';
const MARKER = '.gongkai-corpus';

/** Every planted term: multi-character needles, then two-character ones. */
const allNeedles = [...needles, ...shortNeedles];

// ---------------------------------------------------------------- random

/** sfc32 seeded through splitmix32: fast, good enough, deterministic. */
class Rng {
  a: number;
  b: number;
  c: number;
  d: number;
  constructor(seed: number, stream = 0) {
    let s = (seed ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
    const mix = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = mix();
    for (let i = 0; i < 12; i++) this.next();
  }
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  /** Skewed towards the front of the list: a Zipf-like word frequency. */
  pickSkewed<T>(list: readonly T[], power = 1.6): T {
    return list[Math.floor(Math.pow(this.next(), power) * list.length)]!;
  }
  weighted(weights: readonly number[], total?: number): number {
    let r = this.next() * (total ?? weights.reduce((a, b) => a + b, 0));
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i]!;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }
  shuffle<T>(list: T[]): T[] {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
    return list;
  }
}

// ---------------------------------------------------------------- dates

const pad2 = (n: number) => String(n).padStart(2, '0');
const dayMs = 86_400_000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const dayTime = (day: string) => Date.parse(`${day}T00:00:00Z`);
const addDays = (day: string, n: number) => isoDay(dayTime(day) + n * dayMs);
const isWeekend = (day: string) => {
  const w = new Date(dayTime(day)).getUTCDay();
  return w === 0 || w === 6;
};
const nextWorkday = (day: string) => {
  let d = day;
  while (isWeekend(d)) d = addDays(d, 1);
  return d;
};

/** Working days of each year, up to CAP_DATE. */
function workdaysByYear(): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    const days: string[] = [];
    for (let t = dayTime(`${y}-01-01`); ; t += dayMs) {
      const d = isoDay(t);
      if (!d.startsWith(String(y)) || d > CAP_DATE) break;
      if (!isWeekend(d)) days.push(d);
    }
    map.set(y, days);
  }
  return map;
}

function workingTime(r: Rng): string {
  // 08:30–11:59 or 14:00–17:59, with a small share of lunch-hour publishing.
  const minutes = r.chance(0.55) ? r.int(510, 719) : r.chance(0.93) ? r.int(840, 1079) : r.int(720, 839);
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

const cnDigits = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function cnNumber(n: number): string {
  if (n <= 10) return n === 10 ? '十' : cnDigits[n]!;
  if (n < 20) return `十${cnDigits[n - 10]}`;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${cnDigits[tens]}十${ones ? cnDigits[ones] : ''}`;
}
const chineseDate = (day: string) => `${day.slice(0, 4)}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

// ---------------------------------------------------------------- site

interface SiteInfo {
  catalogueLeaves: string[];
  newsColumns: string[];
  reportColumns: Set<string>;
}

interface YamlNode {
  key: string;
  source?: string;
  reportType?: string;
  children?: YamlNode[];
}

function readSite(file: string): SiteInfo {
  const site = parseYaml(fs.readFileSync(file, 'utf8')) as { catalogue: YamlNode[]; newsColumns: { key: string }[] };
  const leaves: string[] = [];
  const reportColumns = new Set<string>();
  for (const node of site.catalogue) {
    const kids = node.children ?? [];
    for (const n of kids.length ? kids : [node]) {
      const source = n.source ?? 'catalogue';
      if (source === 'catalogue') leaves.push(n.key);
      if (source === 'reports' && n.reportType) reportColumns.add(n.reportType);
    }
  }
  return { catalogueLeaves: leaves, newsColumns: site.newsColumns.map((c) => c.key), reportColumns };
}

// ---------------------------------------------------------------- plan

interface Doc {
  i: number;
  coll: DocCollection;
  /** File id inside the collection folder, without extension. */
  id: string;
  ext: '.md' | '.mdx';
  year: number;
  /** 发布日期 `YYYY-MM-DD HH:MM`. */
  date: string;
  written?: string;
  theme: number;
  theme2: number;
  pub: number;
  joint?: string;
  title: string;
  topic: string;
  genre?: string;
  kind?: PolicyKind;
  wantDocNo: boolean;
  docNo?: string;
  indexNo?: string;
  trad: boolean;
  table: boolean;
  attach: boolean;
  needles?: number[];
  category?: string;
  column?: string;
  reportType?: ReportType;
  reportYear?: number;
  /** 年度报告 from report year 2019: tables 二, 三 and 四 as data. */
  statistics?: CorpusStatistics;
  policy?: number;
  form?: string;
  interpretations?: number;
  validity?: '有效' | '失效' | '废止';
  validityDate?: string;
  replacedBy?: number;
  replaces?: number[];
  effectiveDate?: string;
  /** Body subject (the object of 关于…的通知), used in bodies and summaries. */
  subject: string;
}

const themeIndex = new Map(themes.map((t, i) => [t.key, i]));
const themeOf = (key: string) => themeIndex.get(key) ?? 0;

/** Theme weights for documents without a publisher preference. */
const themeWeights = themes.map((t) =>
  ({ 'road-transport': 3, 'highway-maintenance': 2.5, 'rural-road': 2.2, port: 1.6, safety: 2.2, 'ride-hailing': 1.2, licensing: 1.4, credit: 1, 'urban-rural-bus': 1.3, overload: 1.1, emergency: 1.3, statistics: 0.7, waterway: 1.1, construction: 2, openness: 1.4, green: 0.8, smart: 0.8, logistics: 0.9, enforcement: 1.2, finance: 0.5, personnel: 0.3 })[t.key] ?? 1,
);

interface CategoryProfile {
  weight: number;
  themes: string[];
  titles: string[];
  genres?: string[];
  tableShare: number;
  dept?: number;
}

const categoryProfiles: Record<string, CategoryProfile> = {
  jgzn: { weight: 0.25, themes: ['openness', 'personnel'], tableShare: 0.2, dept: 0.6, titles: ['{pub}主要职责', '{pub}内设机构及职责（{yr}年更新）', '{pub}领导分工（{yr}年{m}月）', '{pub}办公地址、办公时间及联系方式', '{pub}机构职能调整情况说明（{yr}年）'] },
  ghjh: { weight: 1, themes: ['construction', 'rural-road', 'green', 'smart', 'port', 'highway-maintenance'], tableShare: 0.5, titles: ['{place}综合交通运输发展规划（{yr}—{yr5}年）', '{yr}年{place}农村公路建设计划', '{yr}年全省重点交通建设项目投资计划', '{hw}建设实施计划', '{place}{themeName}专项规划中期评估报告', '{yr}年{pub}工作计划', '{place}{themeName}三年行动计划（{yr}—{yr2}年）'] },
  tjxx: { weight: 1.3, themes: ['statistics'], tableShare: 0.95, titles: ['{yr}年{m}月全省交通运输主要指标', '{yr}年第{q}季度{place}道路运输统计数据', '{py}年{place}交通运输行业发展统计公报', '{yr}年{m}月全省港口货物吞吐量', '{yr}年1—{m}月交通固定资产投资完成情况', '{yr}年{m}月全省公路水路客货运输量'] },
  xzxk: { weight: 2.2, themes: ['licensing', 'road-transport', 'port', 'overload'], tableShare: 0.6, genres: ['公告'], titles: ['{yr}年{m}月{pub}行政许可办理结果', '{company}道路旅客运输经营许可决定公示', '{yr}年第{q}季度超限运输车辆行驶公路许可结果', '{yr}年{m}月港口经营许可办理情况', '{pub}涉路施工许可决定书（{yr}年第{nnn}号）', '{yr}年{m}月网约车平台经营许可办理结果'] },
  xzcf: { weight: 1.8, themes: ['enforcement', 'overload', 'road-transport'], tableShare: 0.5, genres: ['决定'], titles: ['{pub}行政处罚决定书（{company}）', '{yr}年{m}月行政处罚案件信息公开', '{pub}行政处罚裁量基准（{yr}年修订）', '{yr}年{m}月超限运输违法行为处罚结果', '{pub}行政强制措施决定（{yr}年第{nn}号）'] },
  sf: { weight: 0.08, themes: ['finance'], tableShare: 0.6, titles: ['{pub}行政事业性收费项目清单（{yr}年）', '{pub}涉企收费目录清单（{yr}年）'] },
  zfcg: { weight: 1.2, themes: ['finance', 'construction'], tableShare: 0.6, genres: ['公告'], titles: ['{yr}年{pub}政府采购意向公开', '{project}监理服务采购结果公告', '{pub}{yr}年政府采购实施情况', '{pub}{yr}年{m}月政府采购意向', '{project}检测服务中标结果公告'] },
  zdjsxm: { weight: 1.2, themes: ['construction'], tableShare: 0.5, genres: ['批复', '公告'], titles: ['关于{hw}工程可行性研究报告的批复', '关于{project}施工图设计的批复', '{hw}{yr}年{m}月建设进展情况', '{project}施工招标公告', '{yr}年全省重点交通建设项目进展情况', '{hw}交工验收情况公示'] },
  msbz: { weight: 0.9, themes: ['rural-road', 'urban-rural-bus'], tableShare: 0.5, titles: ['{yr}年{place}农村客运补贴资金分配方案', '{yr}年{place}“四好农村路”民生实事完成情况', '{place}城乡公交一体化实施情况（{yr}年）', '{yr}年农村公路危桥改造民生项目进展', '{yr}年老年人乘坐公交优惠政策落实情况'] },
  yjgl: { weight: 0.9, themes: ['emergency', 'waterway', 'safety'], tableShare: 0.4, titles: ['{pub}公路交通突发事件应急预案（{yr}年修订）', '{yr}年{m}月{weather}天气交通运输应对情况', '{place}公路交通突发事件应急演练情况', '{yr}年汛期交通运输防汛工作情况', '{pub}水上搜救应急预案'] },
  jdjc: { weight: 1.3, themes: ['safety', 'construction', 'enforcement'], tableShare: 0.6, titles: ['{yr}年第{q}季度“双随机、一公开”抽查结果', '{yr}年{place}公路水运工程质量安全监督检查情况通报', '{yr}年{themeName}专项检查情况', '{pub}{yr}年度随机抽查事项清单', '{yr}年{m}月安全生产督导检查发现问题整改情况'] },
  rsxx: { weight: 0.8, themes: ['personnel'], tableShare: 0.5, dept: 0.7, genres: ['公告'], titles: ['{pub}{yr}年考试录用公务员拟录用人员名单公示', '{pub}{yr}年公开招聘事业单位工作人员公告', '{pub}干部任前公示（{yr}年{m}月）', '{pub}{yr}年公开遴选公务员公告', '{pub}{yr}年度公务员考试录用面试公告'] },
  jyta: { weight: 0.9, themes: ['road-transport', 'rural-road', 'urban-rural-bus', 'ride-hailing', 'construction', 'port', 'green'], tableShare: 0.1, dept: 0.8, genres: ['函'], titles: ['关于省{npc}第{nnn}号代表建议的答复', '关于省政协{cppcc}第{nnn}号提案的答复', '{pub}{yr}年建议提案办理情况', '对省{npc}第{nnn}号建议的会办意见'] },
  qzqd: { weight: 0.25, themes: ['licensing', 'enforcement'], tableShare: 0.7, dept: 0.7, titles: ['{pub}权责清单（{yr}年版）', '{pub}行政许可事项清单（{yr}年）', '{pub}公共服务事项清单（{yr}年）', '{pub}权责清单动态调整情况（{yr}年{m}月）'] },
};

const policyGenres: Record<PolicyKind, [string, number][]> = {
  规章: [['命令（令）', 1]],
  行政规范性文件: [['通知', 6], ['意见', 2.5], ['决定', 0.6], ['通告', 0.8], ['公告', 0.6]],
  其他文件: [['通知', 10], ['通报', 1.5], ['意见', 1.2], ['函', 1.6], ['批复', 1.2], ['公告', 0.8], ['会议纪要', 0.3], ['报告', 0.4], ['请示', 0.2], ['决定', 0.3]],
};
const regSuffixes = ['管理办法', '实施细则', '管理规定', '实施办法', '管理暂行办法', '考核办法', '管理规范'];
const nonDirective = new Set(['通告', '公告', '命令（令）', '会议纪要', '报告', '请示']);

function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const counts = raw.map(Math.floor);
  let rest = total - counts.reduce((a, b) => a + b, 0);
  const order = raw.map((v, i) => [v - Math.floor(v), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; rest > 0; k++, rest--) counts[order[k % order.length]![1]]! += 1;
  return counts;
}

// ---------------------------------------------------------------- slots

interface SlotContext {
  year: number;
  place?: string;
  pub: string;
  themeName: string;
}

function fillSlots(template: string, r: Rng, ctx: SlotContext): string {
  let lastCity = '';
  return template.replace(/\{(\w+)\}/g, (_m, slot: string) => {
    switch (slot) {
      case 'city':
        lastCity = ctx.place && cities.includes(ctx.place) && r.chance(0.5) ? ctx.place : r.pick(cities);
        return lastCity;
      case 'city2': {
        let c = r.pick(cities);
        while (c === lastCity) c = r.pick(cities);
        return c;
      }
      case 'county':
        return ctx.place && counties.includes(ctx.place) && r.chance(0.6) ? ctx.place : r.pick(counties);
      case 'place':
        return ctx.place && r.chance(0.7) ? ctx.place : r.chance(0.3) ? '全省' : r.chance(0.6) ? r.pick(cities) : r.pick(counties);
      case 'river':
        return r.pick(rivers);
      case 'port':
        return r.pick(ports);
      case 'hw':
        return r.pickSkewed(expressways, 1.3);
      case 'road':
        return r.pickSkewed(roads, 1.2);
      case 'bridge':
        return r.pick(bridges);
      case 'tunnel':
        return r.pick(tunnels);
      case 'project':
        return r.pickSkewed(projects, 1.3);
      case 'company':
        return r.pickSkewed(companies, 1.4);
      case 'platform':
        return r.pick(platforms);
      case 'station':
        return r.pick(stations);
      case 'sa':
        return r.pick(serviceAreas);
      case 'person':
        return r.pick(surnames) + r.pick(givenNames);
      case 'law':
        return r.pickSkewed(laws, 1.3);
      case 'division':
        return r.pick(divisions);
      case 'weather':
        return r.pick(weathers);
      case 'goods':
        return r.pick(goods);
      case 'holiday':
        return r.pick(holidays);
      case 'pub':
        return ctx.pub;
      case 'themeName':
        return ctx.themeName;
      case 'n':
        return String(r.int(2, 9));
      case 'nn':
        return String(r.int(10, 99));
      case 'nnn':
        return String(r.int(100, 999));
      case 'nnnn':
        return String(r.int(1000, 9999));
      case 'nk':
        return String(r.int(1000, 30000));
      case 'km':
        return `${(r.next() * 300 + 1).toFixed(1)}公里`;
      case 'wankm':
        return `${(15 + r.next() * 5).toFixed(2)}万公里`;
      case 'pct':
        return r.chance(0.6) ? `${(r.next() * 25 + 0.5).toFixed(1)}%` : `${(r.next() * 39 + 60).toFixed(1)}%`;
      case 'yi':
        return `${(r.next() * 200 + 1).toFixed(1)}亿元`;
      case 'wan':
        return `${r.int(20, 9000)}万元`;
      case 'ton':
        return `${(r.next() * 5000 + 1).toFixed(1)}万吨`;
      case 'teu':
        return `${(r.next() * 300 + 1).toFixed(1)}万标箱`;
      case 'veh':
        return `${r.int(200, 90000)}辆`;
      case 'wanveh':
        return `${(r.next() * 60 + 1).toFixed(1)}万辆`;
      case 'ppl':
        return `${r.int(200, 9000)}人次`;
      case 'wanppl':
        return `${r.int(100, 20000)}万人次`;
      case 'yippl':
        return `${(r.next() * 10 + 1).toFixed(2)}亿人次`;
      case 'yippkm':
        return `${(r.next() * 300 + 10).toFixed(1)}亿人公里`;
      case 'yitkm':
        return `${(r.next() * 900 + 10).toFixed(1)}亿吨公里`;
      case 'wd':
        return `${r.int(2, 15)}个工作日`;
      case 'yr':
        return String(ctx.year);
      case 'py':
        return String(ctx.year - 1);
      case 'ny':
        return String(ctx.year + 1);
      case 'yr2':
        return String(ctx.year + 2);
      case 'yr5':
        return String(ctx.year + 4);
      case 'm':
        return String(r.int(1, 12));
      case 'month':
        return `${r.int(1, 12)}月`;
      case 'd':
        return String(r.int(1, 28));
      case 'q':
        return r.pick(['一', '二', '三', '四']);
      case 'cnn':
        return cnNumber(r.int(2, 9));
      case 'npc': {
        const congress = ctx.year <= 2017 ? '十二届' : ctx.year <= 2022 ? '十三届' : '十四届';
        return `${congress}人大${cnNumber(r.int(1, 5))}次会议`;
      }
      case 'cppcc': {
        const congress = ctx.year <= 2017 ? '十一届' : ctx.year <= 2022 ? '十二届' : '十三届';
        return `${congress}${cnNumber(r.int(1, 5))}次会议`;
      }
      default:
        throw new Error(`unknown slot {${slot}}`);
    }
  });
}

// ---------------------------------------------------------------- body building

interface BodyBuilder {
  blocks: string[];
  /** Indexes of plain paragraphs (where needle sentences may go). */
  paragraphs: number[];
  bytes: number;
  used: Set<string>;
  tables: number;
}

const utf8Len = (s: string) => Buffer.byteLength(s, 'utf8');

function newBody(): BodyBuilder {
  return { blocks: [], paragraphs: [], bytes: 0, used: new Set(), tables: 0 };
}
function push(b: BodyBuilder, block: string, paragraph = false): void {
  if (paragraph) b.paragraphs.push(b.blocks.length);
  b.blocks.push(block);
  b.bytes += utf8Len(block) + 2;
}

interface GenCtx {
  r: Rng;
  doc: Doc;
  theme: Theme;
  theme2: Theme;
  slots: SlotContext;
}

/** One sentence: mostly the main theme, sometimes the second theme, generic or rare vocabulary. */
function sentence(g: GenCtx, b: BodyBuilder): string {
  for (let attempt = 0; attempt < 8; attempt++) {
    const x = g.r.next();
    const template =
      x < 0.7
        ? g.r.pickSkewed(g.theme.sentences)
        : x < 0.83
          ? g.r.pickSkewed(g.theme2.sentences)
          : x < 0.95
            ? g.r.pickSkewed(genericSentences, 1.2)
            : g.r.pick(rareSentences)[1];
    if (b.used.has(template)) continue;
    b.used.add(template);
    return fillSlots(template, g.r, g.slots);
  }
  return fillSlots(g.r.pick(rareSentences)[1], g.r, g.slots);
}

function paragraph(g: GenCtx, b: BodyBuilder, min = 2, max = 4): string {
  const n = g.r.int(min, max);
  let text = '';
  for (let k = 0; k < n; k++) text += sentence(g, b);
  return text;
}

function list(g: GenCtx, ordered: boolean): string {
  const items = g.r.shuffle([...g.theme.items]).slice(0, g.r.int(3, Math.min(6, g.theme.items.length)));
  return items.map((item, k) => `${ordered ? `${k + 1}.` : '-'} ${fillSlots(item, g.r, g.slots)}${ordered ? '；' : '。'}`).join('\n').replace(/；$/, '。');
}

function tableRows(spec: TableSpec, r: Rng): string[] {
  const pool = spec.rows === 'city' ? cities : spec.rows === 'county' ? counties : spec.rows === 'port' ? ports : spec.rows;
  const n = Math.min(pool.length, r.int(4, 8));
  const start = r.int(0, pool.length - n);
  return pool.slice(start, start + n);
}

function cell(kind: TableSpec['cols'][number]['kind'], r: Rng, texts?: string[]): string {
  switch (kind) {
    case 'int':
      return String(r.int(1, 999));
    case 'big':
      return String(r.int(1000, 99999));
    case 'dec':
      return (r.next() * 999 + 0.1).toFixed(1);
    case 'pct':
      return `${(r.next() * 40 - 5).toFixed(1)}%`;
    case 'wan':
      return String(r.int(10, 99999));
    case 'text':
      return r.pick(texts ?? ['—']);
  }
}

function table(g: GenCtx, b: BodyBuilder, spec: TableSpec = g.theme.table): void {
  b.tables++;
  const rows = tableRows(spec, g.r);
  const numeric = (k: string) => k !== 'text';
  const lines = [
    `| ${spec.rowHeader} | ${spec.cols.map((c) => c.head).join(' | ')} |`,
    `| --- | ${spec.cols.map((c) => (numeric(c.kind) ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${row} | ${spec.cols.map((c) => cell(c.kind, g.r, c.texts)).join(' | ')} |`),
  ];
  const caption = spec.caption.startsWith('主要') || spec.caption.includes('单位') ? spec.caption : `${g.slots.year}年${spec.caption}`;
  push(b, `**表${b.tables} ${caption}**`);
  push(b, lines.join('\n'));
}

const genericHeadings = ['总体要求', '工作目标', '重点任务', '保障措施', '工作要求', '组织实施', '职责分工', '时间安排', '监督管理'];

/** Numbered sections until the body reaches its target size. */
function sections(g: GenCtx, b: BodyBuilder, target: number, opts: { headings?: string[]; first?: string[]; maxSections?: number; every?: boolean } = {}): void {
  // Theme headings first, then two of the usual closing sections.
  const headings = opts.headings ? g.r.shuffle([...opts.headings]) : [...g.r.shuffle([...g.theme.headings]), ...g.r.shuffle([...genericHeadings]).slice(0, 2)];
  const order = [...(opts.first ?? []), ...headings.filter((h) => !(opts.first ?? []).includes(h))];
  const tableAt = g.doc.table ? g.r.int(0, 2) : -1;
  const max = opts.maxSections ?? 12;
  for (let s = 0; s < max && (s < 2 || opts.every || b.bytes < target); s++) {
    const heading = order[s % order.length]!;
    push(b, `## ${cnNumber(s + 1)}、${heading}`);
    push(b, paragraph(g, b), true);
    if (g.r.chance(0.45)) push(b, paragraph(g, b, 1, 3), true);
    if (g.r.chance(0.25)) push(b, list(g, g.r.chance(0.5)));
    if (s === tableAt) table(g, b);
  }
  if (g.doc.table && b.tables === 0) table(g, b);
}

function policyBody(g: GenCtx, b: BodyBuilder, target: number, docs: Doc[]): void {
  const d = g.doc;
  const pub = publishers[d.pub]!;
  const genre = d.genre ?? '通知';
  if (d.kind === '规章') {
    rulesBody(g, b, target);
  } else {
    if (!nonDirective.has(genre) && genre !== '批复' && genre !== '函') {
      const addressee =
        pub.level === 'dept' || pub.level === 'unit' ? '各市（州）交通运输局，厅属各单位：' : pub.level === 'city' ? '各县（市、区）交通运输局，局属各单位：' : '各乡（镇）人民政府，局属各单位：';
      push(b, addressee);
    } else if (genre === '批复' || genre === '函') {
      push(b, `${fillSlots(g.r.pick(['{company}', '{city}交通运输局', '{county}人民政府', '示例省公路事业发展中心']), g.r, g.slots)}：`);
    }
    const purpose = (g.r.chance(0.3) && !d.subject.startsWith('进一步') ? '进一步' : '') + d.subject;
    const verb = genre === '意见' ? '提出如下意见' : genre === '批复' ? '批复如下' : genre === '函' ? '函复如下' : genre === '通报' ? '通报如下' : genre === '通告' || genre === '公告' ? `${genre}如下` : '通知如下';
    push(b, `为${purpose}，根据${fillSlots('{law}', g.r, g.slots)}等有关规定，结合${pub.place ?? '我省'}实际，现就有关事项${verb}。${sentence(g, b)}`, true);
    sections(g, b, target, { first: genre === '意见' ? ['总体要求'] : [] });
    const closing =
      d.kind === '行政规范性文件'
        ? `本${genre === '意见' ? '意见' : genre === '通告' || genre === '公告' ? genre : '通知'}自${chineseDate(d.effectiveDate ?? d.date.slice(0, 10))}起施行，有效期${g.r.int(2, 5)}年。`
        : g.r.pick(['请各单位认真贯彻执行。', '特此通知。', '执行中如有问题，请及时反馈。', '请结合实际抓好落实。']);
    const replaced = (d.replaces ?? []).map((k) => `《${docCore(docs[k]!)}》`).join('、');
    push(b, closing + (replaced ? `${replaced}同时废止。` : ''), true);
  }
  push(b, d.joint ? `${pub.name}　${d.joint}` : pub.name);
  push(b, chineseDate(d.written ?? d.date.slice(0, 10)));
}

function rulesBody(g: GenCtx, b: BodyBuilder, target: number): void {
  const chapters = ['总则', g.theme.headings[0] ?? '管理', g.theme.headings[1] ?? '监督检查', '法律责任', '附则'];
  let article = 1;
  push(b, `（${chineseDate(g.doc.date.slice(0, 10))}${publishers[g.doc.pub]!.name}第${cnNumber(g.r.int(1, 9))}次厅务会议审议通过）`);
  for (let c = 0; c < chapters.length; c++) {
    push(b, `## 第${cnNumber(c + 1)}章　${chapters[c]}`);
    const n = c === chapters.length - 1 ? 2 : b.bytes < target ? g.r.int(2, 5) : 1;
    for (let k = 0; k < n; k++) {
      const text =
        c === 0 && k === 0
          ? `为了${g.doc.subject.replace(/^(进一步|切实|深入|认真|全面)/, '')}，根据${fillSlots('{law}', g.r, g.slots)}等法律法规，结合本省实际，制定本办法。`
          : c === chapters.length - 1 && k === n - 1
            ? `本办法自${chineseDate(g.doc.effectiveDate ?? g.doc.date.slice(0, 10))}起施行。`
            : paragraph(g, b, 1, 3);
      push(b, `第${cnNumber(article++)}条　${text}`, true);
    }
    if (g.doc.table && c === 1) table(g, b);
  }
}

/** 政策解读 bodies: text, graphic, Q&A, interview, video. */
function interpretationBody(g: GenCtx, b: BodyBuilder, target: number, docs: Doc[]): void {
  const d = g.doc;
  const policy = docs[d.policy!]!;
  const core = docCore(policy);
  const pubName = publishers[policy.pub]!.name;
  if (d.form === '问答') {
    const questions = [
      `《${core}》出台的背景是什么？`, '适用范围是什么？', '主要内容有哪些？', '与原有规定相比有哪些变化？', '对企业和群众有什么影响？',
      '如何保障各项措施落实？', '申请人需要准备哪些材料？', '什么时候开始施行？', '执行中遇到问题向哪里反映？',
    ];
    let q = 0;
    while (q < questions.length && (q < 3 || b.bytes < target)) {
      push(b, `## ${cnNumber(q + 1)}问：${questions[q]}`);
      push(b, `答：${paragraph(g, b, 1, 3)}`, true);
      if (q === 2 && g.r.chance(0.4)) push(b, list(g, true));
      if (q === 3 && d.table) table(g, b);
      q++;
    }
    if (d.table && b.tables === 0) table(g, b);
    return;
  }
  const lead =
    d.form === '访谈'
      ? `近日，${pubName}印发《${core}》。${pubName}有关负责同志${fillSlots('{person}', g.r, g.slots)}接受采访，就有关问题回答了记者提问。`
      : `近日，${pubName}印发了《${core}》（以下简称《文件》）。为便于社会公众理解，现就有关内容解读如下。`;
  push(b, lead + sentence(g, b), true);
  const headings =
    d.form === '图解'
      ? ['图解一：为什么出台', '图解二：适用哪些对象', '图解三：有哪些主要措施', '图解四：怎么办理', '图解五：什么时候施行']
      : ['起草背景', '起草依据', '主要内容', '主要创新', '适用范围', '施行时间', '下一步工作'];
  sections(g, b, target, { headings, first: [headings[0]!], maxSections: headings.length });
}

function newsBody(g: GenCtx, b: BodyBuilder, target: number): void {
  const d = g.doc;
  const m = Number(d.date.slice(5, 7));
  const day = Math.max(1, Number(d.date.slice(8, 10)) - g.r.int(0, 3));
  const pubName = publishers[d.pub]!.name;
  const events = [
    `召开${g.r.pick(['全省', ''])}${g.theme.name}工作推进会`, `组织开展${g.theme.name}专项督导`, `举行${g.theme.name}工作新闻发布会`,
    `召开${g.theme.name}工作座谈会`, `部署${g.theme.name}重点工作`, `对${g.theme.name}工作开展调研`,
  ];
  if (d.column === 'tzgg') {
    const kind = g.r.pick(['关于', '关于公开征求', '关于开展', '关于做好']);
    push(b, `${kind === '关于公开征求' ? '为广泛听取社会各界意见，' : ''}根据工作安排，现将${d.subject}有关事项公告如下。${sentence(g, b)}`, true);
    sections(g, b, target, { headings: ['时间安排', '参加范围', '工作要求', '意见反馈方式', '联系方式', ...g.theme.headings], maxSections: 8 });
    push(b, `${pubName}`);
    push(b, chineseDate(d.date.slice(0, 10)));
    return;
  }
  push(b, `${m}月${day}日，${pubName}${g.r.pick(events)}。${sentence(g, b)}${sentence(g, b)}`, true);
  const withHeadings = g.r.chance(0.55);
  let s = 0;
  while (s < 2 || b.bytes < target) {
    if (withHeadings) push(b, `## ${g.r.pick(['聚焦', '突出', '强化', '狠抓'])}${g.r.pick(g.theme.headings).replace(/^(强化|加强|推进|提升|规范|完善)/, '')}`);
    push(b, paragraph(g, b), true);
    if (s === 1 && g.r.chance(0.5)) {
      push(b, `“${sentence(g, b).replace(/。$/, '')}。”${fillSlots('{person}', g.r, g.slots)}${g.r.pick(['说', '介绍', '表示'])}。`, true);
    }
    if (s === 1 && d.table) table(g, b);
    if (s === 2 && g.r.chance(0.3)) push(b, list(g, false));
    if (++s > 10) break;
  }
  if (d.table && b.tables === 0) table(g, b);
  push(b, `${g.r.pick(['据了解', '下一步', '会议要求', '据介绍'])}，${sentence(g, b)}`, true);
}

function catalogueBody(g: GenCtx, b: BodyBuilder, target: number): void {
  const d = g.doc;
  const intro: Record<string, string> = {
    jgzn: `${publishers[d.pub]!.name}是负责本行政区域交通运输管理工作的${publishers[d.pub]!.level === 'unit' ? '厅属单位' : '行政机关'}，现将机构职能等信息公开如下。`,
    tjxx: `根据交通运输统计报表制度，现将${d.year}年有关统计数据发布如下。`,
    xzxk: '根据《中华人民共和国行政许可法》和政府信息公开有关规定，现将行政许可办理结果公开如下。',
    xzcf: '根据《中华人民共和国行政处罚法》第四十八条规定，现将具有一定社会影响的行政处罚决定信息公开如下。',
    zfcg: '根据《中华人民共和国政府采购法》有关规定，现将政府采购有关信息公开如下。',
    zdjsxm: '现将重大建设项目批准和实施情况公开如下。',
    rsxx: '根据公务员录用和事业单位公开招聘有关规定，现将有关事项公告如下。',
    jyta: `${fillSlots('{person}', g.r, g.slots)}代表（委员）：您提出的关于${d.subject}的建议（提案）收悉，现答复如下。`,
    qzqd: '根据权责清单管理有关规定，现将本单位权责事项公布如下，实行动态调整。',
  };
  push(b, `${intro[d.category ?? ''] ?? '现将有关情况公开如下。'}${sentence(g, b)}`, true);
  sections(g, b, target);
  if (d.category === 'jyta') push(b, `感谢您对交通运输工作的关心和支持。联系人：${fillSlots('{person}', g.r, g.slots)}，联系电话：0990-8812${g.r.int(1000, 9999)}。`, true);
}

function reportBody(g: GenCtx, b: BodyBuilder, target: number): void {
  const d = g.doc;
  const pubName = publishers[d.pub]!.name;
  const finance = themes[themeOf('finance')]!;
  const openness = themes[themeOf('openness')]!;
  switch (d.reportType) {
    case '预决算': {
      const isFinal = d.title.includes('决算');
      push(b, `按照预算公开有关规定，现将${pubName}${d.reportYear}年部门${isFinal ? '决算' : '预算'}公开如下。${sentence(g, b)}`, true);
      sections(g, b, target, {
        headings: ['部门职责及机构设置', `收支${isFinal ? '决算' : '预算'}总体情况`, '一般公共预算财政拨款支出情况', '“三公”经费支出情况', '政府采购情况', '国有资产占用情况', '预算绩效管理情况', '名词解释'],
        first: ['部门职责及机构设置'],
      });
      if (b.tables === 0) table(g, b, finance.table);
      return;
    }
    case '工作要点':
      push(b, `${d.reportYear}年是${g.r.pick(['全面贯彻落实', '深入推进', '巩固拓展'])}政务公开工作的关键之年。为做好本年度政务公开工作，制定本要点。${sentence(g, b)}`, true);
      sections(g, b, target, { headings: ['围绕中心工作加强政策发布', '加强政策解读和回应关切', '推进重点领域信息公开', '规范依申请公开', '加强平台建设', '强化组织保障'] });
      return;
    case '年度报告':
      push(b, `本报告依据《中华人民共和国政府信息公开条例》编制，统计期限为${d.reportYear}年1月1日至12月31日。本报告可在${DEPT}门户网站“政府信息公开年报”栏目查阅。${sentence(g, b)}`, true);
      if (g.doc.statistics) {
        // The six mandated sections, all of them, in order; the tables are data.
        const all = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项'];
        sections(g, b, target, { headings: all, first: all, maxSections: 6, every: true });
        return;
      }
      sections(g, b, target, {
        headings: ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项'],
        first: ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况'],
        maxSections: 6,
      });
      if (b.tables === 0) table(g, b, openness.table);
      return;
    default:
      push(b, `现将${pubName}${d.reportYear}年${d.subject}情况报告如下。${sentence(g, b)}`, true);
      sections(g, b, target, { headings: ['主要工作情况', '取得的成效', '存在的问题', '下一步工作安排', ...g.theme.headings], first: ['主要工作情况'] });
  }
}

/** The title without 发布机构 prefix and 文种 suffix, or the name inside 《》. */
function docCore(d: Doc): string {
  const quoted = /《([^》]+)》/.exec(d.title);
  if (quoted) return quoted[1]!;
  return d.title;
}

// ---------------------------------------------------------------- ground-truth scanning

interface Term {
  text: string;
  kind: 'needle' | 'common' | 'short';
  /** The folded (simplified) form looked for in folded page text. */
  pattern: string;
  /** Traditional form for `traditional` queries; undefined when it folds back to something else or equals the term. */
  trad?: string;
  count: number;
  docs: number[];
  active: boolean;
  lastDoc: number;
}

/**
 * Finds the query terms in each page's searchable text as it is generated.
 * Terms found on more than GROUND_TRUTH_CAP pages are dropped from the scan
 * (they will not be used as queries), which keeps the scan cheap.
 */
class Scanner {
  terms: Term[] = [];
  /** char code → term indexes whose pattern starts with it. */
  byFirst = new Map<number, number[]>();
  /** Needle doc index → every non-needle term it contains. */
  needleDocTerms = new Map<number, Set<number>>();

  constructor(needleTerms: string[], common: string[], short: string[], fold: (s: string) => string, toTrad: (s: string) => string) {
    const seen = new Set<string>();
    const add = (text: string, kind: Term['kind']) => {
      const pattern = fold(text);
      if (seen.has(pattern)) return;
      seen.add(pattern);
      const trad = toTrad(text);
      this.terms.push({ text, kind, pattern, trad: trad !== text && fold(trad) === pattern ? trad : undefined, count: 0, docs: [], active: true, lastDoc: -1 });
    };
    for (const t of needleTerms) add(t, 'needle');
    for (const t of short) add(t, 'short');
    for (const t of common) add(t, 'common');
    this.terms.forEach((term, ti) => {
      const c = term.pattern.charCodeAt(0);
      const list = this.byFirst.get(c);
      if (list) list.push(ti);
      else this.byFirst.set(c, [ti]);
    });
  }

  private deactivate(ti: number): void {
    const term = this.terms[ti]!;
    term.active = false;
    term.docs = [];
    const c = term.pattern.charCodeAt(0);
    const list = (this.byFirst.get(c) ?? []).filter((k) => k !== ti);
    if (list.length) this.byFirst.set(c, list);
    else this.byFirst.delete(c);
  }

  /** `text` is the page's folded title and body; `doc` its index. */
  scan(text: string, doc: number): void {
    let needleHit = false;
    const byFirst = this.byFirst;
    for (let i = 0; i < text.length; i++) {
      const list = byFirst.get(text.charCodeAt(i));
      if (list === undefined) continue;
      for (let k = 0; k < list.length; k++) {
        const ti = list[k]!;
        const term = this.terms[ti]!;
        if (!term.active || term.lastDoc === doc || !text.startsWith(term.pattern, i)) continue;
        term.lastDoc = doc;
        term.count++;
        if (term.kind === 'needle') needleHit = true;
        if (term.count <= GROUND_TRUTH_CAP || term.kind === 'needle') term.docs.push(doc);
        else this.deactivate(ti); // later positions use the shortened list
      }
    }
    if (needleHit) {
      const found = new Set<number>();
      this.terms.forEach((term, ti) => {
        if (term.kind !== 'needle' && text.includes(term.pattern)) found.add(ti);
      });
      this.needleDocTerms.set(doc, found);
    }
  }
}

/**
 * The search oracle's folding (test/support/recall-oracle.ts): NFKC, lower
 * case, then OpenCC Traditional → Simplified. Converting every page would
 * dominate the run time, so simplified pages are only converted when they
 * hold a character the converter changes (著, 沈 …); NFKC and lower case
 * never change CJK terms.
 */
function makeFolder(toSimplified: (s: string) => string): (text: string, traditional: boolean) => string {
  const unstable = new Map<number, boolean>();
  const fold = (s: string) => toSimplified(s.normalize('NFKC').toLowerCase());
  return (text, traditional) => {
    if (traditional) return fold(text);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x3400) continue;
      let u = unstable.get(c);
      if (u === undefined) {
        const ch = String.fromCharCode(c);
        u = toSimplified(ch) !== ch;
        unstable.set(c, u);
      }
      if (u) return fold(text);
    }
    return text;
  };
}

// ---------------------------------------------------------------- YAML output

const q = (s: string) => JSON.stringify(s);

function frontmatter(d: Doc, conv: (s: string) => string, docs: Doc[], summary: string, keywords: string[], attachment?: { file: string; title: string }): string {
  const lines: string[] = ['---'];
  const t = (s: string) => (d.trad ? conv(s) : s);
  lines.push(`title: ${q(t(d.title))}`);
  if (d.coll === 'news') {
    lines.push(`column: ${d.column}`);
    lines.push(`publishDate: ${q(d.date)}`);
    lines.push(`source: ${q(newsSource(d))}`);
    if (d.i % 3 !== 0) lines.push(`author: ${q(newsAuthor(d))}`);
    lines.push(`summary: ${q(summary)}`);
    lines.push('---', '');
    return lines.join('\n');
  }
  if (d.indexNo) lines.push(`indexNo: ${d.indexNo}`);
  const pubs = d.joint ? [publishers[d.pub]!.name, d.joint] : [publishers[d.pub]!.name];
  lines.push(`publisher: ${pubs.length === 1 ? q(pubs[0]!) : `[${pubs.map(q).join(', ')}]`}`);
  if (d.docNo) lines.push(`docNo: ${q(d.docNo)}`);
  if (d.written) lines.push(`writtenDate: ${q(d.written)}`);
  lines.push(`publishDate: ${q(d.date)}`);
  lines.push(`topic: ${q(d.topic)}`);
  if (d.genre) lines.push(`genre: ${d.genre}`);
  switch (d.coll) {
    case 'policies':
      lines.push(`kind: ${d.kind}`);
      lines.push(`validity: ${d.validity ?? '有效'}`);
      if (d.effectiveDate) lines.push(`effectiveDate: ${q(d.effectiveDate)}`);
      if (d.validityDate) lines.push(`validityDate: ${q(d.validityDate)}`);
      if (d.replacedBy !== undefined) lines.push(`replacedBy: ${q(docs[d.replacedBy]!.id)}`);
      if (d.interpretations || d.kind === '规章') lines.push('needsInterpretation: true');
      break;
    case 'interpretations':
      lines.push(`form: ${d.form}`);
      lines.push(`policy: ${q(docs[d.policy!]!.id)}`);
      break;
    case 'reports':
      lines.push(`reportType: ${d.reportType}`);
      lines.push(`year: ${d.reportYear}`);
      // JSON is YAML: one line per report.
      if (d.statistics) lines.push(`statistics: ${JSON.stringify(d.statistics)}`);
      break;
    case 'catalogue':
      lines.push(`category: ${d.category}`);
      break;
  }
  lines.push(`keywords: [${keywords.map((k) => q(t(k))).join(', ')}]`);
  lines.push(`summary: ${q(summary)}`);
  if (attachment) lines.push('attachments:', `  - file: ${q(attachment.file)}`, `    title: ${q(t(attachment.title))}`);
  lines.push('---', '');
  return lines.join('\n');
}

function newsSource(d: Doc): string {
  return d.i % 5 === 0 ? outlets[d.i % outlets.length]! : publishers[d.pub]!.name;
}
function newsAuthor(d: Doc): string {
  return surnames[(d.i * 7) % surnames.length]! + givenNames[(d.i * 13) % givenNames.length]!;
}

// ---------------------------------------------------------------- main

export async function generateCorpus(options: CorpusOptions): Promise<CorpusSummary> {
  const started = performance.now();
  const seed = options.seed ?? 42;
  const N = Math.max(0, Math.floor(options.docs));
  const tradShare = options.traditionalShare ?? 0.05;
  const mdxShare = options.mdxShare ?? 0.1;
  const source = path.resolve(options.sourceContent ?? path.join(REPO, 'content'));
  const out = path.resolve(options.out);
  const warnings: string[] = [];

  prepareOut(out);
  const site = readSite(path.join(source, 'site.yaml'));
  const conv = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const foldText = makeFolder(toSimplified);
  const foldTerm = (t: string) => toSimplified(t.normalize('NFKC').toLowerCase());
  const r = new Rng(seed, 0);
  const workdays = workdaysByYear();
  const years: number[] = [];
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) years.push(y);
  const capFraction = (workdays.get(LAST_YEAR)!.length || 1) / 261;
  const yearWeights = years.map((y, k) => Math.pow(1.13, k) * (y === LAST_YEAR ? capFraction : 1));

  const randomDate = (year: number, rr: Rng = r) => `${rr.pick(workdays.get(year)!)} ${workingTime(rr)}`;
  const publisherWeights = publishers.map((p) => p.weight);
  const publisherTotal = publisherWeights.reduce((a, b) => a + b, 0);
  const pickPublisher = (deptShare?: number) => (deptShare !== undefined && r.chance(deptShare) ? 0 : r.weighted(publisherWeights, publisherTotal));
  const pickTheme = (pub: number) => {
    const prefs = publishers[pub]!.themes;
    return prefs.length && r.chance(0.75) ? themeOf(r.pick(prefs)) : r.weighted(themeWeights);
  };
  const themeTotal = themeWeights.reduce((a, b) => a + b, 0);
  const secondTheme = (t: number) => {
    let u = r.weighted(themeWeights, themeTotal);
    if (u === t) u = r.weighted(themeWeights, themeTotal);
    return u;
  };

  // Collection sizes.
  let nPolicies = Math.round(N * 0.18);
  let nInterp = nPolicies > 0 ? Math.round(N * 0.05) : 0;
  const nNews = Math.round(N * 0.3);
  const nCatalogue = Math.round(N * 0.45);
  let nReports = N - nPolicies - nInterp - nNews - nCatalogue;
  if (nReports < 0) {
    nInterp = Math.max(0, nInterp + nReports);
    nReports = 0;
  }
  nInterp = Math.min(nInterp, nPolicies * 2);
  nReports = N - nPolicies - nInterp - nNews - nCatalogue;
  if (nReports < 0) {
    nPolicies += nReports;
    nReports = 0;
  }

  const docs: Doc[] = [];
  const base = (coll: DocCollection, year: number, date: string, pub: number, theme: number): Doc => ({
    i: docs.length,
    coll,
    id: '',
    ext: '.md',
    year,
    date,
    theme,
    theme2: secondTheme(theme),
    pub,
    title: '',
    topic: r.pick(themes[theme]!.topics),
    wantDocNo: false,
    trad: false,
    table: r.chance(0.4),
    attach: false,
    subject: '',
  });
  const slotCtx = (d: Doc): SlotContext => ({
    year: d.year,
    place: publishers[d.pub]!.place,
    pub: publishers[d.pub]!.name,
    themeName: themes[d.theme]!.name,
  });

  // --- policies
  const policyYears = allocate(nPolicies, yearWeights);
  years.forEach((year, k) => {
    for (let c = 0; c < policyYears[k]!; c++) {
      const x = r.next();
      const kind: PolicyKind = x < 0.01 ? '规章' : x < 0.36 ? '行政规范性文件' : '其他文件';
      const pub = kind === '规章' ? 0 : pickPublisher();
      const d = base('policies', year, randomDate(year), pub, pickTheme(pub));
      d.kind = kind;
      const genres = policyGenres[kind];
      d.genre = genres[r.weighted(genres.map((g) => g[1]))]![0];
      const theme = themes[d.theme]!;
      d.subject = fillSlots(r.pickSkewed(theme.subjects, 1.2), r, slotCtx(d));
      const pubName = publishers[pub]!.name;
      const prefix = publishers[pub]!.place ?? '示例省';
      if (kind === '规章') {
        d.title = `示例省${r.pick(theme.regNouns)}${r.pick(['管理办法', '管理规定', '实施办法'])}`;
        d.subject = `规范${theme.regNouns[0]}管理`;
      } else if (kind === '行政规范性文件' && r.chance(0.6) && d.genre === '通知') {
        d.title = `${pubName}关于印发《${prefix}${r.pick(theme.regNouns)}${r.pick(regSuffixes)}》的通知`;
      } else if (d.genre === '批复') {
        d.title = `${pubName}关于${fillSlots(r.pick(['{project}初步设计', '{hw}施工图设计', '{company}港口经营许可延续申请', '{county}农村公路建设计划调整', '{project}工程变更']), r, slotCtx(d))}的批复`;
      } else if (d.genre === '函') {
        d.title = `${pubName}关于${d.subject}的函`;
      } else if (d.genre === '通报') {
        d.title = `${pubName}关于${fillSlots(r.pick(['{yr}年{themeName}工作考核结果', '{yr}年第{q}季度{themeName}工作情况', '{yr}年{themeName}专项检查发现问题']), r, slotCtx(d))}的通报`;
      } else if (d.genre === '会议纪要') {
        d.title = `${pubName}${d.year}年第${r.int(1, 30)}次专题会议纪要`;
      } else {
        d.title = `${pubName}关于${d.subject}的${d.genre === '命令（令）' ? '令' : d.genre}`;
      }
      d.wantDocNo = kind === '规章' || (kind === '行政规范性文件' ? r.chance(0.95) : r.chance(0.543));
      if (kind !== '其他文件') d.effectiveDate = addDays(d.date.slice(0, 10), r.int(0, 30));
      if (r.chance(0.04) && kind !== '规章') d.joint = r.pick(jointDepartments);
      docs.push(d);
    }
  });
  const policies = docs.slice();

  // --- interpretations (date follows the policy)
  const interpPool = policies.flatMap((p) => (p.kind === '规章' ? [p.i, p.i, p.i, p.i, p.i, p.i] : p.kind === '行政规范性文件' ? [p.i, p.i, p.i] : [p.i]));
  for (let c = 0; c < nInterp && interpPool.length; c++) {
    let p = policies[0]!;
    for (let attempt = 0; attempt < 20; attempt++) {
      p = docs[r.pick(interpPool)]!;
      if ((p.interpretations ?? 0) < 2) break;
    }
    p.interpretations = (p.interpretations ?? 0) + 1;
    let day = nextWorkday(addDays(p.date.slice(0, 10), r.int(0, 7)));
    if (day > CAP_DATE || Number(day.slice(0, 4)) !== p.year) day = p.date.slice(0, 10);
    const time = day === p.date.slice(0, 10) ? p.date.slice(11) : workingTime(r);
    const d = base('interpretations', Number(day.slice(0, 4)), `${day} ${time}`, p.pub, p.theme);
    d.topic = p.topic;
    d.policy = p.i;
    const forms: [string, number][] = [['文字', 60], ['图解', 15], ['问答', 20], ['访谈', 4], ['视频', 1]];
    d.form = forms[r.weighted(forms.map((f) => f[1]))]![0];
    const core = docCore(p);
    d.title =
      d.form === '图解'
        ? r.pick([`图解：${core}`, `一图读懂《${core}》`])
        : d.form === '问答'
          ? r.pick([`《${core}》问答`, `《${core}》政策问答`])
          : d.form === '访谈'
            ? `${publishers[p.pub]!.name}有关负责人就《${core}》答记者问`
            : d.form === '视频'
              ? `视频解读：《${core}》`
              : r.pick([`《${core}》政策解读`, `关于《${core}》的解读`]);
    d.subject = p.subject;
    docs.push(d);
  }

  // --- reports
  const annualCount = Math.min(LAST_YEAR - FIRST_YEAR + 1, Math.floor(nReports * 0.25));
  for (let k = 0; k < annualCount; k++) {
    const year = LAST_YEAR - k;
    const day = r.pick(workdays.get(year)!.filter((dd) => dd >= `${year}-01-10` && dd <= `${year}-01-31`));
    const d = base('reports', year, `${day} ${workingTime(r)}`, 0, themeOf('openness'));
    d.topic = '综合政务\\政务公开';
    d.reportType = '年度报告';
    d.reportYear = year - 1;
    d.genre = '报告';
    d.title = `${DEPT}${year - 1}年政府信息公开工作年度报告`;
    d.subject = '政府信息公开工作';
    docs.push(d);
  }
  const reportYears = allocate(nReports - annualCount, yearWeights);
  const reportTypes: [ReportType, number][] = [['预决算', 50], ['工作要点', 15], ['其他报告', 35]];
  years.forEach((year, k) => {
    for (let c = 0; c < reportYears[k]!; c++) {
      const type = reportTypes[r.weighted(reportTypes.map((t) => t[1]))]![0];
      const pub = type === '工作要点' ? pickPublisher(0.5) : pickPublisher(0.3);
      const theme = type === '预决算' ? themeOf('finance') : type === '工作要点' ? themeOf('openness') : pickTheme(pub);
      const d = base('reports', year, randomDate(year), pub, theme);
      d.reportType = type;
      d.genre = r.chance(0.7) ? '报告' : undefined;
      const pubName = publishers[pub]!.name;
      if (type === '预决算') {
        const isFinal = r.chance(0.5);
        d.reportYear = isFinal ? year - 1 : year;
        d.title = `${pubName}${d.reportYear}年部门${isFinal ? '决算' : '预算'}${r.chance(0.3) ? '公开说明' : ''}`;
        d.subject = isFinal ? '部门决算' : '部门预算';
        d.topic = '财政、金融、审计\\财政';
      } else if (type === '工作要点') {
        d.reportYear = year;
        d.title = `${pubName}${year}年${r.pick(['政务公开工作要点', '政务公开工作实施方案', '政府信息公开工作要点'])}`;
        d.subject = '政务公开工作';
        d.topic = '综合政务\\政务公开';
      } else {
        d.reportYear = year - 1;
        d.subject = r.pick(['法治政府建设', '优化营商环境工作', '安全生产工作', `${themes[theme]!.name}工作`, '建议提案办理工作', '“双随机、一公开”监管工作']);
        d.title = `${pubName}${year - 1}年${d.subject}${r.pick(['情况报告', '年度报告', '总结'])}`;
      }
      docs.push(d);
    }
  });

  // --- catalogue
  const leaves = site.catalogueLeaves;
  const leafWeights = leaves.map((k) => categoryProfiles[k]?.weight ?? 0.5);
  const catalogueYears = allocate(nCatalogue, yearWeights);
  years.forEach((year, k) => {
    for (let c = 0; c < catalogueYears[k]!; c++) {
      const key = leaves[r.weighted(leafWeights)]!;
      const profile = categoryProfiles[key] ?? { weight: 0.5, themes: ['openness'], titles: ['{pub}{yr}年{themeName}信息'], tableShare: 0.3 };
      const pub = pickPublisher(profile.dept ?? 0.35);
      const prefs = publishers[pub]!.themes.filter((t) => profile.themes.includes(t));
      const theme = themeOf(prefs.length && r.chance(0.6) ? r.pick(prefs) : r.pick(profile.themes));
      const d = base('catalogue', year, randomDate(year), pub, theme);
      d.category = key;
      d.table = r.chance(profile.tableShare);
      if (profile.genres && r.chance(0.6)) d.genre = r.pick(profile.genres);
      d.subject = fillSlots(r.pickSkewed(themes[theme]!.subjects, 1.2), r, slotCtx(d));
      d.title = fillSlots(r.pick(profile.titles), r, slotCtx(d));
      d.wantDocNo = r.chance(0.2);
      if (key === 'tjxx') d.topic = '国民经济管理、国有资产监管\\统计';
      if (key === 'zdjsxm') d.topic = '国民经济管理、国有资产监管\\重大建设项目';
      if (key === 'rsxx') d.topic = '劳动、人事、监察\\人事工作';
      docs.push(d);
    }
  });

  // --- news
  const newsYears = allocate(nNews, yearWeights);
  const columns = site.newsColumns;
  years.forEach((year, k) => {
    for (let c = 0; c < newsYears[k]!; c++) {
      const column = columns.length === 1 ? columns[0]! : r.chance(0.7) ? (columns.includes('zwdt') ? 'zwdt' : columns[0]!) : r.pick(columns.filter((x) => x !== 'zwdt'));
      const pub = pickPublisher(0.55);
      const d = base('news', year, randomDate(year), pub, pickTheme(pub));
      d.column = column;
      d.table = r.chance(0.25);
      const theme = themes[d.theme]!;
      d.subject = fillSlots(r.pickSkewed(theme.subjects, 1.2), r, slotCtx(d));
      const shortPub = publishers[pub]!.name.replace(/^示例省/, '省');
      d.title =
        column === 'tzgg'
          ? r.chance(0.25)
            ? `${publishers[pub]!.name}关于公开征求《${publishers[pub]!.place ?? '示例省'}${r.pick(theme.regNouns)}${r.pick(regSuffixes)}（征求意见稿）》意见的公告`
            : `${publishers[pub]!.name}关于${d.subject}${r.pick(['的公告', '的通知', '有关事项的公告'])}`
          : fillSlots(
              r.pick([
                `${shortPub}召开{themeName}工作推进会`,
                `${shortPub}部署${d.subject}`,
                `{city}扎实推进{themeName}工作`,
                `{county}{themeName}工作取得新成效`,
                `${shortPub}赴{place}调研{themeName}工作`,
                `{hw}建设按下“快进键”`,
                `{yr}年全省{themeName}工作会议召开`,
                `${shortPub}开展{themeName}专项督导`,
                `{project}取得重要进展`,
                `${shortPub}召开{yr}年{themeName}新闻发布会`,
              ]),
              r,
              slotCtx(d),
            );
      docs.push(d);
    }
  });

  // --- validity and replacement among policies
  const byThemeDate = new Map<number, Doc[]>();
  for (const p of policies) {
    const list = byThemeDate.get(p.theme);
    if (list) list.push(p);
    else byThemeDate.set(p.theme, [p]);
  }
  for (const list of byThemeDate.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.i - b.i));
  const oldPolicies = r.shuffle(policies.filter((p) => p.year <= 2024 && p.kind !== undefined));
  const nInvalid = Math.min(oldPolicies.length, Math.round(policies.length * 0.08));
  for (let k = 0; k < nInvalid; k++) {
    const p = oldPolicies[k]!;
    const day = p.date.slice(0, 10);
    let replaced = false;
    if (r.chance(0.5)) {
      const list = byThemeDate.get(p.theme)!;
      const later = list.filter((x) => x.date.slice(0, 10) >= addDays(day, 60) && x.kind === p.kind && x.validity === undefined);
      if (later.length) {
        const x = later[Math.floor(Math.pow(r.next(), 2) * later.length)]!;
        p.validity = '废止';
        p.validityDate = x.effectiveDate && x.effectiveDate <= CAP_DATE ? x.effectiveDate : x.date.slice(0, 10);
        p.replacedBy = x.i;
        (x.replaces ??= []).push(p.i);
        replaced = true;
      }
    }
    if (!replaced) {
      const expiry = addDays(day, 365 * r.int(1, 5));
      if (expiry <= CAP_DATE && p.kind !== '规章') {
        p.validity = '失效';
        p.validityDate = expiry;
      } else {
        p.validity = '废止';
        const span = Math.max(1, Math.round((dayTime(CAP_DATE) - dayTime(day)) / dayMs) - 180);
        p.validityDate = addDays(day, 180 + r.int(0, span - 1));
      }
    }
  }
  // A policy that replaces others must stay in force.
  for (const p of policies) if (p.replaces && p.validity) delete p.replaces;

  // --- 年报 statistics, from their own stream so nothing else changes with them
  const annual = docs.filter((d) => d.reportType === '年度报告');
  const sr = new Rng(seed, 0x5eed);
  const statistics = corpusStatistics(annual.map((d) => d.reportYear!), (min, max) => sr.int(min, max));
  for (const d of annual) d.statistics = statistics.get(d.reportYear!);

  // --- flags, written dates
  for (const d of docs) {
    // A 年报 with statistics keeps the format's simplified section headings.
    d.trad = r.chance(tradShare) && !d.statistics;
    d.ext = r.chance(mdxShare) ? '.mdx' : '.md';
    if (d.coll !== 'news') {
      d.attach = r.chance(0.03);
      if (d.coll !== 'catalogue' || r.chance(0.7)) {
        const w = addDays(d.date.slice(0, 10), -r.int(1, 15));
        d.written = w;
      }
    }
  }

  alignWithCatalogue(
    statistics,
    docs
      .filter((d) => d.coll === 'policies')
      .map((d) => ({ kind: d.kind, validity: d.validity, validityDate: d.validityDate, writtenDate: d.written, publishDate: d.date, columns: [] })),
  );

  // --- 索引号: per publication year, in date order
  const disclosure = docs.filter((d) => d.coll !== 'news').sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.i - b.i));
  const seqByYear = new Map<number, number>();
  const docNoSerial = new Map<string, number>();
  for (const d of disclosure) {
    const seq = (seqByYear.get(d.year) ?? 0) + 1;
    seqByYear.set(d.year, seq);
    d.indexNo = `${ORG_CODE}/${d.year}-${String(seq).padStart(5, '0')}`;
    if (!d.wantDocNo) continue;
    const code = publishers[d.pub]!.code;
    const agency =
      d.kind === '规章'
        ? `${code}令`
        : d.kind === '行政规范性文件'
          ? `${code}规`
          : d.category === 'xzcf'
            ? `${code}罚`
            : d.category === 'xzxk'
              ? `${code}许`
              : d.genre === '函' || d.genre === '批复'
                ? `${code}函`
                : r.pick([`${code}发`, `${code}办`, `${code}发`, `${code}运`]);
    const y = Number((d.written ?? d.date).slice(0, 4));
    const key = `${agency}|${y}`;
    const serial = (docNoSerial.get(key) ?? 0) + (r.chance(0.25) ? r.int(2, 3) : 1);
    docNoSerial.set(key, serial);
    d.docNo = `${agency}〔${y}〕${serial}号`;
  }

  // --- needles: each into a known small set of documents
  const needleCounts = allNeedles.map(() => Math.max(1, Math.min(20, Math.floor(N / 10), r.int(1, 20))));
  if (N > 0) {
    allNeedles.forEach((_n, j) => {
      const chosen = new Set<number>();
      while (chosen.size < Math.min(needleCounts[j]!, N)) chosen.add(r.int(0, N - 1));
      for (const di of [...chosen].sort((a, b) => a - b)) (docs[di]!.needles ??= []).push(j);
    });
  }

  // --- file ids and folders (a year folder above FOLDER_LIMIT entries is split by month)
  const folderOf = (d: Doc) => {
    const y = String(d.year);
    switch (d.coll) {
      case 'catalogue':
        return `${d.category}/${y}`;
      case 'news':
        return `${y}/${d.date.slice(5, 7)}`;
      default:
        return y;
    }
  };
  const folderCounts = new Map<string, number>();
  for (const d of docs) {
    const key = `${d.coll}/${folderOf(d)}`;
    folderCounts.set(key, (folderCounts.get(key) ?? 0) + 1);
  }
  for (const d of docs) {
    const folder = folderOf(d);
    const split = d.coll !== 'news' && (folderCounts.get(`${d.coll}/${folder}`) ?? 0) > FOLDER_LIMIT;
    const slug = themes[d.theme]!.slug;
    const name =
      d.coll === 'news'
        ? `${d.column}-${slug}-${d.i}`
        : d.coll === 'reports'
          ? `${({ 年度报告: 'annual-report', 工作要点: 'openness-work-points', 预决算: 'budget', 其他报告: 'report' } as const)[d.reportType!]}-${d.i}`
          : `${slug}-${d.i}`;
    d.id = `${folder}${split ? `/${d.date.slice(5, 7)}` : ''}/${name}`;
  }

  // --- write
  const pdfSource = findPdf(source);
  if (!pdfSource) warnings.push('no PDF found under content/policies/2024: attachments skipped');
  fs.mkdirSync(out, { recursive: true });
  let bytes = 0;
  let files = 0;
  const writer = new Writer();
  const writeFile = async (file: string, text: string) => {
    bytes += utf8Len(text);
    files++;
    await writer.write(() => fs.promises.writeFile(file, text));
  };
  fs.copyFileSync(path.join(source, 'site.yaml'), path.join(out, 'site.yaml'));
  fs.cpSync(path.join(source, 'pages'), path.join(out, 'pages'), { recursive: true });
  for (const f of fs.readdirSync(path.join(out, 'pages'), { recursive: true, withFileTypes: true })) {
    if (f.isFile()) {
      files++;
      bytes += fs.statSync(path.join(f.parentPath, f.name)).size;
    }
  }
  bytes += fs.statSync(path.join(out, 'site.yaml')).size;
  files++;
  fs.writeFileSync(path.join(out, MARKER), `generated by test/bench/generate-corpus.ts, seed ${seed}, ${N} documents\n`);

  const scanner = new Scanner(allNeedles, commonTerms.concat(publishers.map((p) => p.name)), shortTerms, foldTerm, conv);
  // Stand-alone pages are search records too: scan them after the documents.
  const pageUrls: string[] = [];
  for (const f of (fs.readdirSync(path.join(out, 'pages'), { recursive: true }) as string[]).filter((x) => /\.mdx?$/.test(x)).sort()) {
    const source = fs.readFileSync(path.join(out, 'pages', f), 'utf8');
    const fm = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
    const title = fm ? String((parseYaml(fm[1]!) as { title?: unknown }).title ?? '') : '';
    pageUrls.push(`/${f.replaceAll('\\', '/').replace(/\.mdx?$/, '')}/`);
    scanner.scan(foldText(`${title}\n${fm ? source.slice(fm[0].length) : source}`, true), N + pageUrls.length - 1);
  }
  const madeDirs = new Set<string>();
  const pdfSize = pdfSource ? fs.statSync(pdfSource).size : 0;
  let attachments = 0;
  let traditional = 0;
  let mdx = 0;
  const urlOf = (d: Doc) => (d.coll === 'news' ? `/xwzx/${d.column}/${d.id}/` : `/xxgk/${d.indexNo!.replaceAll('/', '-')}/`);
  const urlOfIndex = (k: number) => (k < N ? urlOf(docs[k]!) : pageUrls[k - N]!);
  const counts: Record<CollectionName, number> = { catalogue: 0, news: 0, policies: 0, interpretations: 0, reports: 0, pages: 0 };
  counts.pages = fs.readdirSync(path.join(out, 'pages'), { recursive: true }).filter((f) => /\.mdx?$/.test(String(f))).length;

  for (const d of docs) {
    const g: GenCtx = {
      r: new Rng(seed, d.i + 1),
      doc: d,
      theme: themes[d.theme]!,
      theme2: themes[d.theme2]!,
      slots: { year: d.year, place: publishers[d.pub]!.place, pub: publishers[d.pub]!.name, themeName: themes[d.theme]!.name },
    };
    const b = newBody();
    const target = g.r.int(1950, 3500);
    switch (d.coll) {
      case 'policies':
        policyBody(g, b, target, docs);
        break;
      case 'interpretations':
        interpretationBody(g, b, target, docs);
        break;
      case 'news':
        newsBody(g, b, target);
        break;
      case 'catalogue':
        catalogueBody(g, b, target);
        break;
      case 'reports':
        reportBody(g, b, target);
        break;
    }
    for (const j of d.needles ?? []) {
      const at = b.paragraphs.length ? b.paragraphs[g.r.int(0, b.paragraphs.length - 1)]! : -1;
      const text = g.r.pick(needleFrames).replace('@', allNeedles[j]!);
      if (at >= 0) b.blocks[at] += text;
      else b.blocks.push(text);
    }
    let body = b.blocks.join('\n\n') + '\n';
    // Summary: for news the lede's first sentence (shown in lists, and also in the body);
    // for documents a sentence of their own plus the section headings.
    let summary: string;
    if (d.coll === 'news') {
      const lede = b.blocks[b.paragraphs[0] ?? 0] ?? d.title;
      summary = lede.slice(0, lede.indexOf('。') + 1 || 120).slice(0, 290);
    } else if (d.coll === 'interpretations') {
      summary = `${g.r.pick(['解读', '介绍', '说明'])}《${docCore(docs[d.policy!]!)}》的${g.r.pick(['出台背景、主要内容和施行要求', '起草依据、适用范围和主要措施', '主要变化和办理要求'])}。${fillSlots(g.r.pick(g.theme.sentences), g.r, g.slots)}`;
    } else {
      const heads = b.blocks.filter((x) => x.startsWith('## ')).map((x) => x.replace(/^## (第[^章]+章　|[^、]+?问：|[一二三四五六七八九十]+、)?/, '').replace(/[？?]$/, '')).slice(0, 3);
      summary = `${fillSlots(g.r.pick(g.theme.sentences), g.r, g.slots)}${heads.length ? `主要包括${heads.join('、')}等内容。` : ''}`;
    }
    const keywords = g.r.shuffle([...g.theme.keywords]).slice(0, g.r.int(3, 4));
    if (d.coll === 'reports' && d.reportType === '年度报告') keywords.push(`${d.reportYear}年`);
    let title = d.title;
    if (d.trad) {
      body = conv(body);
      summary = conv(summary);
      title = conv(title);
      traditional++;
    }
    if (/[{}<>]/.test(body)) throw new Error(`generated body of ${d.coll}/${d.id} contains braces or angle brackets`);
    const dir = path.join(out, d.coll, path.dirname(d.id));
    if (!madeDirs.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
    }
    let attachment: { file: string; title: string } | undefined;
    if (d.attach && pdfSource) {
      attachment = { file: `${path.basename(d.id)}-附件1.pdf`, title: `附件1：${g.r.pick(['申请表', '情况统计表', '任务分解表', '名单', '有关材料'])}` };
      const target = path.join(dir, attachment.file);
      await writer.write(() => fs.promises.copyFile(pdfSource, target));
      attachments++;
      files++;
      bytes += pdfSize;
    }
    if (d.ext === '.mdx') mdx++;
    counts[d.coll]++;
    await writeFile(path.join(out, d.coll, d.id + d.ext), frontmatter(d, conv, docs, summary, keywords, attachment) + body);
    scanner.scan(foldText(`${title}\n${body}`, d.trad), d.i);
  }

  // --- ground truth
  const gt: { id: string; query: string; kind: string; expectedUrls: string[] }[] = [];
  const add = (kind: string, query: string, docIdx: Iterable<number>) => {
    const urls = [...new Set([...docIdx].map(urlOfIndex))].sort();
    if (urls.length === 0) return;
    gt.push({ id: `${kind}-${String(gt.filter((x) => x.kind === kind).length + 1).padStart(3, '0')}`, query, kind, expectedUrls: urls });
  };
  const gr = new Rng(seed, 0x7fffffff);
  const terms = scanner.terms;
  terms.forEach((t, ti) => {
    if (t.kind !== 'needle') return;
    const planted = docs.filter((d) => d.needles?.includes(ti)).map((d) => d.i);
    const missing = planted.filter((k) => !t.docs.includes(k));
    if (missing.length) warnings.push(`needle ${t.text}: ${missing.length} planted document(s) not found by the scan`);
    add(t.text.length === 2 ? 'short' : 'simplified', t.text, t.docs);
    if (t.trad) add('traditional', t.trad, t.docs);
  });
  const usable = terms.filter((t) => t.kind !== 'needle' && t.active && t.count > 0 && t.count <= GROUND_TRUTH_CAP);
  let nSimple = 0;
  let nShort = 0;
  let nTrad = 0;
  for (const t of usable) {
    if (t.kind === 'short' || t.text.length === 2) {
      if (nShort++ < 40) add('short', t.text, t.docs);
    } else if (nSimple++ < 100) add('simplified', t.text, t.docs);
    else continue;
    if (t.trad && nTrad++ < 100) add('traditional', t.trad, t.docs);
  }
  // mixed: a needle in one script and a co-occurring term in the other
  let nMixed = 0;
  terms.forEach((t, ti) => {
    if (t.kind !== 'needle' || nMixed >= 20 || t.docs.length === 0) return;
    const needleTrad = ti % 2 === 1 && t.trad !== undefined;
    const candidates = new Set<number>();
    for (const k of t.docs) for (const c of scanner.needleDocTerms.get(k) ?? []) {
      const other = terms[c]!;
      if (other.kind === 'short') continue;
      if (needleTrad || other.trad !== undefined) candidates.add(c);
    }
    if (!candidates.size) return;
    const sorted = [...candidates].sort((a, b) => a - b);
    const c = sorted[gr.int(0, sorted.length - 1)]!;
    const other = terms[c]!;
    const docsBoth = t.docs.filter((k) => scanner.needleDocTerms.get(k)?.has(c));
    const query = needleTrad ? `${t.trad} ${other.text}` : `${t.text} ${other.trad ?? other.text}`;
    add('mixed', query, docsBoth);
    nMixed++;
  });
  // exact identifiers
  const withDocNo = docs.filter((d) => d.docNo);
  const withIndexNo = docs.filter((d) => d.indexNo);
  for (let k = 0; k < Math.min(15, withDocNo.length); k++) {
    const d = withDocNo[gr.int(0, withDocNo.length - 1)]!;
    if (!gt.some((x) => x.kind === 'docNo' && x.query === d.docNo)) add('docNo', d.docNo!, [d.i]);
  }
  for (let k = 0; k < Math.min(15, withIndexNo.length); k++) {
    const d = withIndexNo[gr.int(0, withIndexNo.length - 1)]!;
    if (!gt.some((x) => x.kind === 'indexNo' && x.query === d.indexNo)) add('indexNo', d.indexNo!, [d.i]);
  }
  const gtText = JSON.stringify(gt, null, 1) + '\n';
  await writeFile(path.join(out, 'ground-truth.json'), gtText);
  await writer.flush();

  const queryKinds: Record<string, number> = {};
  for (const x of gt) queryKinds[x.kind] = (queryKinds[x.kind] ?? 0) + 1;
  const summary: CorpusSummary = {
    out: path.relative(process.cwd(), out) || '.',
    seed,
    docs: docs.length,
    counts,
    traditional,
    mdx,
    attachments,
    files,
    bytes,
    queries: gt.length,
    queryKinds,
    warnings,
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
  if (options.print) console.log(JSON.stringify(summary));
  return summary;
}

/**
 * Keeps a bounded number of file writes in flight, so generation overlaps
 * with file creation (which dominates the wall time on slow disks). Memory
 * stays bounded by WRITE_CONCURRENCY bodies.
 */
const WRITE_CONCURRENCY = 32;
class Writer {
  inFlight = new Set<Promise<void>>();
  async write(op: () => Promise<void>): Promise<void> {
    while (this.inFlight.size >= WRITE_CONCURRENCY) await Promise.race(this.inFlight);
    const p: Promise<void> = op().then(() => {
      this.inFlight.delete(p);
    });
    this.inFlight.add(p);
  }
  async flush(): Promise<void> {
    await Promise.all(this.inFlight);
  }
}

/** Creates `out`, clearing it first when it holds an earlier corpus; refuses any other non-empty folder. */
function prepareOut(out: string): void {
  if (!fs.existsSync(out)) return;
  const entries = fs.readdirSync(out);
  if (entries.length === 0) return;
  if (!entries.includes(MARKER)) {
    throw new Error(`${out} is not empty and was not made by generate-corpus.ts (no ${MARKER}); choose another --out`);
  }
  fs.rmSync(out, { recursive: true, force: true });
}

function findPdf(source: string): string | undefined {
  const dir = path.join(source, 'policies', '2024');
  if (!fs.existsSync(dir)) return undefined;
  const pdf = fs.readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.pdf')).sort()[0];
  return pdf ? path.join(dir, pdf) : undefined;
}

// ---------------------------------------------------------------- CLI

function parseArgs(argv: string[]): CorpusOptions {
  const opts: Partial<CorpusOptions> = { print: true };
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++k] ?? '';
    const num = (name: string) => {
      const v = Number(value());
      if (!Number.isFinite(v)) throw new Error(`${name} needs a number`);
      return v;
    };
    switch (flag) {
      case '--docs':
        opts.docs = num('--docs');
        break;
      case '--out':
        opts.out = value();
        break;
      case '--seed':
        opts.seed = num('--seed');
        break;
      case '--traditional-share':
        opts.traditionalShare = num('--traditional-share');
        break;
      case '--mdx-share':
        opts.mdxShare = num('--mdx-share');
        break;
      case '--source':
        opts.sourceContent = value();
        break;
      case '--quiet':
        opts.print = false;
        break;
      case '-h':
      case '--help':
        console.log('usage: node test/bench/generate-corpus.ts --docs N --out DIR [--seed 42] [--traditional-share 0.05] [--mdx-share 0.1] [--source content] [--quiet]');
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument ${arg}`);
    }
  }
  if (opts.docs === undefined || !opts.out) throw new Error('--docs and --out are required (see --help)');
  return opts as CorpusOptions;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    await generateCorpus(parseArgs(process.argv.slice(2)));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

/**
 * The light per-document record kept for the whole run: metadata chosen while
 * planning, from which bodies are generated and files written one at a time.
 */
import type { CorpusStatistics } from './annual-reports.ts';

export type CollectionName = 'catalogue' | 'news' | 'policies' | 'interpretations' | 'reports' | 'pages';
export type DocCollection = Exclude<CollectionName, 'pages'>;
export type PolicyKind = '规章' | '行政规范性文件' | '其他文件';
export type ReportType = '年度报告' | '工作要点' | '预决算' | '其他报告';

export interface Doc {
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

/** The title without 发布机构 prefix and 文种 suffix, or the name inside 《》. */
export function docCore(d: Doc): string {
  const quoted = /《([^》]+)》/.exec(d.title);
  if (quoted) return quoted[1]!;
  return d.title;
}

/**
 * `npm run new`: what a new entry of each type needs, where its file goes
 * and what it says. Pure: the answers in, the file's path, text and URL
 * out (cli.ts asks the questions and writes the file).
 */
import { stringify } from 'yaml';
import type { SiteSettings } from '../schemas/site.ts';
import { sitePaths } from '../utils/site-paths.ts';
import { reportBody, statisticsLines } from './report-skeleton.ts';

export const entryTypes = {
  policy: { name: '政策文件', collection: 'policies' },
  interpretation: { name: '政策解读', collection: 'interpretations' },
  news: { name: '政务动态、通知公告', collection: 'news' },
  catalogue: { name: '其他法定主动公开内容', collection: 'catalogue' },
  report: { name: '政府信息公开工作年度报告', collection: 'reports' },
} as const;
export type EntryType = keyof typeof entryTypes;

export const policyKindsForNew = ['规章', '行政规范性文件', '其他文件'] as const;
export const DEFAULT_TOPIC = '综合政务\\政务公开';

export interface NewEntryAnswers {
  type: EntryType;
  title: string;
  /** 发布日期, `YYYY-MM-DD HH:MM` (Beijing time). */
  publishDate: string;
  /** File name without .md: lowercase letters, digits and hyphens. */
  slug: string;
  /** policy: 文件类别. */
  kind?: string | undefined;
  /** policy (optional): 发文字号. */
  docNo?: string | undefined;
  /** interpretation: the id of the policy interpreted, e.g. `2026/road-rules`. */
  policy?: string | undefined;
  /** news: news column key; catalogue: catalogue column key. */
  column?: string | undefined;
  /** 主题分类 (disclosure types). */
  topic?: string | undefined;
  /** report: 报告年度 (the year the report covers). */
  year?: number | undefined;
  /** 发布机构 (disclosure types) or 来源 (news); defaults to the site's name. */
  publisher?: string | undefined;
}

export interface NewEntryFile {
  /** Path relative to the content folder, e.g. `policies/2026/road-rules.md`. */
  relative: string;
  text: string;
  /** The page's URL on the site. */
  url: string;
}

export const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** One `key: value` line, the value quoted only when YAML needs it; dates always quoted. */
function line(key: string, value: string, quote = false): string {
  return `${key}: ${quote ? JSON.stringify(value) : stringify(value).trimEnd()}`;
}

/** The entry's folder within its collection: the year, or the column for catalogue items. */
function folderOf(a: NewEntryAnswers): string {
  return a.type === 'catalogue' ? a.column! : a.publishDate.slice(0, 4);
}

/**
 * The new file. `indexNo` is the 索引号 assigned to a disclosure entry
 * (written into the file, so it never moves); `base` the site's base path.
 */
export function newEntryFile(
  a: NewEntryAnswers,
  site: SiteSettings,
  indexNo: string | undefined,
  base = '/',
): NewEntryFile {
  const { collection } = entryTypes[a.type];
  const folder = folderOf(a);
  const id = `${folder}/${a.slug}`;
  const paths = sitePaths(base);
  const publisher = a.publisher?.trim() || site.name;
  const fields = [line('title', a.title.trim())];
  if (a.type === 'news') {
    fields.push(line('column', a.column!), line('publishDate', a.publishDate, true), line('source', publisher));
  } else {
    fields.push(line('indexNo', indexNo!), line('publisher', publisher));
    if (a.docNo?.trim()) fields.push(line('docNo', a.docNo.trim()));
    fields.push(line('publishDate', a.publishDate, true), line('topic', a.topic?.trim() || DEFAULT_TOPIC));
    if (a.type === 'policy') fields.push(line('kind', a.kind ?? '其他文件'));
    if (a.type === 'interpretation') fields.push(line('policy', a.policy!));
    if (a.type === 'catalogue') fields.push(line('category', a.column!));
    if (a.type === 'report') fields.push(line('reportType', '年度报告'), `year: ${a.year}`);
    fields.push('# summary: 内容概述（一两句话）');
    if (a.type === 'report') fields.push(...statisticsLines(a.year!));
  }
  const body =
    a.type === 'interpretation'
      ? '## 一、背景\n\n（在这里写解读正文。）'
      : a.type === 'report'
        ? reportBody(a.year!)
        : '（在这里写正文。用 ## 作小标题。）';
  const text = ['---', ...fields, '---', '', body, ''].join('\n');
  const url = a.type === 'news' ? paths.newsItem(a.column!, id) : paths.document(indexNo!);
  return { relative: `${collection}/${id}.md`, text, url };
}

/**
 * 检查指标 freshness (《政府网站与政务新媒体检查指标》, 国办秘函〔2019〕19号;
 * its 单项否决 items): the home page updated within 2 weeks; 动态/要闻 columns
 * within 2 weeks; 通知公告 and first-level 政策文件 columns within 6 months;
 * no blank columns. Five or more stale columns, or five or more blank ones,
 * fail a site outright (单项否决), so the report says so too.
 *
 * Each column may set its window (`updateWithin: 2周`, `6个月`, `14天`, or
 * `不检查`); without one, the defaults above apply by the column's name
 * and place (DEFAULT_WINDOWS). A leaf column with no published item is
 * blank unless it says why (`emptyNote`) or shows data lists instead.
 *
 * These are reminders about the site as of the build date (or the `today`
 * the check is given), not mistakes in a file: they are listed on their
 * own and never stop a build. One pass over the entries: linear.
 */
import type { SiteSettings } from '../schemas/site.ts';
import { flattenCatalogue } from '../catalogue/catalogue-tree.ts';
import type { ContentProblem } from '../schemas/format-issues.ts';
import { daysBetween, parseUpdateWindow, windowStart, type UpdateWindow } from '../utils/update-window.ts';
import { columnOf, isPublishedDisclosure, type CheckedEntry } from '../catalogue/entry.ts';
import type { SourceLines } from './source-lines.ts';

const TWO_WEEKS = '2周';
const SIX_MONTHS = '6个月';
const DYNAMIC_BASIS = '检查指标：动态、要闻类栏目2周内应有更新';
const NOTICE_BASIS = '检查指标：通知公告、政策文件类栏目6个月内应有更新';
/** 检查指标: five stale or five blank columns veto the site. */
const VETO_COUNT = 5;

interface Column {
  key: string;
  name: string;
  /** `信息公开目录` or `新闻栏目`. */
  group: string;
  window: UpdateWindow | undefined;
  /** Why this window: the 检查指标 rule of a default, or the site's own setting. */
  basis: string;
  /** A leaf column (or news column) that should hold items itself. */
  holdsItems: boolean;
  /** Blank is fine: the column says why (emptyNote) or shows data lists. */
  mayBeEmpty: boolean;
  /** For news columns: how to remove one. */
  newsColumn: boolean;
}

interface Newest {
  date: string;
  title: string;
}

/**
 * The default window of a column: by its name for news columns (动态/要闻 2周,
 * 通知/公告 6个月), and 6个月 for a first-level column of policies.
 */
export function defaultWindow(column: {
  name: string;
  source?: string | undefined;
  topLevel?: boolean;
  news?: boolean;
}): string | undefined {
  if (column.news && /动态|要闻/.test(column.name)) return TWO_WEEKS;
  if (column.news && /通知|公告/.test(column.name)) return SIX_MONTHS;
  if (!column.news && column.topLevel && column.source === 'policies') return SIX_MONTHS;
  return undefined;
}

function columnsOf(site: SiteSettings): Column[] {
  const columns: Column[] = [];
  const windowFor = (configured: string | undefined, fallback: string | undefined) => {
    const text = configured ?? fallback;
    return {
      window: text ? parseUpdateWindow(text) : undefined,
      basis: configured
        ? `本站设置的更新周期 updateWithin: ${configured}`
        : fallback === TWO_WEEKS
          ? DYNAMIC_BASIS
          : NOTICE_BASIS,
    };
  };
  for (const c of site.newsColumns) {
    columns.push({
      key: c.key,
      name: c.name,
      group: '新闻栏目',
      ...windowFor(c.updateWithin, defaultWindow({ name: c.name, news: true })),
      holdsItems: true,
      mayBeEmpty: false,
      newsColumn: true,
    });
  }
  for (const info of flattenCatalogue(site.catalogue).values()) {
    const n = info.node;
    columns.push({
      key: n.key,
      name: n.name,
      group: '信息公开目录',
      ...windowFor(n.updateWithin, defaultWindow({ name: n.name, source: n.source, topLevel: !info.parent })),
      holdsItems: info.isLeaf,
      mayBeEmpty: n.emptyNote !== undefined || (n.lists?.length ?? 0) > 0,
      newsColumn: false,
    });
  }
  return columns;
}

export interface FreshnessInput {
  site: SiteSettings;
  entries: readonly CheckedEntry[];
  /** `YYYY-MM-DD`. */
  today: string;
  lines: SourceLines;
  /** site.yaml as shown to editors, and its absolute path (for lines). */
  siteFile: string;
  sitePath: string;
}

export function freshnessWarnings(input: FreshnessInput): ContentProblem[] {
  const { site, entries, today, lines, siteFile, sitePath } = input;
  const catalogue = flattenCatalogue(site.catalogue);
  // Newest item per column key (news and catalogue keys may coincide, so news keys are prefixed), and on the home page.
  const newest = new Map<string, Newest>();
  const count = new Map<string, number>();
  let home: Newest | undefined;
  const note = (key: string, e: CheckedEntry) => {
    const date = (e.data.publishDate as string).slice(0, 10);
    count.set(key, (count.get(key) ?? 0) + 1);
    const before = newest.get(key);
    if (!before || date > before.date) newest.set(key, { date, title: e.data.title as string });
  };
  for (const e of entries) {
    let onHome = false;
    if (e.collection === 'news') {
      note(`news:${e.data.column as string}`, e);
      onHome = true;
    } else if (isPublishedDisclosure(e)) {
      const leaf = columnOf(catalogue, e);
      if (!leaf) continue;
      note(leaf, e);
      const parent = catalogue.get(leaf)?.parent?.key;
      if (parent) note(parent, e);
      onHome = e.collection === 'policies' || e.collection === 'interpretations';
    }
    if (onHome) {
      const date = (e.data.publishDate as string).slice(0, 10);
      if (!home || date > home.date) home = { date, title: e.data.title as string };
    }
  }

  const warnings: ContentProblem[] = [];
  const stale: string[] = [];
  const blank: string[] = [];
  for (const c of columnsOf(site)) {
    const key = c.newsColumn ? `news:${c.key}` : c.key;
    const at = { file: siteFile, line: lines.keyLine(sitePath, c.key), field: `${c.group} › ${c.name}（${c.key}）` };
    const latest = newest.get(key);
    if (!latest) {
      if (!c.holdsItems || c.mayBeEmpty) continue;
      blank.push(c.name);
      warnings.push({
        ...at,
        expected: c.newsColumn
          ? '栏目中有内容（检查指标：不应有空白栏目）；不再使用的栏目请从 site.yaml 的 newsColumns 中删去'
          : '栏目中有内容（检查指标：不应有空白栏目）；本机关确实没有此类信息的，给该栏目写 emptyNote，例如 emptyNote: 本机关无此类信息，栏目页会显示这句说明',
        found: '栏目中没有已发布的条目',
      });
      continue;
    }
    if (!c.window) continue;
    const start = windowStart(today, c.window);
    if (latest.date >= start) continue;
    stale.push(c.name);
    warnings.push({
      ...at,
      field: `${at.field} › 更新周期`,
      expected: `每${c.window.text}至少更新一次，最近一条应不早于 ${start}（${c.basis}；可在 site.yaml 中给栏目写 updateWithin 修改，例如 updateWithin: 1个月）`,
      found: `最近一条“${latest.title}”发布于 ${latest.date}，已 ${daysBetween(latest.date, today)} 天未更新`,
    });
  }
  const homeStart = windowStart(today, parseUpdateWindow(TWO_WEEKS)!);
  if (home && home.date < homeStart) {
    warnings.push({
      file: siteFile,
      line: lines.field(sitePath, ['newsColumns']),
      field: '首页',
      expected: `首页每2周至少有一条新内容，最近一条应不早于 ${homeStart}（检查指标：首页2周不更新为单项否决）；首页显示新闻栏目、政策文件和政策解读的最新条目`,
      found: `最近一条“${home.title}”发布于 ${home.date}，已 ${daysBetween(home.date, today)} 天未更新`,
    });
  }
  if (stale.length >= VETO_COUNT) {
    warnings.push({
      file: siteFile,
      line: 1,
      field: '栏目更新（检查指标）',
      expected: `未按时更新的栏目少于 ${VETO_COUNT} 个（检查指标：${VETO_COUNT}个以上栏目不更新为单项否决）`,
      found: `${stale.length} 个栏目未按时更新：${stale.join('、')}`,
    });
  }
  if (blank.length >= VETO_COUNT) {
    warnings.push({
      file: siteFile,
      line: 1,
      field: '空白栏目（检查指标）',
      expected: `空白栏目少于 ${VETO_COUNT} 个（检查指标：${VETO_COUNT}个以上空白栏目为单项否决）`,
      found: `${blank.length} 个空白栏目：${blank.join('、')}`,
    });
  }
  return warnings;
}

/**
 * Validates every content file before anything is built, and reports all
 * problems at once (Astro would stop at the first bad entry). Runs as the
 * first step of `npm run build`; a single error stops the build, so nothing
 * half-built is published.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  collectionNames,
  collectionSchemas,
  disclosureCollections,
  type CollectionName,
} from '../schemas/collections.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { assignIndexNumbers, entryKey, indexNumberPattern } from '../utils/index-number.ts';
import { catalogueTreeProblems, columnFor, flattenCatalogue } from '../utils/catalogue-tree.ts';
import { entryIdFromPath, listEntryFiles, readFrontmatter } from '../utils/entry-files.ts';
import { checkAnnualReports } from '../annual-report/check.ts';
import { reportIssuePaths } from '../annual-report/labels.ts';
import { describePath } from '../schemas/labels.ts';
import { buildDate } from '../utils/dates.ts';
import { describeFound, formatIssues, type ContentProblem } from '../utils/format-issues.ts';
import { CheckCache, statKey } from './check-cache.ts';
import { ContentError, loadSiteSettings } from '../utils/site-settings.ts';
import { checkInteraction } from './check-interaction.ts';
import { loadDataLists } from './check-lists.ts';

export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  /** Path shown to editors, relative to the working directory. */
  file: string;
  /** Absolute path of the file. */
  path: string;
  data: Record<string, unknown>;
}

export interface CheckReport {
  entries: CheckedEntry[];
  errors: ContentProblem[];
  warnings: ContentProblem[];
}

/** MDX beyond plain Markdown: imports/exports, JSX tags, {expressions}. */
const MDX_SYNTAX = /^\s*(import|export)\s|<[A-Za-z][^>]*>|\{[^}]*\}/m;

/** Paths the framework owns; a page file may not take them (or anything below the prefixes). */
const RESERVED_PAGE_PREFIXES = [
  'xxgk', 'xwzx', 'search', 'search-index', 'wzdt', 'files', 'offline', 'sw.js', '404', 'zwgk/fdzdgknr', 'zwgk/nb', '_astro',
  'ysqgk/sq', 'ysqgk/sqb', 'hdjl/lxxd', 'hdjl/zxft', 'hdjl/zjyj', 'sjqd', 'rss', 'open-data', 'robots.txt',
];
const RESERVED_PAGE_PATHS = ['index', 'zwgk', 'zwgk/index'];

/** The top-level field names of an object schema, or of the object a transform starts from (for typo suggestions). */
function fieldsOf(schema: unknown): string[] {
  const s = schema as { shape?: Record<string, unknown>; in?: { shape?: Record<string, unknown> } };
  return Object.keys(s.shape ?? s.in?.shape ?? {});
}

export interface CheckOptions {
  /** The date checks such as the 年报 deadline are made against, `YYYY-MM-DD`; defaults to the build date. */
  today?: string;
  /** Where per-file results are kept between runs (check-cache.ts); none: every file is read. */
  cacheFile?: string;
}

export function checkContent(root: string, options: CheckOptions = {}): CheckReport {
  const shownRoot = path.relative(process.cwd(), root) || '.';
  const errors: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  let site: SiteSettings;
  try {
    site = loadSiteSettings(root);
  } catch (error) {
    if (error instanceof ContentError) {
      errors.push({ file: path.join(shownRoot, 'site.yaml'), field: '整个文件', expected: '有效的网站设置', found: error.message });
      return { entries: [], errors, warnings };
    }
    throw error;
  }
  const siteFile = path.join(shownRoot, 'site.yaml');
  for (const problem of catalogueTreeProblems(site.catalogue)) {
    errors.push({ file: siteFile, field: '信息公开目录（catalogue）', expected: '栏目代码不重复', found: problem });
  }

  const cache = new CheckCache(options.cacheFile);
  const entries: CheckedEntry[] = [];
  // Every policy file's id, valid or not, so one bad policy does not also
  // make the entries that point to it look wrong.
  const policyIds = new Set<string>();
  for (const collection of collectionNames) {
    const dir = path.join(root, collection);
    for (const relative of listEntryFiles(dir)) {
      if (collection === 'policies') policyIds.add(entryIdFromPath(relative));
      const file = path.join(shownRoot, collection, relative);
      const full = path.join(dir, relative);
      const key = statKey(fs.statSync(full));
      const cached = cache.lookup(full, key);
      if (cached) {
        entries.push({ collection, id: entryIdFromPath(relative), file, path: full, data: cached });
        continue;
      }
      const source = fs.readFileSync(full, 'utf8');
      if (collection !== 'pages' && relative.endsWith('.mdx') && MDX_SYNTAX.test(source.replace(/^---[\s\S]*?\n---/, ''))) {
        errors.push({
          file,
          field: '正文',
          expected: '此栏目的正文只能使用 Markdown；需要组件（import、<组件>、{表达式}）的内容请放在 content/pages',
          found: '含有 MDX 组件或 import',
        });
        continue;
      }
      const parsed = readFrontmatter(source);
      if (!parsed.ok) {
        errors.push({ file, field: '信息头（frontmatter）', expected: parsed.problem, found: '无法读取' });
        continue;
      }
      const schema = collectionSchemas[collection];
      const result = schema.safeParse(parsed.data, { reportInput: true });
      if (!result.success) {
        const paths = collection === 'reports' ? reportIssuePaths(parsed.data, describePath) : {};
        errors.push(...formatIssues(file, result.error.issues, fieldsOf(schema), paths));
        continue;
      }
      entries.push({ collection, id: entryIdFromPath(relative), file, path: full, data: result.data as Record<string, unknown> });
      cache.remember(full, key, result.data as Record<string, unknown>);
    }
  }
  cache.save();
  cache.share();

  crossCheck(root, site, entries, policyIds, errors, warnings);
  const today = options.today ?? buildDate();
  const annual = checkAnnualReports({ entries, columns: flattenCatalogue(site.catalogue), today, shownRoot });
  errors.push(...annual.errors);
  warnings.push(...annual.warnings);
  checkInteraction(entries, today, errors, warnings);
  const lists = loadDataLists(root);
  errors.push(...lists.errors);
  warnings.push(...lists.warnings);
  const published = new Set(lists.lists.map((l) => l.def.key));
  for (const column of flattenCatalogue(site.catalogue).values()) {
    for (const key of column.node.lists ?? []) {
      if (published.has(key)) continue;
      warnings.push({
        file: path.join(shownRoot, 'site.yaml'),
        field: `信息公开目录 › ${column.node.name}（${column.node.key}）› 数据清单（lists）`,
        expected: `content/lists 中有名为 ${key} 的清单（${key}.csv、${key}.yaml 或文件夹 ${key}/），否则栏目页不显示它`,
        found: `没有清单 ${key}`,
      });
    }
  }
  return { entries, errors, warnings };
}

function crossCheck(
  root: string,
  site: SiteSettings,
  entries: CheckedEntry[],
  policyIds: ReadonlySet<string>,
  errors: ContentProblem[],
  warnings: ContentProblem[],
): void {
  const columns = flattenCatalogue(site.catalogue);
  const newsKeys = new Set(site.newsColumns.map((c) => c.key));
  const published = entries.filter(
    (e) => (disclosureCollections as readonly string[]).includes(e.collection) && e.data.disclosure === '主动公开',
  );

  // 索引号: unique over the whole site, generated ones included.
  const { numbers, generated } = assignIndexNumbers(
    published.map((e) => ({
      key: entryKey(e),
      indexNo: e.data.indexNo as string | undefined,
      publishDate: e.data.publishDate as string,
    })),
    site.indexNumber.template,
    site.indexNumber.orgCode,
  );
  const pattern = indexNumberPattern(site.indexNumber.template, site.indexNumber.orgCode);
  const owner = new Map<string, string>();
  for (const e of published) {
    const indexNo = numbers.get(entryKey(e))!;
    const first = owner.get(indexNo);
    if (first) {
      errors.push({
        file: e.file,
        field: '索引号（indexNo）',
        expected: `全站唯一的索引号；该号已被 ${first} 使用`,
        found: `"${indexNo}"`,
      });
    } else owner.set(indexNo, e.file);
    if (!generated.has(entryKey(e)) && !pattern.test(indexNo)) {
      warnings.push({
        file: e.file,
        field: '索引号（indexNo）',
        expected: `符合本站索引号规则 ${site.indexNumber.template}`,
        found: `"${indexNo}"`,
      });
    }
  }

  for (const e of entries) {
    const d = e.data;
    if (e.collection === 'interpretations' && !policyIds.has(d.policy as string)) {
      errors.push({
        file: e.file,
        field: '所解读文件（policy）',
        expected: '已存在的政策文件的文件名（content/policies 下的路径，不含 .md）',
        found: `${describeFound(d.policy)}，没有这个政策文件`,
      });
    }
    if (e.collection === 'policies' && d.replacedBy !== undefined && !policyIds.has(d.replacedBy as string)) {
      errors.push({
        file: e.file,
        field: '替代文件（replacedBy）',
        expected: '已存在的政策文件的文件名（content/policies 下的路径，不含 .md）',
        found: `${describeFound(d.replacedBy)}，没有这个政策文件`,
      });
    }
    if (e.collection === 'catalogue' && !columnFor(columns, { collection: 'catalogue', category: d.category as string })) {
      const leaves = [...columns.values()].filter((c) => c.isLeaf && c.node.source === 'catalogue');
      errors.push({
        file: e.file,
        field: '所属栏目（category）',
        expected: `以下栏目代码之一：${leaves.map((c) => `${c.node.key}（${c.node.name}）`).join('、')}`,
        found: describeFound(d.category),
      });
    }
    if (e.collection === 'news' && !newsKeys.has(d.column as string)) {
      errors.push({
        file: e.file,
        field: '栏目（column）',
        expected: `以下栏目代码之一：${site.newsColumns.map((c) => `${c.key}（${c.name}）`).join('、')}`,
        found: describeFound(d.column),
      });
    }
    const reserved =
      RESERVED_PAGE_PATHS.includes(e.id) || RESERVED_PAGE_PREFIXES.some((p) => e.id === p || e.id.startsWith(`${p}/`));
    if (e.collection === 'pages' && reserved) {
      errors.push({
        file: e.file,
        field: '文件位置',
        expected: `页面路径不能使用系统保留的地址：${[...RESERVED_PAGE_PATHS, ...RESERVED_PAGE_PREFIXES].join('、')}`,
        found: `/${e.id}/`,
      });
    }
    for (const [i, a] of ((d.attachments as { file: string }[] | undefined) ?? []).entries()) {
      const onDisk = path.join(root, e.collection, path.dirname(e.id), a.file);
      if (!fs.existsSync(onDisk)) {
        errors.push({
          file: e.file,
          field: describePath(['attachments', i, 'file']),
          expected: '与本文件在同一文件夹中的附件文件',
          found: `"${a.file}"，文件夹中没有这个文件`,
        });
      }
    }
  }
}

/** The whole report as text for the terminal, grouped by file. */
export function reportToText(report: CheckReport): string {
  const group = (list: ContentProblem[]) => {
    const byFile = new Map<string, ContentProblem[]>();
    for (const p of list) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
    return [...byFile]
      .map(([file, ps]) => `${file}\n${ps.map((p) => `  · ${p.field}\n      要求：${p.expected}\n      实际：${p.found}`).join('\n')}`)
      .join('\n');
  };
  const parts: string[] = [];
  if (report.errors.length) parts.push(`发现 ${report.errors.length} 个错误，网站未生成：\n${group(report.errors)}`);
  if (report.warnings.length) parts.push(`${report.warnings.length} 个提醒（不影响生成）：\n${group(report.warnings)}`);
  return parts.join('\n\n');
}

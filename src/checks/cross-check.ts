/**
 * Checks between entries, run over every entry that passed its schema (from
 * the cache or not): unique 索引号 (generated ones included), references to
 * policies that exist, columns that exist, page paths the framework does not
 * own, attachment files that are there.
 */
import path from 'node:path';
import { describePath } from '../schemas/labels.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { columnFor, flattenCatalogue } from '../catalogue/catalogue-tree.ts';
import { describeFound, type ContentProblem } from '../schemas/format-issues.ts';
import { entryKey, indexNumberPattern } from '../catalogue/index-number.ts';
import { registerOfEntries } from '../catalogue/index-registry.ts';
import { indexNumberProblems } from './check-index-numbers.ts';
import { fileExtension } from '../utils/file-info.ts';
import { realFileWithin } from '../fs/fs-safety.ts';
import { ATTACHMENT_TYPES_EXPECTED, isAllowedAttachment } from './attachment-types.ts';
import { indexNumbersOf, isPublishedDisclosure, type CheckedEntry } from '../catalogue/entry.ts';
import type { SourceLines } from './source-lines.ts';

/** Paths the framework owns; a page file may not take them (or anything below the prefixes). */
export const RESERVED_PAGE_PREFIXES = [
  'xxgk',
  'xwzx',
  'search',
  'search-index',
  'wzdt',
  'files',
  'offline',
  'sw.js',
  '404',
  'zwgk/fdzdgknr',
  'zwgk/nb',
  '_astro',
  'ysqgk/sq',
  'ysqgk/sqb',
  'hdjl/lxxd',
  'hdjl/zxft',
  'hdjl/zjyj',
  'sjqd',
  'rss',
  'open-data',
  'robots.txt',
  // The web CMS, the 繁體 twins, feeds, sitemaps and the site's own images: all generated or served by the build.
  'admin',
  'zh-hant',
  'rss.xml',
  'sitemap.xml',
  'sitemap-index.xml',
  'sitemap-0.xml',
  'favicon.svg',
  'emblem.svg',
  'conac.svg',
  'police.svg',
  'pagefind',
];
export const RESERVED_PAGE_PATHS = ['index', 'zwgk', 'zwgk/index'];

export interface CrossCheckInput {
  root: string;
  site: SiteSettings;
  entries: readonly CheckedEntry[];
  /** Every policy file's id, valid or not. */
  policyIds: ReadonlySet<string>;
  lines: SourceLines;
}

/** Returns the 索引号 of every published entry (entryKey → number), generated ones included. */
export function crossCheck(
  input: CrossCheckInput,
  errors: ContentProblem[],
  warnings: ContentProblem[],
): Map<string, string> {
  const { root, site, entries, policyIds, lines } = input;
  const columns = flattenCatalogue(site.catalogue);
  const newsKeys = new Set(site.newsColumns.map((c) => c.key));
  const at = (e: CheckedEntry, ...fieldPath: PropertyKey[]) => ({ file: e.file, line: lines.field(e.path, fieldPath) });

  // 索引号: unique over the whole site, generated ones included.
  const register = registerOfEntries(entries);
  const assigned = indexNumbersOf(entries, site, register);
  const { numbers, generated } = assigned;
  indexNumberProblems(
    { root, entries: entries.filter(isPublishedDisclosure), register, assigned, at },
    errors,
    warnings,
  );
  const pattern = indexNumberPattern(site.indexNumber.template, site.indexNumber.orgCode);
  const owner = new Map<string, string>();
  for (const e of entries.filter(isPublishedDisclosure)) {
    const indexNo = numbers.get(entryKey(e))!;
    const first = owner.get(indexNo);
    if (first) {
      errors.push({
        ...at(e, 'indexNo'),
        field: '索引号（indexNo）',
        expected: `全站唯一的索引号；该号已被 ${first} 使用`,
        found: `"${indexNo}"`,
      });
    } else owner.set(indexNo, e.file);
    if (!generated.has(entryKey(e)) && !pattern.test(indexNo)) {
      warnings.push({
        ...at(e, 'indexNo'),
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
        ...at(e, 'policy'),
        field: '所解读文件（policy）',
        expected: '已存在的政策文件的文件名（content/policies 下的路径，不含 .md）',
        found: `${describeFound(d.policy)}，没有这个政策文件`,
      });
    }
    if (e.collection === 'policies' && d.replacedBy !== undefined && !policyIds.has(d.replacedBy as string)) {
      errors.push({
        ...at(e, 'replacedBy'),
        field: '替代文件（replacedBy）',
        expected: '已存在的政策文件的文件名（content/policies 下的路径，不含 .md）',
        found: `${describeFound(d.replacedBy)}，没有这个政策文件`,
      });
    }
    if (
      e.collection === 'catalogue' &&
      !columnFor(columns, { collection: 'catalogue', category: d.category as string })
    ) {
      const leaves = [...columns.values()].filter((c) => c.isLeaf && c.node.source === 'catalogue');
      errors.push({
        ...at(e, 'category'),
        field: '所属栏目（category）',
        expected: `以下栏目代码之一：${leaves.map((c) => `${c.node.key}（${c.node.name}）`).join('、')}`,
        found: describeFound(d.category),
      });
    }
    if (e.collection === 'news' && !newsKeys.has(d.column as string)) {
      errors.push({
        ...at(e, 'column'),
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
        line: 1,
        field: '文件位置',
        expected: `页面路径不能使用系统保留的地址：${[...RESERVED_PAGE_PATHS, ...RESERVED_PAGE_PREFIXES].join('、')}`,
        found: `/${e.id}/`,
      });
    }
    for (const [i, a] of ((d.attachments as { file: string }[] | undefined) ?? []).entries()) {
      const onDisk = path.join(path.dirname(e.path), a.file);
      const where = { ...at(e, 'attachments', i, 'file'), field: describePath(['attachments', i, 'file']) };
      if (!isAllowedAttachment(a.file)) {
        // Checked before the file: an .html or .svg attachment would run its script on the site's origin.
        errors.push({
          ...where,
          expected: ATTACHMENT_TYPES_EXPECTED,
          found: `"${a.file}"，是 ${fileExtension(a.file).toUpperCase() || '没有扩展名的'} 文件`,
        });
        continue;
      }
      const real = realFileWithin(onDisk, root);
      if (!real.ok)
        errors.push({ ...where, expected: '与本文件在同一文件夹中的附件文件', found: `"${a.file}"，${real.problem}` });
    }
  }
  return numbers;
}

/**
 * The content collections: folder under `content/` and schema of each.
 * One list used by Astro's content config and by the content checker, so the
 * two can never disagree.
 */
import { catalogueItemSchema } from './catalogue-item.ts';
import { consultationSchema, interviewSchema, letterSchema } from './interaction.ts';
import { interpretationSchema } from './interpretation.ts';
import { newsSchema } from './news.ts';
import { pageSchema } from './page.ts';
import { policySchema } from './policy.ts';
import { reportSchema } from './report.ts';

export const collectionSchemas = {
  /** 政策文件 */
  policies: policySchema,
  /** 政策解读 */
  interpretations: interpretationSchema,
  /** 年度报告、工作要点、预决算 … */
  reports: reportSchema,
  /** Other 法定主动公开内容 items */
  catalogue: catalogueItemSchema,
  /** 政务动态、通知公告 */
  news: newsSchema,
  /** Stand-alone pages */
  pages: pageSchema,
  /** 互动交流: 留言选登 */
  letters: letterSchema,
  /** 互动交流: 在线访谈 */
  interviews: interviewSchema,
  /** 互动交流: 征集意见 */
  consultations: consultationSchema,
} as const;

export type CollectionName = keyof typeof collectionSchemas;
export const collectionNames = Object.keys(collectionSchemas) as CollectionName[];

/** Collections whose entries are 政府信息公开目录 items (with 索引号). */
export const disclosureCollections = ['policies', 'interpretations', 'reports', 'catalogue'] as const;
export type DisclosureCollection = (typeof disclosureCollections)[number];

/** Markdown and MDX files; files and folders starting with _ are drafts and ignored. */
export const contentPattern = ['**/*.{md,mdx}', '!**/_*', '!**/_*/**'];

/**
 * Any other 法定主动公开内容 item (条例 art. 20): 机构职能, 规划计划, 统计信息,
 * 财政预决算, 重大建设项目, 双随机一公开 … Its column is a key of the catalogue
 * tree in `content/site.yaml`.
 */
import { z } from 'zod';
import { disclosureFields, refineDates } from './disclosure.ts';
import { blankAsAbsent, text } from './fields.ts';

export const catalogueItemSchema = z
  .strictObject(
    blankAsAbsent({
      ...disclosureFields,
      /** 所属栏目: a leaf key of the catalogue tree in site.yaml, e.g. `ghjh` for 规划计划. */
      category: text('目录栏目代码（见 content/site.yaml 的 catalogue），例如 ghjh')
        .describe('条目列在信息公开目录的哪个栏目')
        .meta({ label: '所属栏目' }),
    }),
  )
  .superRefine(refineDates);

export type CatalogueItem = z.output<typeof catalogueItemSchema>;

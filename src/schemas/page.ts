/**
 * Stand-alone pages (信息公开指南, 信息公开制度, 机构概况, 联系我们, 声明 …).
 * The file path decides the URL: `content/pages/zwgk/zn.md` → `/zwgk/zn/`.
 */
import { z } from 'zod';
import { blankAsAbsent, dateOnly, piiReview, text } from './fields.ts';

/** Who read an `.mdx` page's code, and when. */
const codeReview = z.strictObject(
  { reviewer: text('审查人姓名').meta({ label: '审查人' }), date: dateOnly.meta({ label: '日期' }) },
  { error: '应为代码审查记录，写作 { reviewer: 审查人, date: 2026-03-02 }' },
);

export const pageSchema = z.strictObject(
  blankAsAbsent({
    /** 标题. */
    title: text('标题').meta({ label: '标题' }),
    /** 最后更新日期, shown at the foot of the page. */
    updated: dateOnly.meta({ label: '更新日期' }),
    /** 栏目描述, also used for the ColumnDescription meta tag. */
    description: z.string({ error: '应为页面描述文字' }).trim().min(1).optional().meta({ label: '描述' }),
    /** ColumnType meta value, e.g. 信息公开指南. */
    columnType: z
      .string({ error: '应为栏目类别，例如 信息公开指南' })
      .trim()
      .min(1)
      .optional()
      .meta({ label: '栏目类别' }),
    /** Show the 政府信息公开工作机构 contact block (name, address, hours, phone, fax, e-mail) from site.yaml. */
    showContact: z
      .boolean({ error: '应为 true 或 false' })
      .default(false)
      .describe('在正文后显示政府信息公开工作机构的地址、电话等')
      .meta({ label: '显示联系方式' }),
    /** 个人信息审查: recorded when the page publishes personal data on purpose. */
    piiReviewed: piiReview.optional().meta({ label: '个人信息审查' }),
    /** 代码审查: an `.mdx` page is code (checks/check-mdx.ts); recorded by the developer who read it. */
    codeReviewed: codeReview
      .optional()
      .describe('.mdx 页面含有脚本、事件属性或其他代码时，由开发人员审查后填写审查人和日期')
      .meta({ label: '代码审查' }),
  }),
);

export type Page = z.output<typeof pageSchema>;

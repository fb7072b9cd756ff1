/** 政务动态 and 通知公告: news items, outside the catalogue. */
import { z } from 'zod';
import { blankAsAbsent, dateTime, oneOf, piiReview, text } from './fields.ts';

export const newsSchema = z.strictObject(
  blankAsAbsent({
    /** 标题. */
    title: text('标题').meta({ label: '标题' }),
    /** 栏目: a key of `newsColumns` in site.yaml, e.g. `zwdt` (政务动态) or `tzgg` (通知公告). */
    column: text('新闻栏目代码（见 content/site.yaml 的 newsColumns），例如 zwdt').meta({ label: '栏目' }),
    /** 发布日期, `YYYY-MM-DD HH:MM`. */
    publishDate: dateTime.meta({ label: '发布日期' }),
    /** 来源: the unit that wrote it, or the outlet it is reprinted from. */
    source: text('来源单位').meta({ label: '来源' }),
    /** 作者 / 责任编辑 (optional). */
    author: z.string({ error: '应为作者姓名' }).trim().min(1).optional().meta({ label: '作者' }),
    /** 摘要 shown in lists. */
    summary: z
      .string({ error: '应为摘要文字' })
      .trim()
      .max(300, { error: '摘要不能超过300字' })
      .optional()
      .meta({ label: '内容概述' }),
    /** 正文字体: 简体 or 繁体; detected from the text when left out (utils/han-script.ts). */
    script: oneOf(['简体', '繁体'])
      .optional()
      .describe('正文用繁體书写时可填“繁体”；不填时按正文自动判断')
      .meta({ label: '正文字体' }),
    /** 个人信息审查: recorded when the item publishes personal data on purpose. */
    piiReviewed: piiReview.optional().meta({ label: '个人信息审查' }),
  }),
);

export type News = z.output<typeof newsSchema>;

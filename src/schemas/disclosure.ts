/**
 * Metadata every 政府信息公开目录 item carries (条例 art. 12: 索引、名称、内容概述、
 * 生成日期; plus the fields portals show in their metadata table). Policies,
 * interpretations, reports and other catalogue items all extend this.
 */
import { z } from 'zod';
import {
  attachment,
  dateOnly,
  dateTime,
  disclosureModes,
  docNumber,
  genres,
  keywords,
  oneOf,
  piiReview,
  text,
  topic,
} from './fields.ts';

export const disclosureFields = {
  /** 标题: the document's full title as issued. */
  title: text('标题').meta({ label: '标题' }),
  /**
   * 索引号: the catalogue's permanent identifier, e.g. `11990000MB0000001X/2024-00012`.
   * Leave it out and the build assigns the next number from the site's template.
   */
  indexNo: z
    .string({ error: '应为索引号，例如 11990000MB0000001X/2024-00012' })
    .trim()
    .regex(/^[0-9A-Za-z][0-9A-Za-z/-]{4,60}$/, {
      error: '应为索引号，只含字母、数字、/ 和 -，例如 11990000MB0000001X/2024-00012',
    })
    .optional()
    .describe('可以不填：生成网站时按本站规则自动编号。已发布的文件不要修改')
    .meta({ label: '索引号' }),
  /** 发布机构: the issuing body; several for a joint document. */
  publisher: z
    .preprocess(
      (v) => (typeof v === 'string' ? [v] : v),
      z
        .array(text('发布机构名称'), { error: '应为发布机构名称，联合发文可写成列表' })
        .min(1, { error: '至少填写一个发布机构' }),
    )
    .describe('联合发文时逐个添加各发文机关')
    .meta({ label: '发布机构' }),
  /** 发文字号, e.g. 示交规〔2024〕3号. Optional: not every item has one. */
  docNo: docNumber
    .optional()
    .describe('例如 示交规〔2024〕3号：六角括号、四位年份，序号不以0开头')
    .meta({ label: '发文字号' }),
  /** 成文日期: the date the document was signed, `YYYY-MM-DD`. */
  writtenDate: dateOnly.optional().meta({ label: '成文日期' }),
  /** 发布日期: when it went online, `YYYY-MM-DD HH:MM` (Beijing time). */
  publishDate: dateTime.meta({ label: '发布日期' }),
  /** 主题分类 from the gov.cn tree, `一级\二级`. */
  topic: topic.meta({ label: '主题分类' }),
  /** 体裁: one of the 13 公文种类 (通知、意见、公告 …). */
  genre: oneOf(genres).optional().meta({ label: '体裁' }),
  /** 公开方式: only 主动公开 items are published on the site. */
  disclosure: oneOf(disclosureModes)
    .default('主动公开')
    .describe('只有“主动公开”的条目会发布到网站')
    .meta({ label: '公开方式' }),
  /** 内容概述: a plain-language summary, at most 1,500 characters. */
  summary: z
    .string({ error: '应为内容概述文字' })
    .trim()
    .max(1500, { error: '内容概述不能超过1500字' })
    .optional()
    .meta({ label: '内容概述' }),
  /** 关键词 / 主题词. */
  keywords: keywords.optional().meta({ label: '关键词' }),
  /** 附件: files in the same folder as this entry. */
  attachments: z
    .array(attachment, { error: '应为附件列表，每项写作 - file: 附件1.pdf' })
    .default([])
    .describe('附件文件与本文件放在同一文件夹')
    .meta({ label: '附件' }),
  /** 正文字体: 简体 or 繁体; detected from the text when left out (utils/han-script.ts). */
  script: oneOf(['简体', '繁体'])
    .optional()
    .describe('正文用繁體书写时可填“繁体”；不填时按正文自动判断')
    .meta({ label: '正文字体' }),
  /** 个人信息审查: recorded when the entry publishes personal data on purpose. */
  piiReviewed: piiReview
    .optional()
    .describe('正文确需公开身份证号、手机号码或银行卡号时，经审查后填写审查人和日期')
    .meta({ label: '个人信息审查' }),
};

/** Checks that need two fields at once: 成文日期 must not be after 发布日期. */
export function refineDates<T extends { writtenDate?: string | undefined; publishDate: string }>(
  data: T,
  ctx: z.RefinementCtx,
): void {
  if (data.writtenDate && data.writtenDate > data.publishDate.slice(0, 10)) {
    ctx.addIssue({
      code: 'custom',
      path: ['writtenDate'],
      message: `成文日期应不晚于发布日期（${data.publishDate.slice(0, 10)}）`,
      input: data.writtenDate,
    });
  }
}

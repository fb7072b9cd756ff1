/**
 * 互动交流 content (《政府网站发展指引》 §四 网站功能: 解读回应和互动交流): 留言选登 (published letters with
 * their replies), 在线访谈 (transcripts) and 征集意见 (drafts put out for
 * public comment, with the summary of the feedback once closed).
 */
import { z } from 'zod';
import { blankAsAbsent, dateOnly, dateTime, oneOf, piiReview, text } from './fields.ts';

/** 留言选登: the letter and the reply are the body, under the headings 来信内容 and 答复内容. */
export const letterSchema = z.strictObject(
  blankAsAbsent({
    /** 标题, e.g. 关于某某客运站增开夜班车的建议. */
    title: text('标题').meta({ label: '标题' }),
    /** 渠道: 厅长信箱, 网上咨询, 12328 … (free text; a bare number such as 12328 is taken as text). */
    channel: z
      .preprocess((v) => (typeof v === 'number' ? String(v) : v), text('来信渠道，例如 厅长信箱'))
      .meta({ label: '来信渠道' }),
    /** 来信人, shown as written: publish no full name without consent (e.g. 王先生). */
    writer: text('来信人称呼，例如 王先生')
      .describe('只写称呼，如 王先生；未经同意不公布全名')
      .meta({ label: '来信人' }),
    /** 来信日期. */
    receivedDate: dateOnly.meta({ label: '来信日期' }),
    /** 答复日期. */
    replyDate: dateOnly.meta({ label: '答复日期' }),
    /** 办理单位. */
    handler: text('办理单位').meta({ label: '办理单位' }),
    /** 类别. */
    type: oneOf(['咨询', '建议', '投诉', '举报', '其他']).default('咨询').meta({ label: '类别' }),
    /** 个人信息审查 (see fields.ts). */
    piiReviewed: piiReview.optional().meta({ label: '个人信息审查' }),
  }),
);

/** 在线访谈: the transcript is the body. */
export const interviewSchema = z.strictObject(
  blankAsAbsent({
    title: text('标题').meta({ label: '标题' }),
    /** 访谈时间. */
    date: dateTime.meta({ label: '日期' }),
    /** 嘉宾, e.g. [示例省交通运输厅副厅长 李某某]. */
    guests: z
      .array(text('嘉宾'), { error: '应为嘉宾列表，例如 [示例省交通运输厅副厅长 李某某]' })
      .min(1, { error: '至少填写一位嘉宾' })
      .meta({ label: '嘉宾' }),
    /** 主持人. */
    host: z.string({ error: '应为主持人姓名' }).trim().min(1).optional().meta({ label: '主持人' }),
    /** 内容概要, shown in lists. */
    summary: z
      .string({ error: '应为内容概要' })
      .trim()
      .max(300, { error: '内容概要不能超过300字' })
      .optional()
      .meta({ label: '内容概述' }),
    /** 个人信息审查 (see fields.ts). */
    piiReviewed: piiReview.optional().meta({ label: '个人信息审查' }),
  }),
);

/** 征集意见: the draft and the notice are the body; the status follows from the dates. */
export const consultationSchema = z
  .strictObject(
    blankAsAbsent({
      title: text('标题').meta({ label: '标题' }),
      /** 发布日期. */
      publishDate: dateTime.meta({ label: '发布日期' }),
      /** 征集开始日期. */
      startDate: dateOnly.meta({ label: '征集开始日期' }),
      /** 征集截止日期 (the last day comments are taken). */
      endDate: dateOnly.meta({ label: '征集截止日期' }),
      /** 起草或征集单位. */
      unit: text('征集单位').meta({ label: '征集单位' }),
      /** How to send comments: e-mail, postal address, or an online form. */
      feedbackEmail: z
        .email({ error: '应为电子邮箱地址' })
        .optional()
        .describe('意见接收邮箱、地址、网址至少填写一项')
        .meta({ label: '意见接收邮箱' }),
      feedbackAddress: z.string({ error: '应为通信地址' }).trim().min(1).optional().meta({ label: '意见接收地址' }),
      feedbackUrl: z
        .string()
        .regex(/^https:\/\/\S+$/, { error: '应为以 https:// 开头的网址' })
        .optional()
        .meta({ label: '在线提交意见网址' }),
      /** 意见采纳情况, published after the consultation closed. */
      feedback: z
        .strictObject(
          {
            /** 公布日期. */
            date: dateOnly.meta({ label: '日期' }),
            /** 收到意见（条）. */
            received: z.number({ error: '应为收到意见的条数（整数）' }).int().min(0).meta({ label: '收到意见条数' }),
            /** 采纳（条）, including partly adopted. */
            adopted: z.number({ error: '应为采纳意见的条数（整数）' }).int().min(0).meta({ label: '采纳条数' }),
            /** 采纳情况说明. */
            summary: text('采纳情况说明').meta({ label: '内容概述' }),
          },
          { error: '应为意见采纳情况：date、received、adopted、summary' },
        )
        .optional()
        .describe('征集结束后填写：公布日期、收到和采纳的意见条数、采纳情况说明')
        .meta({ label: '意见采纳情况' }),
      /** 个人信息审查 (see fields.ts). */
      piiReviewed: piiReview.optional().meta({ label: '个人信息审查' }),
    }),
  )
  .refine((c) => c.endDate >= c.startDate, { error: '征集截止日期不能早于开始日期', path: ['endDate'] })
  .refine((c) => !c.feedback || c.feedback.adopted <= c.feedback.received, {
    error: '采纳条数不能多于收到的条数',
    path: ['feedback', 'adopted'],
  })
  .refine((c) => !c.feedback || c.feedback.date > c.endDate, {
    error: '意见采纳情况应在征集截止以后公布',
    path: ['feedback', 'date'],
  })
  .refine((c) => c.feedbackEmail || c.feedbackAddress || c.feedbackUrl, {
    error: '至少填写一种提交意见的方式：feedbackEmail、feedbackAddress 或 feedbackUrl',
    path: ['feedbackEmail'],
  });

export type Letter = z.output<typeof letterSchema>;
export type Interview = z.output<typeof interviewSchema>;
export type Consultation = z.output<typeof consultationSchema>;

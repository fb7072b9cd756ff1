/** 政策文件: 规章, 行政规范性文件 and 其他文件. */
import { z } from 'zod';
import { disclosureFields, refineDates } from './disclosure.ts';
import { blankAsAbsent, dateOnly, oneOf, validityValues } from './fields.ts';

export const policyKinds = ['规章', '行政规范性文件', '其他文件'] as const;
export type PolicyKind = (typeof policyKinds)[number];

export const policySchema = z
  .strictObject(
    blankAsAbsent({
      ...disclosureFields,
      /** 文件类别: decides the catalogue column the policy is listed in. */
      kind: oneOf(policyKinds).meta({ label: '文件类别' }),
      /** 有效性: 有效, 失效 (expired by its own terms) or 废止 (repealed). */
      validity: oneOf(validityValues).default('有效').meta({ label: '有效性' }),
      /** 生效日期 / 施行日期. */
      effectiveDate: dateOnly.optional().meta({ label: '施行日期' }),
      /** 失效或废止日期: required when 有效性 is 失效 or 废止. */
      validityDate: dateOnly.optional().describe('有效性为“失效”或“废止”时填写').meta({ label: '失效或废止日期' }),
      /** The file id of the policy that replaces this one, e.g. `2024/road-freight-rules`. */
      replacedBy: z
        .string({ error: '应为替代文件的文件名（不含 .md），例如 2024/road-freight-rules' })
        .trim()
        .min(1)
        .optional()
        .describe('文件被新文件替代时，选择替代它的政策文件')
        .meta({ label: '替代文件' }),
      /** Whether a 政策解读 is required for this policy (谁起草、谁解读). */
      needsInterpretation: z
        .boolean({ error: '应为 true 或 false' })
        .default(false)
        .describe('谁起草、谁解读：需要发布政策解读的文件')
        .meta({ label: '需要解读' }),
    }),
  )
  .superRefine((data, ctx) => {
    refineDates(data, ctx);
    if (data.validity !== '有效' && !data.validityDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['validityDate'],
        message: `有效性为“${data.validity}”时应填写失效或废止日期，格式 YYYY-MM-DD`,
        input: undefined,
      });
    }
    if (data.validity === '有效' && data.validityDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['validityDate'],
        message: '有效性为“有效”时不应填写失效或废止日期；如文件已失效或废止，请先修改有效性',
        input: data.validityDate,
      });
    }
  });

export type Policy = z.output<typeof policySchema>;

/** 政策解读: an interpretation of one policy document (谁起草、谁解读). */
import { z } from 'zod';
import { disclosureFields, refineDates } from './disclosure.ts';
import { blankAsAbsent, oneOf, text } from './fields.ts';

export const interpretationForms = ['文字', '图解', '问答', '访谈', '视频'] as const;

export const interpretationSchema = z
  .strictObject(
    blankAsAbsent({
      ...disclosureFields,
      /** 解读形式. */
      form: oneOf(interpretationForms).default('文字').meta({ label: '解读形式' }),
      /** The file id of the policy interpreted, e.g. `2024/road-freight-rules` (file name without .md). */
      policy: text('所解读政策文件的文件名（不含 .md），例如 2024/road-freight-rules')
        .describe('选择被解读的政策文件；两边的页面会互相链接')
        .meta({ label: '所解读文件' }),
    }),
  )
  .superRefine(refineDates);

export type Interpretation = z.output<typeof interpretationSchema>;

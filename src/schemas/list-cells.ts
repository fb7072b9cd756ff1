/**
 * Cell schemas for the data lists (content/lists/*.csv and *.yaml). A CSV
 * cell is always text and an empty cell means "not filled"; YAML may give
 * numbers or dates. Every schema takes either and yields clean text, so a
 * list reads the same whichever format the editor chose.
 */
import { z } from 'zod';
import { normaliseLineBreaks } from '../utils/control-chars.ts';
import { isCreditCode } from '../utils/id-codes.ts';
import { dateOnly, simplifiedSpelling, valuesInBothScripts } from './fields.ts';

/** '' and whitespace → undefined (not filled); numbers → text; Word's line breaks (U+000B …) → a space. */
function normalise(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value.trim() === '' ? undefined : normaliseLineBreaks(value.trim());
  return value;
}

/** Empty cells reach the schema as undefined, which the formatter reports as 必填项. */
const required = (schema: z.ZodType) => z.preprocess(normalise, schema);

/** Free text, e.g. a name or a legal basis. Line breaks are kept. */
export const textCell = (what: string) => required(z.string({ error: `应为${what}` }));
export const optionalTextCell = (what: string) =>
  z.preprocess(normalise, z.string({ error: `应为${what}` }).optional());

/** One value of a fixed vocabulary. */
export const oneOfCell = <const T extends readonly [string, ...string[]]>(values: T) =>
  required(
    z.preprocess(
      simplifiedSpelling(values),
      z.enum(values, { error: () => `应为以下之一（简体、繁體均可）：${valuesInBothScripts(values)}` }),
    ),
  );

/** One or more values of a vocabulary, separated by 、, e.g. 警告、罚款. */
export const manyOfCell = (values: readonly string[]) => {
  // Each part may be written in 繁體 (罰款) and is stored simplified.
  const spelling = simplifiedSpelling(values);
  const parts = (v: string) => v.split(/[、,，;；]/).map((part) => spelling(part.trim()) as string);
  return required(
    z
      .string()
      .refine((v) => parts(v).every((part) => values.includes(part)), {
        error: () => `应为以下之一，多个用“、”分隔（简体、繁體均可）：${valuesInBothScripts(values)}`,
      })
      .transform((v) => parts(v).join('、')),
  );
};

/** A calendar date, `YYYY-MM-DD` (YAML dates are accepted too). */
export const dateCell = required(dateOnly);
export const optionalDateCell = z.preprocess(normalise, dateOnly.optional());

/** A date, or 长期 for a permit without end. */
export const dateOrOpenEndedCell = required(
  z.union([z.literal('长期'), dateOnly], { error: '应为日期（YYYY-MM-DD）或“长期”' }),
);

/** An amount in 万元, at most 6 decimals, ≥ 0. Kept as written (no float noise). */
export const optionalMoneyCell = z.preprocess(
  normalise,
  z
    .string()
    .regex(/^\d+(\.\d{1,6})?$/, { error: '应为不小于0的金额（单位：万元），最多6位小数，例如 0.5' })
    .optional(),
);

/** 统一社会信用代码 with a valid check character. */
export const optionalCreditCodeCell = z.preprocess(
  (v) => (typeof v === 'string' ? normalise(v.toUpperCase()) : normalise(v)),
  z.string().refine(isCreditCode, { error: '应为18位统一社会信用代码，且校验位正确（GB 32100-2015）' }).optional(),
);

/** A code used in a URL: letters, digits and -, never p2 (that is a page number). */
export const codeCell = (what: string) =>
  required(
    z
      .string()
      .regex(/^(?![pP]\d+$)[A-Za-z0-9][A-Za-z0-9-]{0,63}$/, { error: `应为${what}（字母、数字和 -），例如 JT-XK-001` }),
  );

/** A web address for online handling. */
export const optionalUrlCell = z.preprocess(
  normalise,
  z
    .string()
    .regex(/^https:\/\/[^\s]+$/, { error: '应为以 https:// 开头的网址' })
    .optional(),
);

/**
 * Field schemas shared by several collections. Every message is written for
 * editors: it says what was expected; the formatter adds what was found.
 *
 * Dates are kept as plain strings in Beijing time ("2024-03-08",
 * "2024-03-08 10:30"), never as `Date` objects: a `Date` carries a time zone
 * and would shift a document published at 07:00 to the previous day on a
 * UTC build machine.
 */
import { z } from 'zod';
import vocabularies from '../data/xxgk-vocabularies.json' with { type: 'json' };
import { checkDocNumber } from '../utils/doc-number.ts';
import { isRealDate } from '../utils/dates.ts';
import { toSimplified, toTraditionalChars as hantSpelling } from '../utils/han-script.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** YAML turns an unquoted `2024-03-08` into a UTC Date; bring it back to text. */
function dateToText(value: unknown, withTime: boolean): unknown {
  if (!(value instanceof Date)) return typeof value === 'string' ? value.trim() : value;
  if (Number.isNaN(value.getTime())) return String(value);
  const day = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  return withTime ? `${day} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}` : day;
}

/** A calendar date, written `YYYY-MM-DD`. */
export const dateOnly = z
  .preprocess(
    (v) => dateToText(v, false),
    z
      .string({ error: '应为日期，格式 YYYY-MM-DD，例如 2024-03-08' })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '应为日期，格式 YYYY-MM-DD，例如 2024-03-08', abort: true })
      .refine(isRealDate, { error: '应为真实存在的日期（月份 01–12，日期不超过当月天数）' }),
  )
  // The format is named for the web CMS (src/cms/), which shows a date picker writing this format.
  .meta({ format: 'date' });

/**
 * A date with an optional time of day, written `YYYY-MM-DD HH:MM`.
 * A date alone is accepted and read as 00:00.
 */
export const dateTime = z
  .preprocess(
    (v) => dateToText(v, true),
    z
      .string({ error: '应为日期和时间，格式 YYYY-MM-DD HH:MM，例如 2024-03-08 10:30' })
      .regex(/^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?$/, {
        error: '应为日期和时间，格式 YYYY-MM-DD HH:MM，例如 2024-03-08 10:30',
        abort: true,
      })
      .refine((s) => isRealDate(s.slice(0, 10)) && isRealTime(s.slice(11)), {
        error: '应为真实存在的日期和时间（时 00–23，分 00–59）',
      })
      .transform((s) => (s.length === 10 ? `${s} 00:00` : s.slice(0, 16))),
  )
  .meta({ format: 'datetime' });

/** `HH:MM` or `HH:MM:SS` within a day; empty means no time given. */
function isRealTime(time: string): boolean {
  if (time === '') return true;
  const [h, m, s = 0] = time.split(':').map(Number);
  return h! <= 23 && m! <= 59 && s <= 59;
}

/** A required piece of text: not empty, not only spaces. */
export const text = (what = '文字') =>
  z
    .string({ error: `应为${what}` })
    .trim()
    .min(1, { error: `不能为空，应填写${what}` });

/** 发文字号: 机关代字〔年份〕序号号, per GB/T 9704-2012. */
export const docNumber = z
  .string({ error: '应为发文字号，例如 示交规〔2024〕3号' })
  .trim()
  .superRefine((value, ctx) => {
    const problem = checkDocNumber(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
  });

/** 主题分类, written `一级\二级` from the gov.cn tree (or a top level with no children). */
export const topic = z
  .preprocess(
    (v) => simplifiedSpelling(topicValues)(v),
    z
      .string({ error: '应为主题分类，写作“一级\\二级”，例如 工业、交通\\公路' })
      .trim()
      .superRefine((value, ctx) => {
        const [top, sub, extra] = value.split('\\');
        const children = (vocabularies.topics as Record<string, string[]>)[top ?? ''];
        const ok =
          children !== undefined &&
          extra === undefined &&
          (sub === undefined ? children.length === 0 : children.includes(sub));
        if (!ok) {
          const hint =
            children === undefined
              ? `一级分类应为以下之一：${valuesInBothScripts(Object.keys(vocabularies.topics))}`
              : `“${top}”下的二级分类应为以下之一：${valuesInBothScripts(children)}`;
          ctx.addIssue({
            code: 'custom',
            message: `应为主题分类目录中的值，写作“一级\\二级”（简体、繁體均可）；${hint}`,
            input: value,
          });
        }
      }),
  )
  .meta({ format: 'topic', description: '从主题分类目录中选择，写作“一级\\二级”' });

/** Every 主题分类 value the schema accepts, `一级\二级` (or a top level without children). */
export const topicValues: string[] = Object.entries(vocabularies.topics as Record<string, string[]>).flatMap(
  ([top, children]) => (children.length === 0 ? [top] : children.map((child) => `${top}\\${child}`)),
);

/**
 * A vocabulary value written in 繁體 (年度報告, 綜合政務) is read as its
 * simplified form, the one value stored and compared everywhere; anything
 * else is left for the schema to reject.
 */
export function simplifiedSpelling(values: readonly string[]): (value: unknown) => unknown {
  return (value) => {
    if (typeof value !== 'string' || values.includes(value.trim())) return value;
    const simplified = toSimplified(value.trim());
    return values.includes(simplified) ? simplified : value;
  };
}

/** The list of allowed values for a message, with the 繁體 spelling beside each one that has one. */
export function valuesInBothScripts(values: readonly string[]): string {
  // Character level is enough for a message; the phrase table is not needed to show 報告 for 报告.
  return values.map((v) => (hantSpelling(v) === v ? v : `${v}（${hantSpelling(v)}）`)).join('、');
}

/** One of the fixed words of a vocabulary, in either script; the message lists them all in both. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    simplifiedSpelling(values),
    z.enum(values, { error: () => `应为以下之一（简体、繁體均可）：${valuesInBothScripts(values)}` }),
  );

export const genres = vocabularies.genres as [string, ...string[]];
export const validityValues = ['有效', '失效', '废止'] as const;
export const disclosureModes = ['主动公开', '依申请公开', '不予公开'] as const;

/** Keywords: a list, or one string separated by 、 ， , ； or spaces. */
export const keywords = z.preprocess(
  (v) => (typeof v === 'string' ? v.split(/[、，,；;\s]+/).filter(Boolean) : v),
  z.array(z.string({ error: '每个关键词应为文字' }).trim().min(1), { error: '应为关键词列表，例如 [道路运输, 安全]' }),
);

/**
 * 个人信息审查: who checked the personal data this entry publishes (a
 * 身份证号, mobile or bank card number) and decided it may be published,
 * and when. Without it such numbers stop the build.
 */
export const piiReview = z.strictObject(
  {
    /** 审查人. */
    reviewer: text('审查人姓名').meta({ label: '审查人' }),
    /** 审查日期. */
    date: dateOnly.meta({ label: '日期' }),
  },
  { error: '应为个人信息审查记录，写作 { reviewer: 审查人, date: 2026-03-02 }' },
);

/**
 * Whether a value left in an optional field means "not given": null (a
 * YAML key with nothing after it), text of only spaces, an empty list, or
 * an object all of whose values are blank. Web CMSs save such values for fields left empty
 * (`validityDate: ""`, `piiReviewed: { reviewer: "", date: "" }`).
 */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && !(value instanceof Date)) {
    return Object.values(value as Record<string, unknown>).every(isBlank);
  }
  return false;
}

type Shape = Record<string, z.ZodType>;
const isOptional = (s: z.ZodType) => ['optional', 'default', 'prefault'].includes(s._zod.def.type);

/**
 * The fields of an object schema, with every optional field (`.optional()`
 * or `.default()`) reading a blank value (see isBlank) as absent: the field
 * is then left out, or takes its default. Required fields keep their
 * "不能为空" message. Wrap the shape given to `z.strictObject`.
 */
export function blankAsAbsent<T extends Shape>(shape: T): T {
  const out: Shape = {};
  for (const [key, schema] of Object.entries(shape)) {
    out[key] = isOptional(schema) ? z.preprocess((v) => (isBlank(v) ? undefined : v), schema) : schema;
  }
  return out as T;
}

/** An attachment file stored beside the entry. */
export const attachment = z.strictObject(
  blankAsAbsent({
    /** File name relative to the entry's folder, e.g. `附件1.pdf`. */
    file: z
      .string({ error: '应为附件文件名，例如 附件1.pdf' })
      .trim()
      .regex(/^(?!.*(^|\/)\.\.(\/|$))[^\\:*?"<>|]+\.[A-Za-z0-9]{1,5}$/, {
        error: '应为与本文件同一文件夹中的附件文件名（带扩展名，不含 .. 或 \\ : * ? " < > |），例如 附件1.pdf',
      })
      .meta({ label: '文件名' }),
    /** Title shown for the link; defaults to the file name. */
    title: z.string({ error: '应为附件标题' }).trim().min(1).optional().meta({ label: '标题' }),
    /**
     * `false` for a file screen readers cannot read (a scan, a PDF of images):
     * the page then offers a link to ask for an accessible format.
     */
    accessible: z
      .boolean({ error: '应为 true 或 false；扫描件等读屏软件无法朗读的文件写 false' })
      .optional()
      .meta({ label: '无障碍格式' }),
  }),
  { error: '应为附件，写作 { file: 附件1.pdf, title: 附件标题 }' },
);

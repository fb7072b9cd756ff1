/**
 * Entries as the web CMS saves them, made from the generated CMS fields
 * alone (not from the zod schemas): a value for each widget as Sveltia
 * writes it, with only the required fields filled or with every field, and
 * the Markdown file Sveltia writes (YAML frontmatter, then the body).
 */
import { stringify } from 'yaml';
import type { CmsField } from '../../src/cms/cms-fields.ts';

/** Values for text fields whose format a pattern cannot say (the content check knows it). */
const KNOWN_TEXT: Record<string, string> = {
  docNo: '示交规〔2026〕9号',
  indexNo: '11990000MB0000001X/2026-00901',
  feedbackUrl: 'https://zwfw.shili.gov.cn/jtt/yijian',
  href: '/zwgk/',
  key: 'lsxx',
  domain: 'jtt.shili.gov.cn',
  siteCode: '9900000001',
  icp: '示ICP备19000001号-1',
  recordCode: '99010202000001',
  conacId: '9900000001SL0001',
  postcode: '990001',
  orgCode: '11990000MB0000001X',
  template: '{orgCode}/{yyyy}-{seq:05}',
  repo: 'xxgk/jtt-site',
  apiRoot: 'https://git.shili.gov.cn/api/v1',
  baseUrl: 'https://git.shili.gov.cn',
  endpoint: '/api/ysqgk/',
  accessibleFormatRequest: '/contact/',
  updateWithin: '2周',
};

export interface SampleContext {
  /** The value stored by a relation widget (an existing entry's id). */
  relation: (field: CmsField) => string;
}

type Options = { options?: Array<string | { value: string }> };
const firstOption = (field: CmsField) => {
  const o = (field as Options).options![0]!;
  return typeof o === 'string' ? o : o.value;
};

/** A value for one field, as Sveltia saves it; undefined for fields it leaves alone (hidden). */
export function sampleValue(field: CmsField, ctx: SampleContext, all: boolean): unknown {
  const f = field as CmsField & {
    type?: string;
    multiple?: boolean;
    min?: number;
    value_type?: string;
    field?: CmsField;
    fields?: CmsField[];
  };
  switch (f.widget) {
    case 'string':
    case 'text':
      if (f.type === 'email') return 'xxgk@jtt.shili.gov.cn';
      return KNOWN_TEXT[f.name] ?? `示例${f.label}`;
    case 'datetime':
      return f.type === 'date' ? '2026-03-09' : '2026-03-09 10:30';
    case 'select':
      return f.multiple ? [firstOption(f)] : firstOption(f);
    case 'relation':
      return ctx.relation(f);
    case 'boolean':
      return true;
    case 'number':
      return f.min ?? 1;
    case 'file':
      return '附件1.pdf';
    case 'markdown':
      return '正文第一段。';
    case 'hidden':
      return undefined;
    case 'object':
      return sampleEntry(f.fields!, ctx, all);
    case 'list': {
      const count = Math.max(f.min ?? 0, 1);
      const item = () =>
        f.field ? sampleValue(f.field, ctx, all) : f.fields ? sampleEntry(f.fields, ctx, all) : `示例${f.label}`;
      return Array.from({ length: count }, item);
    }
    default:
      throw new Error(`no sample for widget ${f.widget} (${f.name})`);
  }
}

/** An entry's data: the required fields (and every field when `all`), body excluded. */
export function sampleEntry(fields: CmsField[], ctx: SampleContext, all = false): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.name === 'body' || (!all && field.required === false)) continue;
    const value = sampleValue(field, ctx, all);
    if (value !== undefined) data[field.name] = value;
  }
  return data;
}

/**
 * What Sveltia writes for a field left empty when `omit_empty_optional_fields`
 * is off: an empty string for text, dates and choices, an empty list, an
 * object of empty values, nothing for a boolean or a number.
 */
export function emptyValue(field: CmsField): unknown {
  const f = field as CmsField & { multiple?: boolean; fields?: CmsField[] };
  switch (f.widget) {
    case 'list':
      return [];
    case 'select':
      return f.multiple ? [] : '';
    case 'object':
      return Object.fromEntries(f.fields!.map((sub) => [sub.name, emptyValue(sub)]));
    case 'boolean':
      return false;
    case 'number':
      return null;
    default:
      return '';
  }
}

/** The file Sveltia writes: YAML frontmatter between --- lines, then the Markdown body. */
export function markdownFile(data: Record<string, unknown>, body = '正文第一段。'): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n`;
}

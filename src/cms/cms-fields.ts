/**
 * Sveltia CMS field definitions from the schema's fields (schema-fields.ts):
 * the widget for each kind of value, the Chinese label (written beside the
 * field in src/schemas/, looked up by src/schemas/labels.ts), required or
 * not, the default, the hint (the schema's description) and the same
 * pattern and message the content check uses. A few fields point to
 * other entries or to site settings; `special` gives their widget.
 */
import { fieldLabels } from '../schemas/labels.ts';
import { topicValues } from '../schemas/fields.ts';
import type { SchemaField, ValueKind } from './schema-fields.ts';

/** A Sveltia CMS field, as written into config.yml. */
export type CmsField = { name: string; label: string; widget: string } & Record<string, unknown>;

/** Widgets given by the caller, by field path (`category`, `attachments.file`). */
export type SpecialWidgets = Record<string, Record<string, unknown>>;

/** Long free text gets a text area; everything else a one-line input. */
const LONG_TEXT = new Set(['summary', 'description', 'emptyNote']);

/** Date formats in Day.js tokens, the same the schemas accept (src/schemas/fields.ts). */
export const DATE_FORMAT = 'YYYY-MM-DD';
export const DATETIME_FORMAT = 'YYYY-MM-DD HH:mm';

export class MissingLabelError extends Error {}

export function labelOf(name: string): string {
  const label = fieldLabels[name];
  if (!label)
    throw new MissingLabelError(
      `字段 ${name} 没有中文名称：请在 src/schemas/ 中该字段的定义后加上 .meta({ label: '中文名称' })`,
    );
  return label;
}

/** The widget and its options for a kind of value (without name, label or required). */
function widgetFor(value: ValueKind, path: string, special: SpecialWidgets): Record<string, unknown> {
  switch (value.kind) {
    case 'string': {
      const name = path.split('.').at(-1)!;
      const w: Record<string, unknown> = { widget: LONG_TEXT.has(name) ? 'text' : 'string' };
      if (value.email) w.type = 'email';
      if (value.pattern) w.pattern = [value.pattern.source, value.pattern.message];
      if (value.maxLength !== undefined) w.maxlength = value.maxLength;
      return w;
    }
    case 'date':
      return { widget: 'datetime', type: 'date', format: DATE_FORMAT };
    case 'datetime':
      return { widget: 'datetime', format: DATETIME_FORMAT };
    case 'topic':
      return { widget: 'select', options: topicValues };
    case 'enum':
      return { widget: 'select', options: value.values };
    case 'boolean':
      return { widget: 'boolean' };
    case 'number':
      return {
        widget: 'number',
        value_type: value.int ? 'int' : 'float',
        ...(value.min !== undefined && { min: value.min }),
        ...(value.max !== undefined && { max: value.max }),
      };
    case 'list':
      return listWidget(value, path, special);
    case 'object':
      return { widget: 'object', fields: cmsFields(value.fields, special, `${path}.`) };
    case 'unknown':
      throw new Error(`${path}: 无法在网页内容管理中编辑的字段，请在 special 中说明用什么控件`);
  }
}

function listWidget(
  value: Extract<ValueKind, { kind: 'list' }>,
  path: string,
  special: SpecialWidgets,
): Record<string, unknown> {
  const min = value.min !== undefined ? { min: value.min } : {};
  const item = value.of;
  // A list of fixed words is a multiple choice.
  if (item.kind === 'enum') return { widget: 'select', multiple: true, options: item.values, ...min };
  if (item.kind === 'object') {
    const fields = cmsFields(item.fields, special, `${path}.`);
    const summary = fields.find((f) => f.name === 'title' || f.name === 'name') ?? fields[0];
    return { widget: 'list', fields, ...(summary && { summary: `{{fields.${summary.name}}}` }), ...min };
  }
  // Words (发布机构, 关键词, 嘉宾): Sveltia's simple list, which also shows a single word written
  // as plain text (`publisher: 示例省交通运输厅`, as the schema allows) instead of dropping it.
  if (item.kind === 'string' && !item.pattern) return { widget: 'list', ...min };
  const name = path.split('.').at(-1)!;
  return { widget: 'list', field: { name: 'item', label: labelOf(name), ...widgetFor(item, path, special) }, ...min };
}

/** The CMS fields for schema fields; `prefix` is the path of the enclosing object (`attachments.`). */
export function cmsFields(fields: SchemaField[], special: SpecialWidgets = {}, prefix = ''): CmsField[] {
  return fields.map((f) => {
    const path = `${prefix}${f.name}`;
    const widget = special[path] ?? widgetFor(f.value, path, special);
    const field: CmsField = { name: f.name, label: labelOf(f.name), ...widget } as CmsField;
    // A hidden field (kept as it is, not edited here) takes no `required`.
    if (!f.required && field.widget !== 'hidden') field.required = false;
    if (f.default !== undefined && !(Array.isArray(f.default) && f.default.length === 0) && !isEmptyObject(f.default)) {
      field.default = f.default;
    }
    if (f.description) field.hint = f.description;
    return field;
  });
}

const isEmptyObject = (v: unknown) =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0;

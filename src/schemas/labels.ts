/**
 * Chinese names of frontmatter and site.yaml fields, for messages editors
 * read and for the web CMS. Each label is written beside its field in the
 * schema modules, as zod metadata: `docNo: docNumber.optional().meta({ label: '发文字号' })`.
 * This module reads them back into one lookup by field name, so a message
 * names a field the same way wherever it occurs; two different labels for
 * one name stop the build at load (test/unit/field-labels.test.ts also
 * checks that every field has its label).
 */
import { z } from 'zod';
import { collectionSchemas } from './collections.ts';
import { siteSchema } from './site.ts';

type Schema = z.core.$ZodType;
type Def = Record<string, unknown> & { type: string };
const defOf = (s: Schema) => s._zod.def as unknown as Def;

/** The label a field's schema carries, looking through optional/default/pipe wrappers. */
export function labelOf(schema: Schema): string | undefined {
  for (let s: Schema | undefined = schema; s;) {
    const label = (z.globalRegistry.get(s as z.ZodType) as { label?: unknown } | undefined)?.label;
    if (typeof label === 'string') return label;
    const def = defOf(s);
    if (['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch'].includes(def.type))
      s = def.innerType as Schema;
    else if (def.type === 'pipe')
      s = defOf(def.in as Schema).type === 'transform' ? (def.out as Schema) : (def.in as Schema);
    else return undefined;
  }
  return undefined;
}

/** The schemas a field can hold: its wrappers, list items, union members and nested objects' fields. */
function innerSchemas(schema: Schema): Schema[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
    case 'catch':
      return [def.innerType as Schema];
    case 'pipe':
      return [def.in as Schema, def.out as Schema];
    case 'array':
      return [def.element as Schema];
    case 'union':
      return def.options as Schema[];
    case 'record':
      return [def.valueType as Schema];
    case 'object':
      return Object.values(def.shape as Record<string, Schema>);
    default:
      return [];
  }
}

/** Every object field under `roots`, with the label its schema carries (undefined: none). */
export function labelledFields(roots: readonly Schema[]): { name: string; label: string | undefined }[] {
  const fields: { name: string; label: string | undefined }[] = [];
  const seen = new Set<Schema>();
  const visit = (schema: Schema) => {
    if (seen.has(schema)) return;
    seen.add(schema);
    const def = defOf(schema);
    if (def.type === 'object') {
      for (const [name, field] of Object.entries(def.shape as Record<string, Schema>))
        fields.push({ name, label: labelOf(field) });
    }
    for (const inner of innerSchemas(schema)) visit(inner);
  };
  for (const root of roots) visit(root);
  return fields;
}

/** The schemas whose fields an editor writes: every collection's frontmatter and site.yaml. */
export const labelledSchemas: readonly Schema[] = [...Object.values(collectionSchemas), siteSchema];

function collectLabels(): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const { name, label } of labelledFields(labelledSchemas)) {
    if (label === undefined) continue;
    const known = labels[name];
    if (known !== undefined && known !== label) {
      throw new Error(
        `Field ${name} is labelled both “${known}” and “${label}”: one name, one label, so messages stay consistent`,
      );
    }
    labels[name] = label;
  }
  return labels;
}

/** Chinese names of fields by field name, collected from the schemas. */
export const fieldLabels: Record<string, string> = collectLabels();

/** The Chinese name of a field, or undefined when no schema labels it. */
export const fieldLabel = (name: string): string | undefined => fieldLabels[name];

/** `['attachments', 0, 'file']` → `附件 第1项 › 文件名 (attachments[0].file)`. */
export function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '整个文件';
  const words: string[] = [];
  let code = '';
  for (const part of path) {
    if (typeof part === 'number') {
      words.push(`第${part + 1}项`);
      code += `[${part}]`;
    } else {
      const name = String(part);
      words.push(fieldLabels[name] ?? name);
      code += code ? `.${name}` : name;
    }
  }
  return `${words.join(' › ')}（${code}）`;
}

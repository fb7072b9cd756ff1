/**
 * Reads a zod object schema as a list of fields: name, whether it is
 * required, its default, its description and the kind of value it takes.
 * The web CMS's configuration is built from this reading (cms-fields.ts),
 * so the CMS shows exactly the fields the content check accepts.
 *
 * Wrappers that do not change what an editor types are looked through:
 * `.optional()` and `.default()` (not required), preprocessing steps
 * (`z.preprocess`, blankAsAbsent), a final `.transform()` and refinements.
 * Formats named in a schema's metadata (`.meta({ format })`, see
 * src/schemas/fields.ts) say which strings are dates, date-times or
 * 主题分类.
 */
import { z } from 'zod';

export type ValueKind =
  | { kind: 'string'; pattern?: { source: string; message: string }; maxLength?: number; email?: boolean }
  | { kind: 'date' }
  | { kind: 'datetime' }
  | { kind: 'topic' }
  | { kind: 'enum'; values: string[] }
  | { kind: 'boolean' }
  | { kind: 'number'; int: boolean; min?: number; max?: number }
  | { kind: 'list'; of: ValueKind; min?: number }
  | { kind: 'object'; fields: SchemaField[] }
  | { kind: 'unknown' };

export interface SchemaField {
  name: string;
  required: boolean;
  /** The default applied when the field is left out, if any. */
  default?: unknown;
  /** The schema's description (`.describe()`), shown as the field's hint. */
  description?: string;
  value: ValueKind;
}

type Schema = z.core.$ZodType;
type Def = Record<string, unknown> & { type: string };

const defOf = (s: Schema) => s._zod.def as unknown as Def;
const metaOf = (s: Schema) =>
  z.globalRegistry.get(s as z.ZodType) as { format?: string; description?: string; values?: string[] } | undefined;

/** A check's message, read from its `error` option (zod keeps it as a function). */
function messageOf(error: unknown): string | undefined {
  if (typeof error === 'string') return error;
  if (typeof error === 'function') {
    const m = (error as (issue: unknown) => unknown)({});
    return typeof m === 'string' ? m : undefined;
  }
  return undefined;
}

interface Unwrapped {
  inner: Schema;
  /** A closed list of words a refinement checks (`.meta({ values })`). */
  values?: string[];
  required: boolean;
  default?: unknown;
  description?: string;
  format?: string;
}

/** Peels optional/default/pipe wrappers, collecting what they say on the way. */
function unwrap(schema: Schema): Unwrapped {
  const found: Unwrapped = { inner: schema, required: true };
  let s = schema;
  for (;;) {
    const meta = metaOf(s);
    found.description ??= meta?.description;
    found.format ??= meta?.format;
    found.values ??= meta?.values;
    const def = defOf(s);
    if (def.type === 'optional') {
      found.required = false;
      s = def.innerType as Schema;
    } else if (def.type === 'default' || def.type === 'prefault') {
      found.required = false;
      const value = def.defaultValue;
      found.default = typeof value === 'function' ? (value as () => unknown)() : value;
      s = def.innerType as Schema;
    } else if (def.type === 'pipe') {
      // z.preprocess(f, s) is pipe(transform, s); s.transform(f) is pipe(s, transform).
      const input = def.in as Schema;
      s = defOf(input).type === 'transform' ? (def.out as Schema) : input;
    } else if (def.type === 'nullable' || def.type === 'readonly' || def.type === 'catch') {
      s = def.innerType as Schema;
    } else break;
  }
  found.inner = s;
  return found;
}

interface Check {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  inclusive?: boolean;
  value?: number;
  error?: unknown;
}

const checksOf = (s: Schema): Check[] =>
  ((defOf(s).checks as Schema[] | undefined) ?? []).map((c) => c._zod.def as unknown as Check);

function stringKind(s: Schema): ValueKind {
  const def = defOf(s);
  const value: Extract<ValueKind, { kind: 'string' }> = { kind: 'string' };
  if (def.format === 'email') value.email = true;
  for (const c of checksOf(s)) {
    if (c.check === 'string_format' && c.format === 'regex' && c.pattern) {
      value.pattern = { source: c.pattern.source, message: messageOf(c.error) ?? messageOf(def.error) ?? '格式不正确' };
    }
    if (c.check === 'max_length' && c.maximum !== undefined) value.maxLength = c.maximum;
  }
  return value;
}

function numberKind(s: Schema): ValueKind {
  const def = defOf(s);
  const value: Extract<ValueKind, { kind: 'number' }> = { kind: 'number', int: def.format === 'safeint' };
  for (const c of checksOf(s)) {
    if (c.check === 'number_format' && (c.format === 'safeint' || c.format === 'int32')) value.int = true;
    if (c.check === 'greater_than' && c.value !== undefined) value.min = c.value;
    if (c.check === 'less_than' && c.value !== undefined) value.max = c.value;
  }
  return value;
}

/** What kind of value a (wrapper-free) schema takes. */
function valueKind(s: Schema, format: string | undefined, values?: string[]): ValueKind {
  if (format === 'date' || format === 'datetime' || format === 'topic') return { kind: format };
  if (values) return { kind: 'enum', values };
  const def = defOf(s);
  switch (def.type) {
    case 'string':
      return stringKind(s);
    case 'enum':
      return { kind: 'enum', values: Object.values(def.entries as Record<string, string>) };
    case 'literal':
      return { kind: 'enum', values: (def.values as unknown[]).map(String) };
    case 'boolean':
      return { kind: 'boolean' };
    case 'number':
      return numberKind(s);
    case 'array': {
      const element = unwrap(def.element as Schema);
      const min = checksOf(s).find((c) => c.check === 'min_length')?.minimum;
      return {
        kind: 'list',
        of: valueKind(element.inner, element.format, element.values),
        ...(min !== undefined && { min }),
      };
    }
    case 'object':
      return { kind: 'object', fields: schemaFields(s) };
    default:
      return { kind: 'unknown' };
  }
}

/** The fields of an object schema (or of the object a pipe or transform starts from), in order. */
export function schemaFields(schema: Schema): SchemaField[] {
  const object = unwrap(schema).inner;
  const def = defOf(object);
  if (def.type !== 'object') throw new Error(`not an object schema: ${def.type}`);
  return Object.entries(def.shape as Record<string, Schema>).map(([name, field]) => {
    const u = unwrap(field);
    return {
      name,
      required: u.required,
      ...(u.default !== undefined && { default: u.default }),
      ...(u.description !== undefined && { description: u.description }),
      value: valueKind(u.inner, u.format, u.values),
    };
  });
}

/**
 * The web CMS and the content schemas cannot drift apart. The generated
 * CMS configuration is read as Sveltia reads it (config.yml), and each of
 * its fields is tried against the real zod schema by parsing entries:
 * - the same fields, at every level (a schema field with no CMS field, or
 *   a CMS field the schema does not know, fails);
 * - required in the CMS exactly where the schema requires a value;
 * - the same choices for every select, the same kind of value, and
 *   patterns that reject what the schema rejects;
 * - an entry as the CMS saves it, with only the required fields filled
 *   and the optional ones left out or left empty, passes the schema, and
 *   such files pass the whole content check beside the sample content.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cmsConfig, cmsConfigYaml } from '../../src/cms/config.ts';
import type { CmsField } from '../../src/cms/cms-fields.ts';
import { checkContent } from '../../src/checks/check-content.ts';
import { collectionNames, collectionSchemas, type CollectionName } from '../../src/schemas/collections.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { readFrontmatter } from '../../src/catalogue/entry-files.ts';
import { loadSiteSettings } from '../../src/schemas/site-settings.ts';
import { emptyValue, markdownFile, sampleEntry, sampleValue, type SampleContext } from '../support/cms-entries.ts';
import { projectRoot } from '../support/paths.ts';

const contentDir = path.join(projectRoot, 'content');
const site = loadSiteSettings(contentDir);
// As Sveltia gets it: the YAML text, parsed.
const config = parse(cmsConfigYaml(cmsConfig(site, { repoRoot: projectRoot, contentRoot: contentDir }))) as {
  collections: Array<{ name: string; fields?: CmsField[]; files?: Array<{ fields: CmsField[] }> }>;
};
const fieldsOf = (name: string): CmsField[] => {
  const c = config.collections.find((x) => x.name === name)!;
  return (c.fields ?? c.files![0]!.fields).filter((f) => f.name !== 'body');
};

const somePolicy = fs
  .readdirSync(path.join(contentDir, 'policies', '2024'))
  .find((f) => f.endsWith('.md'))!
  .replace(/\.md$/, '');
const ctx: SampleContext = { relation: () => `2024/${somePolicy}` };

/** Rules across fields that a CMS field cannot state (each CMS hint says them). */
const ACROSS_FIELDS: Partial<Record<string, { minimal?: Record<string, unknown>; full?: Record<string, unknown> }>> = {
  // 有效 must have no 失效或废止日期: the full entry is a repealed one.
  policies: { full: { validity: '废止' } },
  // At least one way to send comments; feedback is published after the end date.
  consultations: {
    minimal: { feedbackEmail: 'zjyj@jtt.shili.gov.cn' },
    full: { feedback: { date: '2026-03-20', received: 3, adopted: 1, summary: '采纳情况说明。' } },
  },
};

const targets: Array<{ name: string; schema: z.ZodType }> = [
  ...collectionNames.map((name) => ({ name, schema: collectionSchemas[name] as z.ZodType })),
  { name: 'settings', schema: siteSchema },
];

/** The object shape a schema describes (through optional, default and pipes), or undefined. */
function shapeOf(schema: z.core.$ZodType): Record<string, z.core.$ZodType> | undefined {
  const def = schema._zod.def as unknown as Record<string, z.core.$ZodType> & { type: string };
  if (def.type === 'object') return (def as unknown as { shape: Record<string, z.core.$ZodType> }).shape;
  if (def.type === 'optional' || def.type === 'default') return shapeOf(def.innerType!);
  if (def.type === 'array') return shapeOf(def.element!);
  if (def.type === 'pipe') return shapeOf(def.in!._zod.def.type === 'transform' ? def.out! : def.in!);
  return undefined;
}

/** Every field with its path: top level, objects, and the items of lists of objects. */
function walk(fields: CmsField[], prefix: string[] = []): Array<{ path: string[]; field: CmsField }> {
  return fields.flatMap((field) => {
    const here = [...prefix, field.name];
    const sub = (field as { fields?: CmsField[] }).fields;
    const inList = field.widget === 'list' ? [0] : [];
    return [{ path: here, field }, ...(sub ? walk(sub, [...here, ...inList.map(String)]) : [])];
  });
}

function setAt(data: Record<string, unknown>, at: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(data);
  let node = copy as Record<string, unknown>;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string, unknown>;
  if (value === undefined) delete node[at.at(-1)!];
  else node[at.at(-1)!] = value;
  return copy;
}

const accepts = (schema: z.ZodType, data: unknown) => schema.safeParse(data).success;

/** Choices taken from site.yaml: the schema takes any text, the content check compares it with site.yaml. */
const SITE_CHOICES = new Set(['catalogue:category', 'news:column']);

describe.each(targets)('the CMS fields of $name', ({ name, schema }) => {
  const fields = fieldsOf(name);
  const full = { ...sampleEntry(fields, ctx, true), ...ACROSS_FIELDS[name]?.full };
  const minimal = { ...sampleEntry(fields, ctx), ...ACROSS_FIELDS[name]?.minimal };
  /** The minimal entry with the top-level field of `at` filled in completely. */
  const around = (at: string[]) => ({ ...minimal, [at[0]!]: full[at[0]!] });

  it('are the schema fields, at every level', () => {
    expect(fields.map((f) => f.name).sort()).toEqual(Object.keys(shapeOf(schema)!).sort());
    for (const { path: at, field } of walk(fields)) {
      const sub = (field as { fields?: CmsField[] }).fields;
      if (!sub) continue;
      let s: z.core.$ZodType = schema;
      for (const key of at.filter((k) => !/^\d+$/.test(k))) s = shapeOf(s)![key]!;
      expect(sub.map((f) => f.name).sort(), at.join('.')).toEqual(Object.keys(shapeOf(s)!).sort());
    }
  });

  it('take an entry with every field filled', () => {
    const result = schema.safeParse(full);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('are required exactly where the schema requires a value', () => {
    for (const { path: at, field } of walk(fields)) {
      if (field.widget === 'hidden') continue;
      const optional = field.required === false;
      // Left out of some valid entry (one of three feedback channels may go when the others are there).
      const canGo = accepts(schema, setAt(around(at), at, undefined)) || accepts(schema, setAt(full, at, undefined));
      expect(canGo, `${at.join('.')} optional`).toBe(optional);
    }
  });

  it('offer the same choices', () => {
    for (const { path: at, field } of walk(fields)) {
      if (field.widget !== 'select') continue;
      const options = (field as CmsField & { options: Array<string | { value: string }> }).options.map((o) =>
        typeof o === 'string' ? o : o.value,
      );
      const multiple = (field as { multiple?: boolean }).multiple;
      // Each choice is valid in some entry (失效 and 废止 need a date, 有效 none).
      const takes = (value: unknown) =>
        accepts(schema, setAt(full, at, value)) || accepts(schema, setAt(around(at), at, value));
      for (const option of options)
        expect(takes(multiple ? [option] : option), `${at.join('.')} = ${option}`).toBe(true);
      if (SITE_CHOICES.has(`${name}:${at.join('.')}`)) continue;
      expect(takes(multiple ? ['不存在的选项'] : '不存在的选项'), at.join('.')).toBe(false);
    }
  });

  it('take the same kind of value, and patterns reject what the schema rejects', () => {
    const wrong: Record<string, unknown> = {
      string: { a: 1 },
      text: { a: 1 },
      datetime: '2026-13-45',
      number: 'abc',
      boolean: 'yes',
      list: { a: 1 },
      object: 'x',
      relation: { a: 1 },
      file: { a: 1 },
    };
    for (const { path: at, field } of walk(fields)) {
      if (!(field.widget in wrong)) continue;
      expect(accepts(schema, setAt(full, at, wrong[field.widget])), `${at.join('.')} (${field.widget})`).toBe(false);
      const pattern = (field as { pattern?: [string, string] }).pattern;
      if (pattern) {
        const good = sampleValue(field, ctx, true) as string;
        expect(new RegExp(pattern[0]).test(good), `${at.join('.')} sample`).toBe(true);
        expect(new RegExp(pattern[0]).test('!! 不合格'), at.join('.')).toBe(false);
        expect(accepts(schema, setAt(full, at, '!! 不合格')), at.join('.')).toBe(false);
      }
    }
  });

  it('save an entry with only the required fields that the schema accepts, optional fields left out or left empty', () => {
    const read = (data: Record<string, unknown>) => {
      const parsed = readFrontmatter(markdownFile(data));
      expect(parsed.ok).toBe(true);
      const result = schema.safeParse(parsed.ok ? parsed.data : undefined);
      return result.success ? [] : result.error.issues;
    };
    expect(read(minimal)).toEqual([]);
    const empty = Object.fromEntries(
      fields.filter((f) => f.required === false && f.widget !== 'hidden').map((f) => [f.name, emptyValue(f)]),
    );
    expect(read({ ...empty, ...minimal })).toEqual([]);
  });
});

describe('entries saved by the CMS', () => {
  it('pass the whole content check beside the sample content', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-cms-'));
    try {
      fs.cpSync(contentDir, root, { recursive: true });
      const written: string[] = [];
      for (const name of collectionNames) {
        const minimal = { ...sampleEntry(fieldsOf(name), ctx), ...ACROSS_FIELDS[name]?.minimal };
        const folder =
          name === 'catalogue'
            ? String(minimal.category)
            : ['policies', 'interpretations', 'news', 'letters'].includes(name)
              ? '2026'
              : '';
        const file = path.join(root, name, folder, 'cms-minimal.md');
        fs.mkdirSync(path.dirname(file), { recursive: true });
        const body = config.collections.find((c) => c.name === name)!.fields!.find((f) => f.name === 'body')!
          .default as string | undefined;
        fs.writeFileSync(file, markdownFile(minimal, body ?? '正文第一段。'));
        written.push(file);
      }
      const report = checkContent(root);
      const ours = report.errors.filter((p) =>
        written.some((w) => w.endsWith(p.file.replace(/^.*?content\//, '')) || p.file.endsWith('cms-minimal.md')),
      );
      expect(ours).toEqual([]);
      expect(report.errors).toEqual([]);
      expect(
        report.entries
          .filter((e) => e.id.endsWith('cms-minimal'))
          .map((e) => e.collection)
          .sort(),
      ).toEqual([...collectionNames].sort());
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('cover every collection of the content config', () => {
    expect(config.collections.map((c) => c.name)).toEqual([...collectionNames, 'settings'] satisfies Array<
      CollectionName | 'settings'
    >);
  });
});

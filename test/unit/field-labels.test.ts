/**
 * Labels live beside their fields in the schema modules (`.meta({ label })`);
 * src/schemas/labels.ts reads them back into the one lookup that messages
 * and the web CMS use. These tests hold both ends: every field an editor
 * can write has its label, and the lookup sees through the wrappers the
 * schemas use.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { blankAsAbsent } from '../../src/schemas/fields.ts';
import {
  describePath,
  fieldLabel,
  fieldLabels,
  labelledFields,
  labelledSchemas,
  labelOf,
} from '../../src/schemas/labels.ts';

describe('field labels', () => {
  it('are written beside every field of every collection and of site.yaml', () => {
    const fields = labelledFields(labelledSchemas);
    expect(fields.length).toBeGreaterThan(150);
    expect(fields.filter((f) => f.label === undefined).map((f) => f.name)).toEqual([]);
  });

  it('give one name one label wherever the field occurs', () => {
    const byName = new Map<string, Set<string>>();
    for (const { name, label } of labelledFields(labelledSchemas)) {
      byName.set(name, (byName.get(name) ?? new Set()).add(label!));
    }
    const conflicting = [...byName].filter(([, labels]) => labels.size > 1);
    expect(conflicting).toEqual([]);
    expect(Object.keys(fieldLabels).sort()).toEqual([...byName.keys()].sort());
  });

  it('name fields in messages as before', () => {
    expect(fieldLabel('docNo')).toBe('发文字号');
    expect(fieldLabel('validityDate')).toBe('失效或废止日期');
    expect(fieldLabel('recordCode')).toBe('备案号');
    expect(fieldLabel('nope')).toBeUndefined();
    expect(describePath(['piiReviewed', 'date'])).toBe('个人信息审查 › 日期（piiReviewed.date）');
    expect(describePath(['interaction', 'channels', 0, 'href'])).toBe(
      '互动交流 › 互动渠道 › 第1项 › 链接（interaction.channels[0].href）',
    );
  });

  it('are read through optional, default, describe, preprocess and blankAsAbsent', () => {
    const shape = blankAsAbsent({
      a: z.string().optional().meta({ label: '甲' }).describe('提示'),
      b: z.string().meta({ label: '乙' }).default('x'),
      c: z
        .preprocess((v) => v, z.string())
        .meta({ label: '丙' })
        .optional(),
      d: z.string(),
    });
    expect(labelOf(shape.a)).toBe('甲');
    expect(labelOf(shape.b)).toBe('乙');
    expect(labelOf(shape.c)).toBe('丙');
    expect(labelOf(shape.d)).toBeUndefined();
    const fields = labelledFields([z.strictObject({ outer: z.array(z.strictObject(shape)).meta({ label: '外' }) })]);
    expect(fields.map((f) => `${f.name}=${f.label ?? ''}`)).toEqual(['outer=外', 'a=甲', 'b=乙', 'c=丙', 'd=']);
  });
});

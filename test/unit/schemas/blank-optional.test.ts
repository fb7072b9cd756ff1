/**
 * Optional fields left empty read as absent (src/schemas/fields.ts
 * blankAsAbsent): web CMSs save `validityDate: ""` or an object of empty
 * values for fields an editor did not fill in, and YAML reads a key with
 * nothing after it as null. Required fields still say they are empty.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { blankAsAbsent, isBlank } from '../../../src/schemas/fields.ts';
import { consultationSchema } from '../../../src/schemas/interaction.ts';
import { policySchema } from '../../../src/schemas/policy.ts';
import { siteSchema } from '../../../src/schemas/site.ts';
import { loadSiteSettings } from '../../../src/schemas/site-settings.ts';
import { baseDocument, problemsOf } from '../../support/schema-problems.ts';
import { projectRoot } from '../../support/paths.ts';
import path from 'node:path';

const policy = { ...baseDocument, kind: '规章' };

describe('isBlank', () => {
  it('is true for null, empty or space-only text, an empty list and an object of blanks', () => {
    for (const v of [null, undefined, '', '  ', [], {}, { reviewer: '', date: null }, { a: { b: ' ' } }])
      expect(isBlank(v), JSON.stringify(v)).toBe(true);
  });
  it('is false for any value given', () => {
    for (const v of ['x', 0, false, ['x'], { reviewer: '张三', date: '' }, new Date(0)])
      expect(isBlank(v), String(v)).toBe(false);
  });
});

describe('blankAsAbsent', () => {
  const schema = z.strictObject(
    blankAsAbsent({
      name: z.string().min(1, { error: '不能为空' }),
      note: z.string().min(1).optional(),
      mode: z.enum(['甲', '乙']).default('甲'),
    }),
  );

  it('leaves an optional field out and gives a defaulted one its default', () => {
    expect(schema.parse({ name: 'x', note: '', mode: '' })).toEqual({ name: 'x', mode: '甲' });
    expect(schema.parse({ name: 'x', note: null, mode: null })).toEqual({ name: 'x', mode: '甲' });
    expect(schema.parse({ name: 'x' })).toEqual({ name: 'x', mode: '甲' });
  });

  it('keeps a required field required, and a value given is still checked', () => {
    expect(schema.safeParse({ name: '' }).success).toBe(false);
    expect(schema.safeParse({ name: 'x', mode: '丙' }).success).toBe(false);
  });
});

describe('the content schemas with fields left empty', () => {
  it('read an empty 失效或废止日期, 发文字号 and 替代文件 as not given', () => {
    const parsed = policySchema.parse({
      ...policy,
      validityDate: '',
      docNo: '',
      replacedBy: '',
      writtenDate: null,
      genre: '',
      keywords: [],
    });
    expect(parsed.validityDate).toBeUndefined();
    expect(parsed.docNo).toBeUndefined();
    expect(parsed.writtenDate).toBeUndefined();
    expect(parsed.genre).toBeUndefined();
  });

  it('still require 失效或废止日期 for a repealed policy, with the same message', () => {
    expect(problemsOf(policySchema, { ...policy, validity: '废止', validityDate: '' }).map((p) => p.expected)).toEqual([
      '有效性为“废止”时应填写失效或废止日期，格式 YYYY-MM-DD',
    ]);
  });

  it('read an empty 个人信息审查 and an empty attachment title as not given', () => {
    const parsed = policySchema.parse({
      ...policy,
      piiReviewed: { reviewer: '', date: '' },
      attachments: [{ file: '附件1.pdf', title: '' }],
    });
    expect(parsed.piiReviewed).toBeUndefined();
    expect(parsed.attachments).toEqual([{ file: '附件1.pdf' }]);
  });

  it('read an empty 意见采纳情况 as not given', () => {
    const consultation = {
      title: '征求意见',
      publishDate: '2026-03-01 09:00',
      startDate: '2026-03-01',
      endDate: '2026-03-31',
      unit: '示例省交通运输厅',
      feedbackEmail: 'zjyj@jtt.shili.gov.cn',
    };
    const parsed = consultationSchema.parse({
      ...consultation,
      feedbackUrl: '',
      feedbackAddress: '',
      feedback: { date: '', received: null, adopted: null, summary: '' },
    });
    expect(parsed.feedback).toBeUndefined();
    expect(parsed.feedbackUrl).toBeUndefined();
  });

  it('read empty site settings sections as not given', () => {
    const site = loadSiteSettings(path.join(projectRoot, 'content'));
    const parsed = siteSchema.parse({
      ...site,
      interaction: { channels: [], replyDays: null },
      cms: { backend: '', repo: '' },
      pageSize: '',
    });
    expect(parsed.interaction).toBeUndefined();
    expect(parsed.cms).toBeUndefined();
    expect(parsed.pageSize).toBe(20);
  });
});

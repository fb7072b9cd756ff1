/** The site schema, checked against the fixture's site.yaml with one setting changed at a time. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { siteSchema } from '../../../src/schemas/site.ts';
import { expectOneProblem, parsed, problemsOf } from '../../support/schema-problems.ts';

describe('site schema', () => {
  const siteFile = path.resolve(import.meta.dirname, '../../fixtures/site/site.yaml');
  const goodSite = parse(fs.readFileSync(siteFile, 'utf8')) as Record<string, unknown>;
  const withSite = (changes: Record<string, unknown>) => ({ ...structuredClone(goodSite), ...changes });
  const SITE = 'content/site.yaml';

  it('accepts the fixture site and fills catalogue defaults', () => {
    const out = parsed(siteSchema, goodSite);
    expect(out.siteCode).toBe('9900000001');
    expect(out.indexNumber).toEqual({ orgCode: '11990000MB0000001X', template: '{orgCode}/{yyyy}-{seq:05}' });
    const jgzn = out.catalogue.find((n) => n.key === 'jgzn');
    expect(jgzn?.source).toBe('catalogue');
  });

  it('chooses the character standard of the 繁體 pages, OpenCC’s own and no phrases by default', () => {
    expect(parsed(siteSchema, goodSite).hant).toEqual({ standard: 't', phrases: false });
    expect(parsed(siteSchema, withSite({ hant: { standard: 'tw', phrases: true } })).hant).toEqual({
      standard: 'tw',
      phrases: true,
    });
    expect(problemsOf(siteSchema, withSite({ hant: { standard: 'cn' } }), SITE)[0]).toMatchObject({
      field: expect.stringContaining('standard'),
      found: '"cn"',
    });
  });

  it('fills pageSize, hotline and template defaults', () => {
    const { pageSize: _p, hotline: _h, ...rest } = structuredClone(goodSite);
    const out = parsed(siteSchema, { ...rest, indexNumber: { orgCode: '11990000MB0000001X' } });
    expect(out.pageSize).toBe(20);
    expect(out.hotline).toBe('12328');
    expect(out.indexNumber.template).toBe('{orgCode}/{yyyy}-{seq:05}');
  });

  it('accepts a bm site code for central departments', () => {
    expect(parsed(siteSchema, withSite({ siteCode: 'bm07000001' })).siteCode).toBe('bm07000001');
  });

  it('rejects a site code that is too short', () => {
    expectOneProblem(
      siteSchema,
      withSite({ siteCode: '12345' }),
      {
        field: '网站标识码（siteCode）',
        expected: '应为10位数字，或 bm 加8位数字，例如 "9900000001" 或 "bm07000001"',
        found: '"12345"',
      },
      SITE,
    );
  });

  it('rejects a bm site code with too few digits', () => {
    expectOneProblem(
      siteSchema,
      withSite({ siteCode: 'bm123' }),
      {
        field: '网站标识码（siteCode）',
        expected: '应为10位数字，或 bm 加8位数字，例如 "9900000001" 或 "bm07000001"',
        found: '"bm123"',
      },
      SITE,
    );
  });

  it('asks for quotes when the site code was read as a number', () => {
    expectOneProblem(
      siteSchema,
      withSite({ siteCode: 9900000001 }),
      {
        field: '网站标识码（siteCode）',
        expected: '应为政府网站标识码（加引号），例如 "9900000001"',
        found: '9900000001（数字）',
      },
      SITE,
    );
  });

  it('rejects a domain outside .gov.cn', () => {
    const want = {
      field: '网站域名（domain）',
      expected: '应为以 .gov.cn 结尾的域名，例如 jtt.shili.gov.cn（不含 https://）',
      found: '"example.com"',
    };
    expectOneProblem(siteSchema, withSite({ domain: 'example.com' }), want, SITE);
    expect(problemsOf(siteSchema, withSite({ domain: 'https://jtt.shili.gov.cn' }), SITE)[0]!.field).toBe(
      '网站域名（domain）',
    );
  });

  it('rejects a wrong ICP number', () => {
    expectOneProblem(
      siteSchema,
      withSite({ icp: '示ICP证12345678号' }),
      { field: 'ICP备案号（icp）', expected: '应为ICP备案号，例如 示ICP备12345678号-1', found: '"示ICP证12345678号"' },
      SITE,
    );
  });

  it('rejects a wrong contact e-mail with a nested field name', () => {
    const contact = { ...(goodSite.contact as Record<string, unknown>), email: 'xxgk-at-shili' };
    expectOneProblem(
      siteSchema,
      withSite({ contact }),
      {
        field: '联系方式 › 电子邮箱（contact.email）',
        expected: '应为电子邮箱地址，例如 xxgk@jtt.shili.gov.cn',
        found: '"xxgk-at-shili"',
      },
      SITE,
    );
  });

  it('rejects a bad catalogue key deep in the tree', () => {
    const catalogue = structuredClone(goodSite.catalogue) as Array<{ children?: Array<{ key: string }> }>;
    catalogue[0]!.children![1]!.key = 'GFX';
    expectOneProblem(
      siteSchema,
      withSite({ catalogue }),
      {
        field: '信息公开目录 › 第1项 › 子栏目 › 第2项 › 栏目代码（catalogue[0].children[1].key）',
        expected: '应为栏目代码（小写字母开头，只含小写字母、数字和 -），例如 ghjh',
        found: '"GFX"',
      },
      SITE,
    );
  });

  it('requires a {seq} placeholder in the index number template', () => {
    expectOneProblem(
      siteSchema,
      withSite({ indexNumber: { orgCode: '11990000MB0000001X', template: '{orgCode}/{yyyy}' } }),
      {
        field: '索引号规则 › 模板（indexNumber.template）',
        expected: '模板中应包含 {seq} 或 {seq:05}',
        found: '"{orgCode}/{yyyy}"',
      },
      SITE,
    );
  });
});

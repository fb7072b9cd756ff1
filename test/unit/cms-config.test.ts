/**
 * The web CMS configuration generated from the schemas (src/cms/): the
 * collections and their folders, how zod fields become Sveltia fields, the
 * Git backend from site.yaml, and the files served at /admin without a CDN.
 */
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { adminFiles, bootScript, localScript } from '../../src/cms/admin-files.ts';
import {
  cmsFields,
  DATE_FORMAT,
  DATETIME_FORMAT,
  labelOf,
  MissingLabelError,
  type CmsField,
} from '../../src/cms/cms-fields.ts';
import { backendOf, cmsConfig, cmsConfigYaml } from '../../src/cms/config.ts';
import { schemaFields } from '../../src/cms/schema-fields.ts';
import { collectionNames } from '../../src/schemas/collections.ts';
import { dateOnly, dateTime, genres, topic, topicValues } from '../../src/schemas/fields.ts';
import { policyKinds } from '../../src/schemas/policy.ts';
import { siteSchema, type SiteSettings } from '../../src/schemas/site.ts';
import { loadSiteSettings } from '../../src/schemas/site-settings.ts';
import { projectRoot } from '../support/paths.ts';

const contentDir = path.join(projectRoot, 'content');
const site = loadSiteSettings(contentDir);
const config = cmsConfig(site, { repoRoot: projectRoot, contentRoot: contentDir });
type Collection = {
  name: string;
  folder?: string;
  path?: string;
  nested?: unknown;
  fields: CmsField[];
  files?: Array<{ file: string; fields: CmsField[] }>;
};
const collections = config.collections as Collection[];
const collection = (name: string) => collections.find((c) => c.name === name)!;
const field = (c: string, name: string) => collection(c).fields.find((f) => f.name === name)!;

describe('reading a zod schema', () => {
  it('names each field with required, default, description and kind of value', () => {
    const schema = z.strictObject({
      title: z.string().min(1),
      note: z.string().max(300).optional().describe('说明'),
      when: dateOnly.optional(),
      at: z.preprocess((v) => v, dateTime),
      topic,
      mode: z.enum(['甲', '乙']).default('甲'),
      count: z.number().int().min(1).max(9),
      tags: z.array(z.string()).min(1),
      nested: z.strictObject({ a: z.boolean() }).optional(),
      code: z.string().regex(/^\d+$/, { error: '应为数字' }),
    });
    expect(schemaFields(schema.transform((x) => x))).toEqual([
      { name: 'title', required: true, value: { kind: 'string' } },
      { name: 'note', required: false, description: '说明', value: { kind: 'string', maxLength: 300 } },
      { name: 'when', required: false, value: { kind: 'date' } },
      { name: 'at', required: true, value: { kind: 'datetime' } },
      {
        name: 'topic',
        required: true,
        description: '从主题分类目录中选择，写作“一级\\二级”',
        value: { kind: 'topic' },
      },
      { name: 'mode', required: false, default: '甲', value: { kind: 'enum', values: ['甲', '乙'] } },
      { name: 'count', required: true, value: { kind: 'number', int: true, min: 1, max: 9 } },
      { name: 'tags', required: true, value: { kind: 'list', of: { kind: 'string' }, min: 1 } },
      {
        name: 'nested',
        required: false,
        value: { kind: 'object', fields: [{ name: 'a', required: true, value: { kind: 'boolean' } }] },
      },
      { name: 'code', required: true, value: { kind: 'string', pattern: { source: '^\\d+$', message: '应为数字' } } },
    ]);
  });
});

describe('CMS fields', () => {
  it('take their Chinese names from the labels beside the fields in src/schemas/, and a field without one stops the build', () => {
    expect(labelOf('docNo')).toBe('发文字号');
    expect(() => cmsFields(schemaFields(z.strictObject({ unnamedField: z.string() })))).toThrow(MissingLabelError);
  });

  it('give each kind of value its widget, in the formats the schemas accept', () => {
    expect(field('policies', 'title')).toEqual({ name: 'title', label: '标题', widget: 'string' });
    expect(field('policies', 'writtenDate')).toEqual({
      name: 'writtenDate',
      label: '成文日期',
      widget: 'datetime',
      type: 'date',
      format: DATE_FORMAT,
      required: false,
    });
    expect(field('policies', 'publishDate')).toMatchObject({ widget: 'datetime', format: DATETIME_FORMAT });
    expect(field('policies', 'summary')).toMatchObject({ widget: 'text', maxlength: 1500, required: false });
    expect(field('policies', 'needsInterpretation')).toMatchObject({
      widget: 'boolean',
      default: false,
      required: false,
      hint: expect.stringContaining('解读'),
    });
    expect(field('reports', 'year')).toMatchObject({ widget: 'number', value_type: 'int', min: 2008, max: 2100 });
    expect(field('interviews', 'guests')).toEqual({ name: 'guests', label: '嘉宾', widget: 'list', min: 1 });
    expect(field('policies', 'publisher')).toMatchObject({ widget: 'list', min: 1 });
    expect(collection('settings').files![0]!.fields.find((f) => f.name === 'catalogue')).toMatchObject({
      fields: expect.arrayContaining([
        expect.objectContaining({
          name: 'article',
          widget: 'list',
          field: { name: 'item', label: '条例条款', widget: 'number', value_type: 'int', min: 1, max: 15 },
        }),
      ]),
    });
    expect(field('policies', 'indexNo')).toMatchObject({
      widget: 'string',
      pattern: ['^[0-9A-Za-z][0-9A-Za-z/-]{4,60}$', expect.stringContaining('应为索引号')],
    });
    expect(field('consultations', 'feedbackEmail')).toMatchObject({ widget: 'string', type: 'email' });
  });

  it('offer the vocabularies as choices', () => {
    expect(field('policies', 'topic')).toMatchObject({ widget: 'select', options: topicValues });
    expect(topicValues).toContain('工业、交通\\公路');
    expect(field('policies', 'genre')).toMatchObject({ widget: 'select', options: genres, required: false });
    expect(field('policies', 'kind')).toMatchObject({ widget: 'select', options: [...policyKinds] });
    expect(field('policies', 'disclosure')).toMatchObject({ widget: 'select', default: '主动公开' });
  });

  it('nest objects and lists of objects: attachments (file beside the entry, title, accessible) and 个人信息审查', () => {
    expect(field('policies', 'attachments')).toMatchObject({
      widget: 'list',
      summary: '{{fields.title}}',
      fields: [
        { name: 'file', label: '文件名', widget: 'file' },
        { name: 'title', label: '标题', widget: 'string', required: false },
        { name: 'accessible', widget: 'boolean', required: false },
      ],
    });
    expect(field('news', 'piiReviewed')).toMatchObject({
      widget: 'object',
      required: false,
      fields: [
        { name: 'reviewer', label: '审查人', widget: 'string' },
        { name: 'date', widget: 'datetime', type: 'date' },
      ],
    });
  });

  it('point to other entries and to site settings', () => {
    expect(field('interpretations', 'policy')).toMatchObject({
      widget: 'relation',
      collection: 'policies',
      value_field: '{{slug}}',
      display_fields: ['title'],
    });
    expect(field('policies', 'replacedBy')).toMatchObject({
      widget: 'relation',
      collection: 'policies',
      required: false,
    });
    expect(field('news', 'column')).toMatchObject({
      widget: 'select',
      options: site.newsColumns.map((c) => ({ label: `${c.name}（${c.key}）`, value: c.key })),
    });
    const category = field('catalogue', 'category') as CmsField & { options: Array<{ value: string }> };
    expect(category.options.map((o) => o.value)).toContain('ghjh');
    // Columns that list policies or reports take no catalogue items.
    expect(category.options.map((o) => o.value)).not.toContain('zcwj');
  });

  it('keep the 年报 statistics as they are: they are edited in the file', () => {
    expect(field('reports', 'statistics')).toEqual({ name: 'statistics', label: '统计数据', widget: 'hidden' });
  });
});

describe('collections', () => {
  it('are every content collection, in its folder, then the site settings file', () => {
    expect(collections.map((c) => c.name)).toEqual([...collectionNames, 'settings']);
    for (const name of collectionNames)
      expect(collection(name)).toMatchObject({
        folder: `content/${name}`,
        extension: 'md',
        format: 'yaml-frontmatter',
        create: true,
      });
    expect(collection('settings').files![0]).toMatchObject({ file: 'content/site.yaml', format: 'yaml' });
    expect(collection('settings').files![0]!.fields.map((f) => f.name)).toEqual(Object.keys(siteSchema.shape));
  });

  it('put new files where the project keeps them: a folder per year, per column, or none', () => {
    for (const name of ['policies', 'interpretations', 'news', 'letters'])
      expect(collection(name)).toMatchObject({ path: '{{year}}/{{slug | lower}}' });
    expect(collection('catalogue')).toMatchObject({ path: '{{fields.category}}/{{slug | lower}}' });
    expect(collection('pages')).toMatchObject({ path: '{{slug}}', nested: { depth: 4 } });
    for (const name of ['reports', 'interviews', 'consultations'])
      expect(collection(name)).toMatchObject({ path: '{{slug}}' });
    expect(collection('reports').nested).toBeUndefined();
  });

  it('end with the Markdown body; a new 留言 starts with its two headings', () => {
    expect(collection('policies').fields.at(-1)).toEqual({
      name: 'body',
      label: '正文',
      widget: 'markdown',
      required: false,
    });
    expect(collection('letters').fields.at(-1)).toMatchObject({
      default: expect.stringMatching(/^## 来信内容\n[\s\S]*## 答复内容/),
    });
  });
});

describe('the configuration', () => {
  it('shows the department’s emblem, not Sveltia’s logo, when given one', () => {
    expect(config).not.toHaveProperty('logo');
    expect(
      cmsConfig(site, { repoRoot: projectRoot, contentRoot: contentDir, logo: '/portal/emblem.svg' }),
    ).toMatchObject({ logo: { src: '/portal/emblem.svg' } });
  });

  it('leaves fields left empty out of the files and names new files in local time', () => {
    expect(config).toMatchObject({
      output: { omit_empty_optional_fields: true },
      slug: { timezone: 'local' },
      app_title: '示例省交通运输厅 网页内容管理',
    });
  });

  it('is YAML that reads back the same, with the schema comment editors’ tools use', () => {
    const text = cmsConfigYaml(config);
    expect(text.split('\n')[1]).toBe(
      '# yaml-language-server: $schema=https://unpkg.com/@sveltia/cms/schema/sveltia-cms.json',
    );
    expect(parse(text)).toEqual(config);
    expect(text).not.toMatch(/[&*]a\d/);
  });

  it('refuses a content folder outside the repository', () => {
    expect(() => cmsConfig(site, { repoRoot: contentDir, contentRoot: projectRoot })).toThrow(/不在仓库/);
  });
});

describe('the Git backend', () => {
  const withCms = (cms: unknown) => siteSchema.parse({ ...site, cms }) as SiteSettings;

  it('without cms in site.yaml: the local repository only', () => {
    expect(backendOf(site, '/srv/jtt-site')).toEqual({
      name: 'gitea',
      repo: 'local/jtt-site',
      branch: 'main',
      auth_methods: ['token'],
    });
  });

  it('from cms in site.yaml: host, repository, branch, self-hosted addresses and sign-in', () => {
    expect(backendOf(withCms({ backend: 'github', repo: 'xxgk/jtt-site' }), '/x')).toEqual({
      name: 'github',
      repo: 'xxgk/jtt-site',
      branch: 'main',
    });
    expect(
      backendOf(
        withCms({
          backend: 'gitlab',
          repo: 'xxgk/web/jtt-site',
          branch: 'publish',
          apiRoot: 'https://git.shili.gov.cn/api/v4',
          baseUrl: 'https://git.shili.gov.cn',
          appId: 'abc123',
        }),
        '/x',
      ),
    ).toEqual({
      name: 'gitlab',
      repo: 'xxgk/web/jtt-site',
      branch: 'publish',
      api_root: 'https://git.shili.gov.cn/api/v4',
      base_url: 'https://git.shili.gov.cn',
      app_id: 'abc123',
      auth_type: 'pkce',
    });
    expect(
      backendOf(withCms({ backend: 'gitea', repo: 'xxgk/jtt-site', apiRoot: 'https://git.shili.gov.cn/api/v1' }), '/x'),
    ).toMatchObject({ name: 'gitea', auth_methods: ['token'] });
  });

  it('rejects an unknown host or a repository without an owner, in Chinese', () => {
    expect(siteSchema.safeParse({ ...site, cms: { backend: 'svn', repo: 'x/y' } }).error?.issues[0]?.message).toMatch(
      /应为以下之一/,
    );
    expect(
      siteSchema.safeParse({ ...site, cms: { backend: 'github', repo: 'jtt-site' } }).error?.issues[0]?.message,
    ).toMatch(/所有者\/仓库名/);
  });
});

describe('files served at /admin', () => {
  const files = adminFiles('/');

  it('are Sveltia’s script, chunk, translations and fonts, in a folder named by their hash', () => {
    expect(files.folder).toMatch(/^cms-[0-9a-f]{10}$/);
    const names = files.files.map((f) => f.path.slice(files.folder.length + 1)).sort();
    expect(names).toEqual([
      'chunks/react-dom.js',
      'fonts/material-symbols-outlined-latin-wght-normal.woff2',
      'fonts/noto-mono-latin-400-normal.woff2',
      'fonts/source-sans-3-latin-wght-normal.woff2',
      'locales/zh-CN.json',
      'locales/zh-TW.json',
      'sveltia-cms.js',
    ]);
    expect(adminFiles('/portal/').folder).not.toBe(files.folder);
  });

  it('load no font from a CDN and ask for no source map', () => {
    const script = files.files.find((f) => f.path.endsWith('sveltia-cms.js'))!.body.toString('utf8');
    expect(script).not.toContain('cdn.jsdelivr.net');
    expect(script).toContain(`url(/admin/${files.folder}/fonts/material-symbols-outlined-latin-wght-normal.woff2)`);
    expect(script).not.toMatch(/sourceMappingURL/);
  });

  it('stop the build when a new Sveltia version loads its fonts from elsewhere', () => {
    expect(() => localScript('console.log(1)', '/admin/x/fonts/')).toThrow(/不再从 https:\/\/cdn\.jsdelivr\.net/);
  });

  it('start with the Chinese UI, translations and the version check answered from the site', () => {
    const boot = bootScript('/portal/', 'cms-0123456789');
    expect(boot).toContain("prefs.locale = 'zh-CN'");
    expect(boot).toContain('"/portal/admin/cms-0123456789/locales/"');
    expect(boot).toContain("cdn + '/package.json'");
  });
});

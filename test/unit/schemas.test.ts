/**
 * Collection and site schemas: good frontmatter is accepted and normalised;
 * bad frontmatter is rejected with the Chinese message an editor will read,
 * checked through formatIssues exactly as the content checker reports it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { catalogueItemSchema } from '../../src/schemas/catalogue-item.ts';
import { collectionNames, collectionSchemas } from '../../src/schemas/collections.ts';
import { interpretationSchema } from '../../src/schemas/interpretation.ts';
import { newsSchema } from '../../src/schemas/news.ts';
import { pageSchema } from '../../src/schemas/page.ts';
import { policySchema } from '../../src/schemas/policy.ts';
import { reportSchema } from '../../src/schemas/report.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { formatIssues, type ContentProblem } from '../../src/utils/format-issues.ts';
import { validStatistics } from '../support/annual-statistics.ts';

const FILE = 'content/policies/x.md';

/** Parses and returns the formatted problems; fails the test if the data passes. */
function problemsOf(schema: z.ZodType, data: unknown, file = FILE): ContentProblem[] {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) throw new Error(`expected a validation failure, got ${JSON.stringify(result.data)}`);
  return formatIssues(file, result.error.issues);
}

/** Parses and returns the output; fails the test with the problems if the data is rejected. */
function parsed<T extends z.ZodType>(schema: T, data: unknown): z.output<T> {
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) throw new Error(JSON.stringify(formatIssues(FILE, result.error.issues), null, 1));
  return result.data;
}

interface Expected {
  field: string;
  expected: unknown;
  found: unknown;
}

/** Exactly one problem, with the given field, expected and found. */
function expectOneProblem(schema: z.ZodType, data: unknown, want: Expected, file = FILE): void {
  const problems = problemsOf(schema, data, file);
  expect(problems).toEqual([{ file, ...want }]);
}

const base = {
  title: '示例省道路货物运输经营者信用管理办法',
  publisher: '示例省交通运输厅',
  publishDate: '2025-03-08',
  topic: '工业、交通\\公路',
};
const goodPolicy = { ...base, kind: '规章' };
const goodInterpretation = { ...base, policy: '2025/freight-rules' };
const goodReport = { ...base, reportType: '年度报告', year: 2024, statistics: validStatistics('2021') };
const goodCatalogueItem = { ...base, category: 'ghjh' };
const goodNews = { title: '召开全省道路运输安全工作会议', column: 'zwdt', publishDate: '2025-04-02 16:20', source: '办公室' };
const goodPage = { title: '政府信息公开指南', updated: '2025-01-01' };

const DATE_TIME_REAL = '应为真实存在的日期和时间（时 00–23，分 00–59）';

describe('collections', () => {
  it('lists every collection with its schema', () => {
    expect(collectionNames).toEqual(['policies', 'interpretations', 'reports', 'catalogue', 'news', 'pages', 'letters', 'interviews', 'consultations']);
    expect(collectionSchemas.policies).toBe(policySchema);
    expect(collectionSchemas.interpretations).toBe(interpretationSchema);
    expect(collectionSchemas.reports).toBe(reportSchema);
    expect(collectionSchemas.catalogue).toBe(catalogueItemSchema);
    expect(collectionSchemas.news).toBe(newsSchema);
    expect(collectionSchemas.pages).toBe(pageSchema);
  });
});

describe('policies schema', () => {
  it('accepts a minimal policy and fills in defaults', () => {
    expect(parsed(policySchema, goodPolicy)).toEqual({
      title: '示例省道路货物运输经营者信用管理办法',
      publisher: ['示例省交通运输厅'],
      publishDate: '2025-03-08 00:00',
      topic: '工业、交通\\公路',
      disclosure: '主动公开',
      attachments: [],
      kind: '规章',
      validity: '有效',
      needsInterpretation: false,
    });
  });

  it('normalises dates, keywords, publishers and trims text', () => {
    const out = parsed(policySchema, {
      ...goodPolicy,
      title: '  标题前后有空格  ',
      publisher: ['示例省交通运输厅', ' 示例省发展和改革委员会 '],
      // YAML reads an unquoted 2025-03-01 as a UTC midnight Date.
      writtenDate: new Date('2025-03-01T00:00:00Z'),
      publishDate: '2025-03-08 09:30:15',
      effectiveDate: new Date('2025-04-01T00:00:00Z'),
      keywords: '道路运输、信用，评价 管理',
      docNo: ' 示交规〔2025〕2号 ',
      attachments: [{ file: '附件1-评价指标.pdf', title: '附件1：评价指标' }],
    });
    expect(out.title).toBe('标题前后有空格');
    expect(out.publisher).toEqual(['示例省交通运输厅', '示例省发展和改革委员会']);
    expect(out.writtenDate).toBe('2025-03-01');
    expect(out.effectiveDate).toBe('2025-04-01');
    expect(out.publishDate).toBe('2025-03-08 09:30');
    expect(out.keywords).toEqual(['道路运输', '信用', '评价', '管理']);
    expect(out.docNo).toBe('示交规〔2025〕2号');
    expect(out.attachments).toEqual([{ file: '附件1-评价指标.pdf', title: '附件1：评价指标' }]);
  });

  it('reads a YAML timestamp Date for publishDate in UTC (no time-zone shift)', () => {
    // 07:00 Beijing written unquoted with seconds becomes a UTC Date of 07:00.
    expect(parsed(policySchema, { ...goodPolicy, publishDate: new Date('2025-03-08T07:00:00Z') }).publishDate).toBe(
      '2025-03-08 07:00',
    );
  });

  it('keeps a keyword list as given', () => {
    expect(parsed(policySchema, { ...goodPolicy, keywords: ['a', 'b'] }).keywords).toEqual(['a', 'b']);
    expect(parsed(policySchema, { ...goodPolicy, keywords: 'a、b' }).keywords).toEqual(['a', 'b']);
  });

  it('accepts 失效 and 废止 with a validity date', () => {
    expect(parsed(policySchema, { ...goodPolicy, validity: '废止', validityDate: '2025-06-01' }).validity).toBe('废止');
    expect(parsed(policySchema, { ...goodPolicy, validity: '失效', validityDate: '2025-06-01' }).validityDate).toBe(
      '2025-06-01',
    );
  });

  it('accepts a top-level topic that has no second level', () => {
    expect(parsed(policySchema, { ...goodPolicy, topic: '其他' }).topic).toBe('其他');
  });

  it('accepts writtenDate equal to the publish day', () => {
    expect(parsed(policySchema, { ...goodPolicy, writtenDate: '2025-03-08', publishDate: '2025-03-08 09:00' }).writtenDate).toBe(
      '2025-03-08',
    );
  });

  it('requires a title', () => {
    const { title: _omit, ...noTitle } = goodPolicy;
    const [p, ...rest] = problemsOf(policySchema, noTitle);
    expect(rest).toEqual([]);
    expect(p).toEqual({ file: FILE, field: '标题（title）', expected: '必填项；应填写标题', found: '未填写' });
    expect(p!.expected.startsWith('必填项')).toBe(true);
  });

  it('rejects a blank title', () => {
    expectOneProblem(policySchema, { ...goodPolicy, title: '   ' }, {
      field: '标题（title）',
      expected: '不能为空，应填写标题',
      found: '空白',
    });
  });

  it('rejects wrong brackets in docNo', () => {
    expectOneProblem(policySchema, { ...goodPolicy, docNo: '示交规[2024]3号' }, {
      field: '发文字号（docNo）',
      expected: expect.stringContaining('六角括号〔〕'),
      found: '"示交规[2024]3号"',
    });
  });

  it('rejects a docNo serial with a leading zero', () => {
    expectOneProblem(policySchema, { ...goodPolicy, docNo: '示交规〔2024〕03号' }, {
      field: '发文字号（docNo）',
      expected: expect.stringContaining('序号不能以0开头'),
      found: '"示交规〔2024〕03号"',
    });
  });

  it('rejects a two-digit docNo year', () => {
    expectOneProblem(policySchema, { ...goodPolicy, docNo: '示交规〔24〕3号' }, {
      field: '发文字号（docNo）',
      expected: '年份应为四位数字，例如〔2024〕',
      found: '"示交规〔24〕3号"',
    });
  });

  it('rejects an empty docNo with a hint to delete the field', () => {
    expectOneProblem(policySchema, { ...goodPolicy, docNo: '' }, {
      field: '发文字号（docNo）',
      expected: '不能为空；没有发文字号时请删除此字段',
      found: '空白',
    });
  });

  it('rejects a date that does not exist', () => {
    expectOneProblem(policySchema, { ...goodPolicy, publishDate: '2025-02-30' }, {
      field: '发布日期（publishDate）',
      expected: DATE_TIME_REAL,
      found: '"2025-02-30"',
    });
    expectOneProblem(policySchema, { ...goodPolicy, writtenDate: '2025-02-30' }, {
      field: '成文日期（writtenDate）',
      expected: '应为真实存在的日期（月份 01–12，日期不超过当月天数）',
      found: '"2025-02-30"',
    });
  });

  it('rejects a time that does not exist', () => {
    expectOneProblem(policySchema, { ...goodPolicy, publishDate: '2025-03-08 25:00' }, {
      field: '发布日期（publishDate）',
      expected: DATE_TIME_REAL,
      found: '"2025-03-08 25:00"',
    });
    expectOneProblem(policySchema, { ...goodPolicy, publishDate: '2025-03-08 24:00' }, {
      field: '发布日期（publishDate）',
      expected: DATE_TIME_REAL,
      found: '"2025-03-08 24:00"',
    });
    expect(parsed(policySchema, { ...goodPolicy, publishDate: '2025-03-08 23:59' }).publishDate).toBe('2025-03-08 23:59');
    expectOneProblem(policySchema, { ...goodPolicy, publishDate: '2025-03-08 10:60' }, {
      field: '发布日期（publishDate）',
      expected: DATE_TIME_REAL,
      found: '"2025-03-08 10:60"',
    });
  });

  it('rejects a publish date in the wrong format', () => {
    expectOneProblem(policySchema, { ...goodPolicy, publishDate: '2025-03-08T10:30' }, {
      field: '发布日期（publishDate）',
      expected: '应为日期和时间，格式 YYYY-MM-DD HH:MM，例如 2024-03-08 10:30',
      found: '"2025-03-08T10:30"',
    });
  });

  it('requires a publish date', () => {
    const { publishDate: _omit, ...noDate } = goodPolicy;
    expectOneProblem(policySchema, noDate, {
      field: '发布日期（publishDate）',
      expected: '必填项；应填写日期和时间，格式 YYYY-MM-DD HH:MM，例如 2024-03-08 10:30',
      found: '未填写',
    });
  });

  it('rejects writtenDate after publishDate', () => {
    expectOneProblem(policySchema, { ...goodPolicy, writtenDate: new Date('2025-03-09T00:00:00Z') }, {
      field: '成文日期（writtenDate）',
      expected: '成文日期应不晚于发布日期（2025-03-08）',
      found: '"2025-03-09"',
    });
  });

  it('rejects an unknown top-level topic and lists the top levels', () => {
    const [p, ...rest] = problemsOf(policySchema, { ...goodPolicy, topic: '不存在\\公路' });
    expect(rest).toEqual([]);
    expect(p!.field).toBe('主题分类（topic）');
    expect(p!.found).toBe('"不存在\\公路"');
    expect(p!.expected).toMatch(/^应为主题分类目录中的值，写作“一级\\二级”；一级分类应为以下之一：国务院组织机构、综合政务、/);
    expect(p!.expected).toContain('工业、交通');
  });

  it('rejects an unknown second-level topic and lists that level', () => {
    const [p, ...rest] = problemsOf(policySchema, { ...goodPolicy, topic: '工业、交通\\航海' });
    expect(rest).toEqual([]);
    expect(p!.field).toBe('主题分类（topic）');
    expect(p!.found).toBe('"工业、交通\\航海"');
    expect(p!.expected).toContain('“工业、交通”下的二级分类应为以下之一：');
    expect(p!.expected).toContain('公路、水运、铁路');
    expect(p!.expected).not.toContain('一级分类应为');
  });

  it('rejects a top level alone when it has children, and a third level', () => {
    expect(problemsOf(policySchema, { ...goodPolicy, topic: '工业、交通' })[0]!.expected).toContain('“工业、交通”下的二级分类');
    expect(problemsOf(policySchema, { ...goodPolicy, topic: '工业、交通\\公路\\高速' })[0]!.field).toBe('主题分类（topic）');
  });

  it('rejects a genre that is not a 公文种类', () => {
    expectOneProblem(policySchema, { ...goodPolicy, genre: '说明' }, {
      field: '体裁（genre）',
      expected: '应为以下之一：命令（令）、决定、公告、通告、通知、通报、议案、报告、请示、批复、意见、函、会议纪要',
      found: '"说明"',
    });
  });

  it('requires validityDate when validity is 废止 or 失效', () => {
    expectOneProblem(policySchema, { ...goodPolicy, validity: '废止' }, {
      field: '失效或废止日期（validityDate）',
      expected: '有效性为“废止”时应填写失效或废止日期，格式 YYYY-MM-DD',
      found: '未填写',
    });
    expectOneProblem(policySchema, { ...goodPolicy, validity: '失效' }, {
      field: '失效或废止日期（validityDate）',
      expected: '有效性为“失效”时应填写失效或废止日期，格式 YYYY-MM-DD',
      found: '未填写',
    });
  });

  it('rejects validityDate on a policy that is still 有效 (explicit or default)', () => {
    const want = {
      field: '失效或废止日期（validityDate）',
      expected: '有效性为“有效”时不应填写失效或废止日期；如文件已失效或废止，请先修改有效性',
      found: '"2025-01-01"',
    };
    expectOneProblem(policySchema, { ...goodPolicy, validityDate: '2025-01-01' }, want);
    expectOneProblem(policySchema, { ...goodPolicy, validity: '有效', validityDate: '2025-01-01' }, want);
  });

  it('rejects an unknown validity', () => {
    expectOneProblem(policySchema, { ...goodPolicy, validity: '作废' }, {
      field: '有效性（validity）',
      expected: '应为以下之一：有效、失效、废止',
      found: '"作废"',
    });
  });

  it('rejects a wrong kind and a missing kind', () => {
    expectOneProblem(policySchema, { ...goodPolicy, kind: '规范性文件' }, {
      field: '文件类别（kind）',
      expected: '应为以下之一：规章、行政规范性文件、其他文件',
      found: '"规范性文件"',
    });
    // A missing enum is reported as invalid_value, so the message does not
    // start with 必填项 like other missing fields (see report), but it still
    // names the field, the choices and 未填写.
    const { kind: _omit, ...noKind } = goodPolicy;
    expectOneProblem(policySchema, noKind, {
      field: '文件类别（kind）',
      expected: expect.stringContaining('以下之一：规章、行政规范性文件、其他文件'),
      found: '未填写',
    });
  });

  it('rejects a wrong disclosure mode', () => {
    expectOneProblem(policySchema, { ...goodPolicy, disclosure: '公开' }, {
      field: '公开方式（disclosure）',
      expected: '应为以下之一：主动公开、依申请公开、不予公开',
      found: '"公开"',
    });
  });

  it('rejects an empty publisher list and a non-boolean needsInterpretation', () => {
    expectOneProblem(policySchema, { ...goodPolicy, publisher: [] }, {
      field: '发布机构（publisher）',
      expected: '至少填写一个发布机构',
      found: '列表（0项）',
    });
    expectOneProblem(policySchema, { ...goodPolicy, needsInterpretation: 'yes' }, {
      field: '需要解读（needsInterpretation）',
      expected: '应为 true 或 false',
      found: '"yes"',
    });
  });

  it('rejects an attachment path that leaves the folder', () => {
    expectOneProblem(policySchema, { ...goodPolicy, attachments: [{ file: '../../etc/passwd.pdf' }] }, {
      field: '附件 › 第1项 › 文件名（attachments[0].file）',
      expected: expect.stringContaining('不含 ..'),
      found: '"../../etc/passwd.pdf"',
    });
  });

  it('rejects an attachment file with no extension, reporting its position', () => {
    expectOneProblem(policySchema, { ...goodPolicy, attachments: [{ file: '附件1.pdf' }, { file: '附件2' }] }, {
      field: '附件 › 第2项 › 文件名（attachments[1].file）',
      expected: expect.stringContaining('带扩展名'),
      found: '"附件2"',
    });
  });

  it('rejects attachment names with forbidden characters and a non-list', () => {
    expect(problemsOf(policySchema, { ...goodPolicy, attachments: [{ file: 'a\\b.pdf' }] })[0]!.found).toBe('"a\\b.pdf"');
    expect(problemsOf(policySchema, { ...goodPolicy, attachments: [{ file: 'a:b.pdf' }] })[0]!.field).toBe(
      '附件 › 第1项 › 文件名（attachments[0].file）',
    );
    expectOneProblem(policySchema, { ...goodPolicy, attachments: '附件1.pdf' }, {
      field: '附件（attachments）',
      expected: '应为附件列表，每项写作 - file: 附件1.pdf',
      found: '"附件1.pdf"',
    });
  });

  it('limits the summary to 1500 characters', () => {
    expect(parsed(policySchema, { ...goodPolicy, summary: '字'.repeat(1500) }).summary).toHaveLength(1500);
    expectOneProblem(policySchema, { ...goodPolicy, summary: '字'.repeat(1501) }, {
      field: '内容概述（summary）',
      expected: '内容概述不能超过1500字',
      found: `"${'字'.repeat(60)}…"`,
    });
  });

  it('rejects a malformed indexNo', () => {
    expectOneProblem(policySchema, { ...goodPolicy, indexNo: '索引号 1' }, {
      field: '索引号（indexNo）',
      expected: '应为索引号，只含字母、数字、/ 和 -，例如 11990000MB0000001X/2024-00012',
      found: '"索引号 1"',
    });
  });

  it('reports every problem of one entry, not only the first', () => {
    const problems = problemsOf(policySchema, { publisher: '示例省交通运输厅', docNo: '示交规[2024]3号', topic: '其他' });
    expect(problems.map((p) => p.field).sort()).toEqual(
      ['发文字号（docNo）', '发布日期（publishDate）', '文件类别（kind）', '标题（title）'].sort(),
    );
  });
});

describe('interpretations schema', () => {
  it('accepts a good interpretation with form default 文字', () => {
    expect(parsed(interpretationSchema, goodInterpretation)).toEqual({
      title: goodInterpretation.title,
      publisher: ['示例省交通运输厅'],
      publishDate: '2025-03-08 00:00',
      topic: '工业、交通\\公路',
      disclosure: '主动公开',
      attachments: [],
      form: '文字',
      policy: '2025/freight-rules',
    });
    expect(parsed(interpretationSchema, { ...goodInterpretation, form: '问答' }).form).toBe('问答');
  });

  it('rejects a wrong form', () => {
    expectOneProblem(interpretationSchema, { ...goodInterpretation, form: '漫画' }, {
      field: '解读形式（form）',
      expected: '应为以下之一：文字、图解、问答、访谈、视频',
      found: '"漫画"',
    });
  });

  it('requires the policy it interprets', () => {
    const { policy: _omit, ...noPolicy } = goodInterpretation;
    expectOneProblem(interpretationSchema, noPolicy, {
      field: '所解读文件（policy）',
      expected: '必填项；应填写所解读政策文件的文件名（不含 .md），例如 2024/road-freight-rules',
      found: '未填写',
    });
  });

  it('checks writtenDate against publishDate', () => {
    expectOneProblem(interpretationSchema, { ...goodInterpretation, writtenDate: '2025-03-10' }, {
      field: '成文日期（writtenDate）',
      expected: '成文日期应不晚于发布日期（2025-03-08）',
      found: '"2025-03-10"',
    });
  });
});

describe('reports schema', () => {
  it('accepts a good report', () => {
    const out = parsed(reportSchema, goodReport);
    expect(out.year).toBe(2024);
    expect(out.reportType).toBe('年度报告');
    expect(out.publishDate).toBe('2025-03-08 00:00');
    expect(out.disclosure).toBe('主动公开');
    expect(parsed(reportSchema, { ...goodReport, year: 2008, statistics: undefined }).year).toBe(2008);
  });

  it('rejects a year written as a string', () => {
    expectOneProblem(reportSchema, { ...goodReport, year: '2024' }, {
      field: '报告年度（year）',
      expected: '应为四位数年份，例如 2024',
      found: '"2024"',
    });
  });

  it('rejects a year before the regulation took effect', () => {
    expectOneProblem(reportSchema, { ...goodReport, year: 2001, statistics: undefined }, {
      field: '报告年度（year）',
      expected: '应为2008年（条例施行）以后的年份',
      found: '2001（数字）',
    });
  });

  it('rejects a fractional year and a five-digit year', () => {
    expect(problemsOf(reportSchema, { ...goodReport, year: 2024.5 })[0]).toMatchObject({
      field: '报告年度（year）',
      expected: '应为四位数年份，例如 2024',
    });
    expect(problemsOf(reportSchema, { ...goodReport, year: 20240 })[0]).toMatchObject({
      expected: '应为四位数年份，例如 2024',
      found: '20240（数字）',
    });
  });

  it('rejects an unknown report type', () => {
    expectOneProblem(reportSchema, { ...goodReport, reportType: '月报' }, {
      field: '报告类别（reportType）',
      expected: '应为以下之一：年度报告、工作要点、预决算、其他报告',
      found: '"月报"',
    });
  });
});

describe('catalogue schema', () => {
  it('accepts a good catalogue item', () => {
    const out = parsed(catalogueItemSchema, { ...goodCatalogueItem, category: ' ghjh ' });
    expect(out.category).toBe('ghjh');
    expect(out.publisher).toEqual(['示例省交通运输厅']);
  });

  it('rejects an empty category', () => {
    expectOneProblem(
      catalogueItemSchema,
      { ...goodCatalogueItem, category: '' },
      {
        field: '所属栏目（category）',
        expected: '不能为空，应填写目录栏目代码（见 content/site.yaml 的 catalogue），例如 ghjh',
        found: '空白',
      },
      'content/catalogue/ghjh/x.md',
    );
  });

  it('requires a category', () => {
    const { category: _omit, ...noCategory } = goodCatalogueItem;
    expect(problemsOf(catalogueItemSchema, noCategory)).toEqual([
      {
        file: FILE,
        field: '所属栏目（category）',
        expected: '必填项；应填写目录栏目代码（见 content/site.yaml 的 catalogue），例如 ghjh',
        found: '未填写',
      },
    ]);
  });
});

describe('news schema', () => {
  it('accepts a good news item', () => {
    expect(parsed(newsSchema, goodNews)).toEqual(goodNews);
    expect(parsed(newsSchema, { ...goodNews, publishDate: '2025-04-02' }).publishDate).toBe('2025-04-02 00:00');
  });

  it('requires a column', () => {
    const { column: _omit, ...noColumn } = goodNews;
    expectOneProblem(
      newsSchema,
      noColumn,
      {
        field: '栏目（column）',
        expected: '必填项；应填写新闻栏目代码（见 content/site.yaml 的 newsColumns），例如 zwdt',
        found: '未填写',
      },
      'content/news/x.md',
    );
  });

  it('requires a source and limits the summary to 300 characters', () => {
    const { source: _omit, ...noSource } = goodNews;
    expectOneProblem(newsSchema, noSource, { field: '来源（source）', expected: '必填项；应填写来源单位', found: '未填写' });
    expect(problemsOf(newsSchema, { ...goodNews, summary: '字'.repeat(301) })[0]).toMatchObject({
      expected: '摘要不能超过300字',
    });
  });
});

describe('pages schema', () => {
  it('accepts a good page, reading a YAML Date', () => {
    expect(parsed(pageSchema, { ...goodPage, updated: new Date('2025-01-01T00:00:00Z') })).toEqual({
      title: '政府信息公开指南',
      updated: '2025-01-01',
      showContact: false,
    });
  });

  it('requires the updated date', () => {
    expectOneProblem(
      pageSchema,
      { title: '关于我们' },
      {
        field: '更新日期（updated）',
        expected: '必填项；应填写日期，格式 YYYY-MM-DD，例如 2024-03-08',
        found: '未填写',
      },
      'content/pages/about.md',
    );
  });

  it('rejects an updated date with a time', () => {
    const problems = problemsOf(pageSchema, { ...goodPage, updated: '2025-01-01 10:00' });
    // Every problem is about this field and shows what was written.
    expect(problems.every((p) => p.field === '更新日期（updated）' && p.found === '"2025-01-01 10:00"')).toBe(true);
    expect(problems).toContainEqual({
      file: FILE,
      field: '更新日期（updated）',
      expected: '应为日期，格式 YYYY-MM-DD，例如 2024-03-08',
      found: '"2025-01-01 10:00"',
    });
  });
});

describe('site schema', () => {
  const siteFile = path.resolve(import.meta.dirname, '../fixtures/site/site.yaml');
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
      { field: '网站标识码（siteCode）', expected: '应为政府网站标识码（加引号），例如 "9900000001"', found: '9900000001（数字）' },
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
    expect(problemsOf(siteSchema, withSite({ domain: 'https://jtt.shili.gov.cn' }), SITE)[0]!.field).toBe('网站域名（domain）');
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
      { field: '联系方式 › 电子邮箱（contact.email）', expected: '应为电子邮箱地址，例如 xxgk@jtt.shili.gov.cn', found: '"xxgk-at-shili"' },
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
      { field: '索引号规则 › 模板（indexNumber.template）', expected: '模板中应包含 {seq} 或 {seq:05}', found: '"{orgCode}/{yyyy}"' },
      SITE,
    );
  });
});

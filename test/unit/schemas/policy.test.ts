/**
 * The policies schema, and through it the fields every disclosure collection
 * shares: title, publisher, dates, 发文字号, topic, 文种, attachments, summary
 * and 索引号. Bad values get the Chinese message an editor will read.
 */
import { describe, expect, it } from 'vitest';
import { policySchema } from '../../../src/schemas/policy.ts';
import { FILE, baseDocument, expectOneProblem, parsed, problemsOf } from '../../support/schema-problems.ts';

const goodPolicy = { ...baseDocument, kind: '规章' };

const DATE_TIME_REAL = '应为真实存在的日期和时间（时 00–23，分 00–59）';

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
    expect(
      parsed(policySchema, { ...goodPolicy, writtenDate: '2025-03-08', publishDate: '2025-03-08 09:00' }).writtenDate,
    ).toBe('2025-03-08');
  });

  it('requires a title', () => {
    const { title: _omit, ...noTitle } = goodPolicy;
    const [p, ...rest] = problemsOf(policySchema, noTitle);
    expect(rest).toEqual([]);
    expect(p).toEqual({ file: FILE, field: '标题（title）', expected: '必填项；应填写标题', found: '未填写' });
    expect(p!.expected.startsWith('必填项')).toBe(true);
  });

  it('rejects a blank title', () => {
    expectOneProblem(
      policySchema,
      { ...goodPolicy, title: '   ' },
      {
        field: '标题（title）',
        expected: '不能为空，应填写标题',
        found: '空白',
      },
    );
  });

  it('rejects wrong brackets in docNo', () => {
    expectOneProblem(
      policySchema,
      { ...goodPolicy, docNo: '示交规[2024]3号' },
      {
        field: '发文字号（docNo）',
        expected: expect.stringContaining('六角括号〔〕'),
        found: '"示交规[2024]3号"',
      },
    );
  });

  it('rejects a docNo serial with a leading zero', () => {
    expectOneProblem(
      policySchema,
      { ...goodPolicy, docNo: '示交规〔2024〕03号' },
      {
        field: '发文字号（docNo）',
        expected: expect.stringContaining('序号不能以0开头'),
        found: '"示交规〔2024〕03号"',
      },
    );
  });

  it('rejects a two-digit docNo year', () => {
    expectOneProblem(
      policySchema,
      { ...goodPolicy, docNo: '示交规〔24〕3号' },
      {
        field: '发文字号（docNo）',
        expected: '年份应为四位数字，例如〔2024〕',
        found: '"示交规〔24〕3号"',
      },
    );
  });

  it('reads an empty docNo as no 发文字号, as a web CMS saves a field left empty', () => {
    const parsed = policySchema.parse({ ...goodPolicy, docNo: '' });
    expect(parsed.docNo).toBeUndefined();
  });

  it('rejects a date that does not exist', () => {
    expectOneProblem(
      policySchema,
      { ...goodPolicy, publishDate: '2025-02-30' },
      {
        field: '发布日期（publishDate）',
        expected: DATE_TIME_REAL,
        found: '"2025-02-30"',
      },
    );
    expectOneProblem(
      policySchema,
      { ...goodPolicy, writtenDate: '2025-02-30' },
      {
        field: '成文日期（writtenDate）',
        expected: '应为真实存在的日期（月份 01–12，日期不超过当月天数）',
        found: '"2025-02-30"',
      },
    );
  });

  it('rejects a time that does not exist', () => {
    expectOneProblem(
      policySchema,
      { ...goodPolicy, publishDate: '2025-03-08 25:00' },
      {
        field: '发布日期（publishDate）',
        expected: DATE_TIME_REAL,
        found: '"2025-03-08 25:00"',
      },
    );
    expectOneProblem(
      policySchema,
      { ...goodPolicy, publishDate: '2025-03-08 24:00' },
      {
        field: '发布日期（publishDate）',
        expected: DATE_TIME_REAL,
        found: '"2025-03-08 24:00"',
      },
    );
    expect(parsed(policySchema, { ...goodPolicy, publishDate: '2025-03-08 23:59' }).publishDate).toBe(
      '2025-03-08 23:59',
    );
    expectOneProblem(
      policySchema,
      { ...goodPolicy, publishDate: '2025-03-08 10:60' },
      {
        field: '发布日期（publishDate）',
        expected: DATE_TIME_REAL,
        found: '"2025-03-08 10:60"',
      },
    );
  });

  it('rejects a publish date in the wrong format', () => {
    expectOneProblem(
      policySchema,
      { ...goodPolicy, publishDate: '2025-03-08T10:30' },
      {
        field: '发布日期（publishDate）',
        expected: '应为日期和时间，格式 YYYY-MM-DD HH:MM，例如 2024-03-08 10:30',
        found: '"2025-03-08T10:30"',
      },
    );
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
    expectOneProblem(
      policySchema,
      { ...goodPolicy, writtenDate: new Date('2025-03-09T00:00:00Z') },
      {
        field: '成文日期（writtenDate）',
        expected: '成文日期应不晚于发布日期（2025-03-08）',
        found: '"2025-03-09"',
      },
    );
  });

  it('rejects an unknown top-level topic and lists the top levels', () => {
    const [p, ...rest] = problemsOf(policySchema, { ...goodPolicy, topic: '不存在\\公路' });
    expect(rest).toEqual([]);
    expect(p!.field).toBe('主题分类（topic）');
    expect(p!.found).toBe('"不存在\\公路"');
    expect(p!.expected).toMatch(
      /^应为主题分类目录中的值，写作“一级\\二级”（简体、繁體均可）；一级分类应为以下之一：国务院组织机构（國務院組織機構）、综合政务（綜合政務）、/,
    );
    expect(p!.expected).toContain('工业、交通');
  });

  it('rejects an unknown second-level topic and lists that level', () => {
    const [p, ...rest] = problemsOf(policySchema, { ...goodPolicy, topic: '工业、交通\\航海' });
    expect(rest).toEqual([]);
    expect(p!.field).toBe('主题分类（topic）');
    expect(p!.found).toBe('"工业、交通\\航海"');
    expect(p!.expected).toContain('“工业、交通”下的二级分类应为以下之一：');
    expect(p!.expected).toContain('公路、水运（水運）、铁路（鐵路）');
    expect(p!.expected).not.toContain('一级分类应为');
  });

  it('rejects a top level alone when it has children, and a third level', () => {
    expect(problemsOf(policySchema, { ...goodPolicy, topic: '工业、交通' })[0]!.expected).toContain(
      '“工业、交通”下的二级分类',
    );
    expect(problemsOf(policySchema, { ...goodPolicy, topic: '工业、交通\\公路\\高速' })[0]!.field).toBe(
      '主题分类（topic）',
    );
  });

  it('rejects a genre that is not a 公文种类', () => {
    expectOneProblem(
      policySchema,
      { ...goodPolicy, genre: '说明' },
      {
        field: '体裁（genre）',
        expected:
          '应为以下之一（简体、繁體均可）：命令（令）、决定（決定）、公告、通告、通知、通报（通報）、议案（議案）、报告（報告）、请示（請示）、批复（批復）、意见（意見）、函、会议纪要（會議紀要）',
        found: '"说明"',
      },
    );
  });

  it('requires validityDate when validity is 废止 or 失效', () => {
    expectOneProblem(
      policySchema,
      { ...goodPolicy, validity: '废止' },
      {
        field: '失效或废止日期（validityDate）',
        expected: '有效性为“废止”时应填写失效或废止日期，格式 YYYY-MM-DD',
        found: '未填写',
      },
    );
    expectOneProblem(
      policySchema,
      { ...goodPolicy, validity: '失效' },
      {
        field: '失效或废止日期（validityDate）',
        expected: '有效性为“失效”时应填写失效或废止日期，格式 YYYY-MM-DD',
        found: '未填写',
      },
    );
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
    expectOneProblem(
      policySchema,
      { ...goodPolicy, validity: '作废' },
      {
        field: '有效性（validity）',
        expected: '应为以下之一（简体、繁體均可）：有效、失效、废止（廢止）',
        found: '"作废"',
      },
    );
  });

  it('rejects a wrong kind and a missing kind', () => {
    expectOneProblem(
      policySchema,
      { ...goodPolicy, kind: '规范性文件' },
      {
        field: '文件类别（kind）',
        expected: '应为以下之一（简体、繁體均可）：规章（規章）、行政规范性文件（行政規範性文件）、其他文件',
        found: '"规范性文件"',
      },
    );
    // A missing enum is reported as invalid_value, so the message does not
    // start with 必填项 like other missing fields (see report), but it still
    // names the field, the choices and 未填写.
    const { kind: _omit, ...noKind } = goodPolicy;
    expectOneProblem(policySchema, noKind, {
      field: '文件类别（kind）',
      expected: expect.stringContaining(
        '以下之一（简体、繁體均可）：规章（規章）、行政规范性文件（行政規範性文件）、其他文件',
      ),
      found: '未填写',
    });
  });

  it('rejects a wrong disclosure mode', () => {
    expectOneProblem(
      policySchema,
      { ...goodPolicy, disclosure: '公开' },
      {
        field: '公开方式（disclosure）',
        expected:
          '应为以下之一（简体、繁體均可）：主动公开（主動公開）、依申请公开（依申請公開）、不予公开（不予公開）',
        found: '"公开"',
      },
    );
  });

  it('rejects an empty publisher list and a non-boolean needsInterpretation', () => {
    expectOneProblem(
      policySchema,
      { ...goodPolicy, publisher: [] },
      {
        field: '发布机构（publisher）',
        expected: '至少填写一个发布机构',
        found: '列表（0项）',
      },
    );
    expectOneProblem(
      policySchema,
      { ...goodPolicy, needsInterpretation: 'yes' },
      {
        field: '需要解读（needsInterpretation）',
        expected: '应为 true 或 false',
        found: '"yes"',
      },
    );
  });

  it('rejects an attachment path that leaves the folder', () => {
    expectOneProblem(
      policySchema,
      { ...goodPolicy, attachments: [{ file: '../../etc/passwd.pdf' }] },
      {
        field: '附件 › 第1项 › 文件名（attachments[0].file）',
        expected: expect.stringContaining('不含 ..'),
        found: '"../../etc/passwd.pdf"',
      },
    );
  });

  it('rejects an attachment file with no extension, reporting its position', () => {
    expectOneProblem(
      policySchema,
      { ...goodPolicy, attachments: [{ file: '附件1.pdf' }, { file: '附件2' }] },
      {
        field: '附件 › 第2项 › 文件名（attachments[1].file）',
        expected: expect.stringContaining('带扩展名'),
        found: '"附件2"',
      },
    );
  });

  it('rejects attachment names with forbidden characters and a non-list', () => {
    expect(problemsOf(policySchema, { ...goodPolicy, attachments: [{ file: 'a\\b.pdf' }] })[0]!.found).toBe(
      '"a\\b.pdf"',
    );
    expect(problemsOf(policySchema, { ...goodPolicy, attachments: [{ file: 'a:b.pdf' }] })[0]!.field).toBe(
      '附件 › 第1项 › 文件名（attachments[0].file）',
    );
    expectOneProblem(
      policySchema,
      { ...goodPolicy, attachments: '附件1.pdf' },
      {
        field: '附件（attachments）',
        expected: '应为附件列表，每项写作 - file: 附件1.pdf',
        found: '"附件1.pdf"',
      },
    );
  });

  it('limits the summary to 1500 characters', () => {
    expect(parsed(policySchema, { ...goodPolicy, summary: '字'.repeat(1500) }).summary).toHaveLength(1500);
    expectOneProblem(
      policySchema,
      { ...goodPolicy, summary: '字'.repeat(1501) },
      {
        field: '内容概述（summary）',
        expected: '内容概述不能超过1500字',
        found: `"${'字'.repeat(60)}…"`,
      },
    );
  });

  it('rejects a malformed indexNo', () => {
    expectOneProblem(
      policySchema,
      { ...goodPolicy, indexNo: '索引号 1' },
      {
        field: '索引号（indexNo）',
        expected: '应为索引号，只含字母、数字、/ 和 -，例如 11990000MB0000001X/2024-00012',
        found: '"索引号 1"',
      },
    );
  });

  it('reports every problem of one entry, not only the first', () => {
    const problems = problemsOf(policySchema, {
      publisher: '示例省交通运输厅',
      docNo: '示交规[2024]3号',
      topic: '其他',
    });
    expect(problems.map((p) => p.field).sort()).toEqual(
      ['发文字号（docNo）', '发布日期（publishDate）', '文件类别（kind）', '标题（title）'].sort(),
    );
  });
});

/** How values, field paths and zod issues are shown to editors. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describePath, fieldLabels } from '../../src/schemas/labels.ts';
import { describeFound, formatIssues, problemToText } from '../../src/schemas/format-issues.ts';

describe('describeFound', () => {
  it('quotes strings', () => {
    expect(describeFound('示交规[2024]3号')).toBe('"示交规[2024]3号"');
    expect(describeFound(' a ')).toBe('" a "');
  });

  it('calls empty and blank strings 空白', () => {
    expect(describeFound('')).toBe('空白');
    expect(describeFound('  \t\n')).toBe('空白');
  });

  it('truncates strings longer than 60 characters with …', () => {
    const sixty = '字'.repeat(60);
    expect(describeFound(sixty)).toBe(`"${sixty}"`);
    expect(describeFound(`${sixty}多`)).toBe(`"${sixty}…"`);
    const long = 'abcdefghij'.repeat(20);
    const shown = describeFound(long);
    expect(shown).toBe(`"${long.slice(0, 60)}…"`);
    expect(shown).toHaveLength(60 + 3);
  });

  it('labels numbers and booleans with their type', () => {
    expect(describeFound(2001)).toBe('2001（数字）');
    expect(describeFound(0)).toBe('0（数字）');
    expect(describeFound(-1.5)).toBe('-1.5（数字）');
    expect(describeFound(true)).toBe('true（true 或 false）');
    expect(describeFound(false)).toBe('false（true 或 false）');
  });

  it('counts array items', () => {
    expect(describeFound([])).toBe('列表（0项）');
    expect(describeFound(['a', 'b', 'c'])).toBe('列表（3项）');
  });

  it('calls objects 一组字段', () => {
    expect(describeFound({ file: 'a.pdf' })).toBe('一组字段');
    expect(describeFound({})).toBe('一组字段');
  });

  it('distinguishes undefined (未填写) from null (空值)', () => {
    expect(describeFound(undefined)).toBe('未填写');
    expect(describeFound(null)).toBe('空值');
  });

  it('shows a Date as its UTC calendar day, and an invalid Date as 无效日期', () => {
    expect(describeFound(new Date('2024-03-08T00:00:00Z'))).toBe('2024-03-08');
    expect(describeFound(new Date('2024-03-08T23:30:00Z'))).toBe('2024-03-08');
    expect(describeFound(new Date('not a date'))).toBe('无效日期');
  });

  it('falls back to String() for other values', () => {
    expect(describeFound(10n)).toBe('10');
  });
});

describe('describePath', () => {
  it('names the whole file for an empty path', () => {
    expect(describePath([])).toBe('整个文件');
  });

  it('names a top-level field in Chinese with its code', () => {
    expect(describePath(['docNo'])).toBe('发文字号（docNo）');
    expect(describePath(['title'])).toBe('标题（title）');
  });

  it('names nested paths with 1-based item numbers', () => {
    expect(describePath(['attachments', 0, 'file'])).toBe('附件 › 第1项 › 文件名（attachments[0].file）');
    expect(describePath(['contact', 'email'])).toBe('联系方式 › 电子邮箱（contact.email）');
    expect(describePath(['catalogue', 3, 'children', 11, 'key'])).toBe(
      '信息公开目录 › 第4项 › 子栏目 › 第12项 › 栏目代码（catalogue[3].children[11].key）',
    );
    expect(describePath(['keywords', 2])).toBe('关键词 › 第3项（keywords[2]）');
  });

  it('keeps unknown field names as they are', () => {
    expect(describePath(['writtendate'])).toBe('writtendate（writtendate）');
    expect(describePath([0, 'foo'])).toBe('第1项 › foo（[0].foo）');
  });

  it('has a label for every frontmatter field', () => {
    for (const name of ['title', 'indexNo', 'publisher', 'docNo', 'writtenDate', 'publishDate', 'topic', 'genre']) {
      expect(fieldLabels[name], name).toBeTruthy();
    }
  });
});

describe('formatIssues', () => {
  const schema = z.object({
    title: z.string({ error: '应为标题' }),
    year: z.number({ error: '应为年份' }),
    attachments: z.array(z.object({ file: z.string().regex(/\.pdf$/, { error: '应为 PDF 文件' }) })),
  });

  it('gives file, field, expected and found for every issue', () => {
    const result = schema.safeParse(
      { year: '2024', attachments: [{ file: 'a.pdf' }, { file: 'b.doc' }] },
      { reportInput: true },
    );
    expect(result.success).toBe(false);
    expect(formatIssues('content/x.md', result.error!.issues)).toEqual([
      { file: 'content/x.md', field: '标题（title）', expected: '必填项；应填写标题', found: '未填写' },
      { file: 'content/x.md', field: '报告年度（year）', expected: '应为年份', found: '"2024"' },
      {
        file: 'content/x.md',
        field: '附件 › 第2项 › 文件名（attachments[1].file）',
        expected: '应为 PDF 文件',
        found: '"b.doc"',
      },
    ]);
  });

  it('does not add 必填项 when a value is present but of the wrong type', () => {
    const result = schema.safeParse({ title: null, year: 1, attachments: [] }, { reportInput: true });
    const [p] = formatIssues('f', result.error!.issues);
    expect(p).toEqual({ file: 'f', field: '标题（title）', expected: '应为标题', found: '空值' });
  });

  it('reports each unrecognised key with a suggestion when one is close', () => {
    const strict = z.strictObject({
      title: z.string(),
      docNo: z.string().optional(),
      writtenDate: z.string().optional(),
    });
    const result = strict.safeParse({ title: 'x', docno: 'a', wrtten: 'b', colour: 1 }, { reportInput: true });
    expect(formatIssues('f', result.error!.issues, ['title', 'docNo', 'writtenDate'])).toEqual([
      {
        file: 'f',
        field: '未知字段（docno）',
        expected: '只能使用已定义的字段；是不是要写 docNo（发文字号）？',
        found: 'docno: "a"',
      },
      {
        file: 'f',
        field: '未知字段（wrtten）',
        expected: '只能使用已定义的字段；请检查拼写或删除此字段',
        found: 'wrtten: "b"',
      },
      {
        file: 'f',
        field: '未知字段（colour）',
        expected: '只能使用已定义的字段；请检查拼写或删除此字段',
        found: 'colour: 1（数字）',
      },
    ]);
  });

  it('gives each problem the line its field is written on, unknown keys included', () => {
    const strict = z.strictObject({ title: z.string({ error: '应为标题' }), year: z.number({ error: '应为年份' }) });
    const result = strict.safeParse({ title: 1, year: 2024, colour: 1 }, { reportInput: true });
    const lineOf = (path: readonly PropertyKey[]) =>
      ({ title: 2, colour: 4 })[String(path[0]) as 'title' | 'colour'] ?? 1;
    expect(
      formatIssues('f', result.error!.issues, ['title', 'year'], {}, lineOf).map((p) => [p.line, p.field]),
    ).toEqual([
      [2, '标题（title）'],
      [4, '未知字段（colour）'],
    ]);
  });

  it('returns nothing for no issues', () => {
    expect(formatIssues('f', [])).toEqual([]);
  });
});

describe('problemToText', () => {
  it('prints file, field, expected and found on separate lines', () => {
    expect(
      problemToText({
        file: 'content/policies/x.md',
        field: '发文字号（docNo）',
        expected: '序号不能以0开头',
        found: '"示交规〔2024〕03号"',
      }),
    ).toBe('content/policies/x.md\n  字段：发文字号（docNo）\n  要求：序号不能以0开头\n  实际："示交规〔2024〕03号"');
  });

  it('names the line after the file when it is known', () => {
    expect(
      problemToText({
        file: 'content/site.yaml',
        line: 7,
        field: '网站标识码（siteCode）',
        expected: '10位数字',
        found: '"1"',
      }),
    ).toBe('content/site.yaml:7\n  字段：网站标识码（siteCode）\n  要求：10位数字\n  实际："1"');
  });
});

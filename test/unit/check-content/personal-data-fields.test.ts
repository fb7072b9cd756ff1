/**
 * Personal data is looked for in every published text field of every
 * collection, driven by the schemas (a field added tomorrow is covered
 * without a list to update), in the file name, and in every data-list cell;
 * disguised numbers included. Each error names the file, the field (or the
 * row and column) and the number, masked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/checks/check-content.ts';
import { checkFile } from '../../../src/checks/check-file.ts';
import { LIST_PERSONAL_DATA_EXPECTED } from '../../../src/checks/check-lists.ts';
import { PERSONAL_DATA_EXPECTED, personalDataProblems } from '../../../src/checks/check-personal-data.ts';
import { SourceLines } from '../../../src/checks/source-lines.ts';
import { collectionSchemas, type CollectionName } from '../../../src/schemas/collections.ts';
import { freshContentFolders, shown, write } from '../../support/content-cases.ts';
import { stringify } from 'yaml';
import { MINIMAL_ENTRIES } from '../../support/minimal-entries.ts';

const freshContent = freshContentFolders();
const BASES = MINIMAL_ENTRIES;
// A mobile number in full-width digits with a zero-width space: the disguise the old check missed.
const NUMBER = '联系人１３８\u200b-1234-5678';

/** The top-level fields of a collection's schema. */
function fieldsOf(collection: CollectionName): string[] {
  const s = collectionSchemas[collection] as unknown as {
    shape?: Record<string, unknown>;
    in?: { shape?: Record<string, unknown> };
  };
  return Object.keys(s.shape ?? s.in?.shape ?? {});
}

describe('personal data in every field', () => {
  it('is reported in every text field of every collection that takes text, nested ones included', () => {
    const dir = freshContent();
    const covered: string[] = [];
    for (const [collection, base] of Object.entries(BASES) as [CollectionName, Record<string, unknown>][]) {
      for (const field of fieldsOf(collection)) {
        if (field === 'piiReviewed') continue;
        // Text where the schema takes text, a list of text where it takes a list, an attachment's title for attachments.
        for (const value of [
          NUMBER,
          [NUMBER],
          [{ file: '附件.pdf', title: NUMBER }],
          { date: '2025-07-01', received: 1, adopted: 0, summary: NUMBER },
        ]) {
          const relative = `case-${covered.length}-${field}.md`;
          const source = `---\n${stringify({ ...base, [field]: value })}---\n\n正文。\n`;
          const file = path.join(dir, collection, relative);
          write(dir, path.join(collection, relative), source);
          const lines = new SourceLines();
          const result = checkFile({ collection, relative, file: relative, path: file, source }, lines);
          if (!result.ok) continue;
          const problems = personalDataProblems(
            { collection, id: relative.slice(0, -3), file: relative, path: file, data: result.data },
            result.facts,
            lines,
          );
          expect(
            problems.map((p) => p.found),
            `${collection}.${field}`,
          ).toEqual(['含有手机号码 138****5678']);
          expect(problems[0]!.field, `${collection}.${field}`).toContain(field);
          covered.push(`${collection}.${field}`);
          break;
        }
      }
    }
    // The fields the audit found unscanned are among them.
    for (const field of [
      'policies.publisher',
      'policies.keywords',
      'letters.writer',
      'letters.channel',
      'letters.handler',
      'interviews.guests',
      'interviews.host',
      'consultations.unit',
      'consultations.feedbackAddress',
      'consultations.feedback',
      'news.source',
      'news.author',
      'pages.description',
      'policies.attachments',
    ]) {
      expect(covered).toContain(field);
    }
    expect(covered.length).toBeGreaterThanOrEqual(35);
  });

  it('is reported in a file name, which becomes the page address', () => {
    const dir = freshContent();
    write(
      dir,
      'news/2025/wang-13812345678.md',
      '---\ntitle: 会议\ncolumn: zwdt\npublishDate: "2025-06-01 09:00"\nsource: 办公室\n---\n\n正文。\n',
    );
    expect(checkContent(dir).errors).toEqual([
      {
        file: shown(dir, 'news/2025/wang-13812345678.md'),
        line: 1,
        field: '文件名（也是网页地址）',
        expected: PERSONAL_DATA_EXPECTED,
        found: '含有手机号码 138****5678',
      },
    ]);
  });

  it('is reported in a data-list cell, with row and column, and the row is not published', () => {
    const dir = freshContent();
    const file = path.join(dir, 'lists', 'xzcf.csv');
    const id = '11010519491231002X';
    fs.appendFileSync(
      file,
      `张某某（身份证号 ${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}）,自然人,,,示交执罚〔2025〕99号,车辆超限运输,经查属实。联系电话 １３９－１２３４－５６７８,《公路安全保护条例》第六十四条,罚款,罚款0.5万元,0.5,,2025-09-26,示例省交通运输综合行政执法总队,2025-10-09\n`,
    );
    const line = fs.readFileSync(file, 'utf8').trimEnd().split('\n').length;
    const { errors } = checkContent(dir);
    expect(errors).toEqual([
      {
        file: shown(dir, 'lists/xzcf.csv'),
        line,
        field: `第${line}行 › 列“行政相对人名称”`,
        expected: LIST_PERSONAL_DATA_EXPECTED,
        found: '含有身份证号 1101**********002X',
      },
      {
        file: shown(dir, 'lists/xzcf.csv'),
        line,
        field: `第${line}行 › 列“违法事实”`,
        expected: LIST_PERSONAL_DATA_EXPECTED,
        found: '含有手机号码 139****5678',
      },
    ]);
  });
});

describe('personal data the search index would join', () => {
  it('is reported when an HTML comment over several lines splits a number in the body', async () => {
    const { scanBody } = await import('../../../src/checks/body-facts.ts');
    expect(scanBody('第一段。\n\n电话138<!-- 注释\n第二行 -->12345678。\n', 10).personalData).toEqual([
      { line: 12, kind: '手机号码', masked: '138****5678' },
    ]);
  });
});

describe('personal data in the site settings', () => {
  it('is reported in any setting, with its line (the settings are on every page)', async () => {
    const { replaceIn } = await import('../../support/fixture-content.ts');
    const dir = freshContent();
    replaceIn(dir, 'site.yaml', 'phone: 0990-8812 3456', 'phone: 139 1234 5678');
    const { errors } = checkContent(dir);
    expect(errors).toEqual([
      {
        file: shown(dir, 'site.yaml'),
        line: 20,
        field: expect.stringContaining('phone'),
        expected: '不公开个人信息：网站设置中的联系方式请写办公电话、服务热线或电子邮箱',
        found: '含有手机号码 139****5678',
      },
    ]);
  });
});

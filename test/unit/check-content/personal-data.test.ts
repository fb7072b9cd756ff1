/**
 * Personal data in titles, summaries, attachment names and bodies stops the
 * build, masked in the message, unless the entry records a review
 * (`piiReviewed`); the numbers official documents are full of do not.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/checks/check-content.ts';
import { PERSONAL_DATA_EXPECTED } from '../../../src/checks/check-personal-data.ts';
import { addToPolicy, freshContentFolders, POLICY, shown, write, writeNews } from '../../support/content-cases.ts';
import { replaceIn } from '../../support/fixture-content.ts';

const freshContent = freshContentFolders();

describe('personal data', () => {
  it('reports a 身份证号 in a body with its line, masked, and how to fix it', () => {
    const dir = freshContent();
    addToPolicy(dir, '联系人身份证号110101199003071233。', true);
    expect(checkContent(dir).errors).toEqual([
      {
        file: shown(dir, POLICY),
        line: 21,
        field: '正文',
        expected: PERSONAL_DATA_EXPECTED,
        found: '含有身份证号 1101**********1233',
      },
    ]);
    expect(PERSONAL_DATA_EXPECTED).toBe(
      '不公开个人信息：删除该号码或只保留部分数字（如 138****5678）；确需公开的，经审查后在信息头记录 piiReviewed: { reviewer: 审查人, date: 审查日期 }',
    );
  });

  it('reports a mobile number in a title and a bank card number in an attachment name, at their lines', () => {
    const dir = freshContent();
    replaceIn(
      dir,
      'news/meeting.md',
      'title: 省交通运输厅召开全省道路运输安全工作会议',
      'title: 会议联系人王先生13812345678',
    );
    replaceIn(
      dir,
      POLICY,
      '    title: 附件1：信用评价指标表',
      '    title: 附件1：信用评价指标表\n  - file: 退款账户6222021234567894.pdf',
    );
    write(dir, 'policies/2025/退款账户6222021234567894.pdf', '%PDF-1.4\n');
    const { errors } = checkContent(dir);
    expect(errors).toEqual([
      {
        file: shown(dir, POLICY),
        line: 17,
        field: '附件 › 第2项 › 文件名（attachments[1].file）',
        expected: PERSONAL_DATA_EXPECTED,
        found: '含有银行卡号 6222********7894',
      },
      {
        file: shown(dir, 'news/meeting.md'),
        line: 2,
        field: '标题（title）',
        expected: PERSONAL_DATA_EXPECTED,
        found: '含有手机号码 138****5678',
      },
    ]);
  });

  it('accepts personal data the entry records as reviewed, and checks the record', () => {
    const dir = freshContent();
    addToPolicy(dir, '联系人身份证号110101199003071233。', true);
    replaceIn(
      dir,
      POLICY,
      'needsInterpretation: true',
      'needsInterpretation: true\npiiReviewed: { reviewer: 张三, date: 2025-03-09 }',
    );
    expect(checkContent(dir).errors).toEqual([]);
    replaceIn(dir, POLICY, 'piiReviewed: { reviewer: 张三, date: 2025-03-09 }', 'piiReviewed: { date: 2025-03-09 }');
    expect(checkContent(dir).errors).toEqual([
      {
        file: shown(dir, POLICY),
        line: 12,
        field: '个人信息审查 › 审查人（piiReviewed.reviewer）',
        expected: '必填项；应填写审查人姓名',
        found: '未填写',
      },
    ]);
  });

  it('does not report 发文字号, 索引号, dates or office phone numbers', () => {
    const dir = freshContent();
    writeNews(
      dir,
      'news/2025/numbers.md',
      '关于示交规〔2025〕13号文件的说明',
      [
        '索引号 11990000MB0000001X/2025-00003，原索引号 000014349/2017-00110。',
        '成文日期 2025-03-01，发布于2025年3月10日 09:30（20250310）。',
        '咨询电话：0371-65912345、0990-8812 3456，传真 (0371)65912346，热线 12328、400-123-4567，邮编 450000。',
        '统一社会信用代码 91410000MA44XXXX0X。',
      ].join('\n\n'),
    );
    expect(checkContent(dir).errors).toEqual([]);
  });

  it('keeps reporting personal data in a file taken from the check cache', () => {
    const dir = freshContent();
    addToPolicy(dir, '手机 139 1234 5678。', true);
    const cacheFile = path.join(dir, '..', `${path.basename(dir)}-cache.json`);
    const first = checkContent(dir, { cacheFile }).errors;
    expect(first.map((e) => [e.line, e.found])).toEqual([[21, '含有手机号码 139****5678']]);
    expect(checkContent(dir, { cacheFile }).errors).toEqual(first);
  });
});

/**
 * `npm run check` reads inside attachments: personal data in a PDF page, a
 * Word paragraph (DOCX and Word 97 .doc), a spreadsheet cell (XLSX and
 * Excel 97 .xls) and an OFD page fails the check, each
 * message naming the file, the place in it and the masked number;
 * `piiReviewed` covers attachments as it covers bodies; a file a screen
 * reader cannot read is a warning; a file that cannot be read is a warning,
 * never a failure. Runs the real CLI on a copy of the fixture site.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXTRACT_VERSION } from '../../../src/attachments/extraction.ts';
import { isResidentIdNumber } from '../../../src/utils/id-codes.ts';
import { docFile, docxFile, ofdFile, textPdf, xlsFile, xlsxFile } from '../../attachments/make-samples.ts';
import { freshContentFolders, POLICY, write } from '../../support/content-cases.ts';
import { replaceIn } from '../../support/fixture-content.ts';
import { projectRoot } from '../../support/paths.ts';

const freshContent = freshContentFolders();

/** A made-up 身份证号 with a valid check digit (GB 11643). */
function idNumber(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((n, d, i) => n + Number(d) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11]!;
}

function runCheck(dir: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['src/integrations/check-cli.ts'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, GONGKAI_CONTENT_DIR: dir, GONGKAI_CACHE_DIR: path.join(dir, '.cache') },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const IDS = [idNumber('11010119800101001'), idNumber('11010119851231002'), idNumber('11010119900615003')];
const ATTACHMENTS = ['名单.xlsx', '说明.pdf', '须知.docx', '标准.ofd', '坏文件.pdf', '名册.xls', '值班.doc'];

describe('attachments in the content check', () => {
  let dir = '';
  beforeAll(async () => {
    dir = freshContent();
    const folder = path.join(dir, 'policies', '2025');
    await xlsxFile(path.join(folder, '名单.xlsx'), IDS);
    await textPdf(path.join(folder, '说明.pdf'), true, '联系人手机 13912345678');
    await docxFile(path.join(folder, '须知.docx'), '退款账户 6222021234567894');
    ofdFile(path.join(folder, '标准.ofd'), `经办人身份证号${IDS[0]}`);
    write(dir, 'policies/2025/坏文件.pdf', '%PDF-1.4\n');
    xlsFile(path.join(folder, '名册.xls'), IDS.slice(1));
    docFile(path.join(folder, '值班.doc'), `值班人员身份证号 ${IDS[2]}`);
    replaceIn(
      dir,
      POLICY,
      '    title: 附件1：信用评价指标表',
      `    title: 附件1：信用评价指标表\n${ATTACHMENTS.map((f) => `  - file: ${f}`).join('\n')}`,
    );
  }, 120_000);

  it('makes valid ID numbers for the spreadsheet', () => {
    expect(IDS.every(isResidentIdNumber)).toBe(true);
  });

  it('fails on personal data in each type, naming the file, the place and the masked number', () => {
    const { status, output } = runCheck(dir);
    expect(status).toBe(1);
    const where = `${path.relative(projectRoot, path.join(dir, POLICY))}`;
    expect(output).toContain(
      `${where}:17 附件 › 第 2 个（名单.xlsx） › 工作表「养护里程」D3\n      要求：不公开个人信息`,
    );
    expect(output).toContain('实际：含有身份证号 1101**********');
    expect(output).toContain('工作表「养护里程」D4');
    expect(output).toContain(`附件 › 第 3 个（说明.pdf） › 第1页\n      要求：不公开个人信息`);
    expect(output).toContain('实际：含有手机号码 139****5678');
    expect(output).toContain('附件 › 第 4 个（须知.docx） › 正文');
    expect(output).toContain('实际：含有银行卡号 6222********7894');
    expect(output).toContain('附件 › 第 5 个（标准.ofd） › 第1页');
    expect(output).toContain(`实际：含有身份证号 ${IDS[0]!.slice(0, 4)}**********${IDS[0]!.slice(14)}`);
    // Read, not fatal: the broken file and the OFD are warnings.
    expect(output).toMatch(
      /附件 › 第 6 个（坏文件\.pdf）\n\s+要求：能读取内容的附件（用于全文搜索和个人信息检查）\n\s+实际：无法读取：文件无法解析/,
    );
    expect(output).toContain('实际：OFD 版式文件：常用读屏软件无法朗读');
    expect(output).toMatch(/附件 \d+ 个：读取内容 \d+ 个（本次读取 \d+，沿用缓存 0/);
    const masked = (id: string) => `${id.slice(0, 4)}**********${id.slice(14)}`;
    const error = (place: string, id: string) =>
      `${place}\n      要求：不公开个人信息：删除该号码或只保留部分数字（如 138****5678）；确需公开的，经审查后在信息头记录 piiReviewed: { reviewer: 审查人, date: 审查日期 }\n      实际：含有身份证号 ${masked(id)}`;
    expect(output).toContain(error('附件 › 第 7 个（名册.xls） › 工作表「物资储备」D3', IDS[1]!));
    expect(output).toContain(error('附件 › 第 7 个（名册.xls） › 工作表「物资储备」D4', IDS[2]!));
    expect(output).toContain(error('附件 › 第 8 个（值班.doc） › 正文', IDS[2]!));
    expect(output).toContain('8 个错误');
  }, 120_000);

  it('reports the same problems again from the findings of unchanged files, without their text; a replaced file is read again', async () => {
    const first = runCheck(dir).output;
    const problems = (out: string) => out.split('\n').filter((l) => /附件 › 第 \d+ 个|实际：/.test(l));
    // The extracted texts are spoiled: an unchanged file's findings must come from the findings' cache.
    const texts = path.join(dir, '.cache', `attachment-text-v${EXTRACT_VERSION}`);
    for (const name of fs.readdirSync(texts))
      fs.writeFileSync(path.join(texts, name), JSON.stringify({ ok: false, reason: '不应读取' }));
    const again = runCheck(dir);
    expect(again.status).toBe(1);
    expect(again.output).not.toContain('不应读取');
    expect(problems(again.output)).toEqual(problems(first));
    expect(again.output).toMatch(/本次读取 0，沿用缓存 \d+/);
    // A replaced file (new digest) is read and checked afresh.
    await textPdf(path.join(dir, 'policies', '2025', '说明.pdf'), true, '联系电话 0571-12345678');
    const replaced = runCheck(dir).output;
    expect(replaced).toMatch(/本次读取 1，/);
    expect(replaced).not.toContain('含有手机号码 139****5678');
    expect(replaced).toContain('7 个错误');
  }, 120_000);

  it('accepts them when the entry records a review, and reads no file again', () => {
    replaceIn(
      dir,
      POLICY,
      'needsInterpretation: true',
      'needsInterpretation: true\npiiReviewed: { reviewer: 张三, date: 2025-03-09 }',
    );
    const { status, output } = runCheck(dir);
    expect(output).not.toContain('不公开个人信息');
    expect(status).toBe(0);
    expect(output).toMatch(/本次读取 0，沿用缓存 \d+/);
  }, 120_000);
});

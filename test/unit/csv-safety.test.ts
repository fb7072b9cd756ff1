/**
 * CSV formula injection (OWASP; ASVS 1.2.10): a cell a spreadsheet would run
 * as a formula is written as text with a leading ', in every CSV the site
 * writes (data lists, the open-data catalogue, the 年报 tables); plain
 * numbers, negative ones included, stay numbers.
 */
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/annual-report/downloads.ts';
import { csvLine, parseCsv, spreadsheetSafe } from '../../src/utils/csv.ts';

describe('spreadsheetSafe', () => {
  it('turns a formula into text', () => {
    for (const formula of [
      '=1+1',
      '=HYPERLINK("https://evil.example","点击")',
      '+1+2',
      "-2+3+cmd|' /C calc'!A0",
      '@SUM(A1:A2)',
      '\t=1+1',
      '\r=1+1',
      '\u0000=1',
      '  =1+1',
      '-',
      '+86 138',
    ]) {
      expect(spreadsheetSafe(formula), JSON.stringify(formula)).toBe(`'${formula}`);
    }
  });

  it('keeps plain numbers, negative ones included, and ordinary text as they are', () => {
    for (const text of [
      '-3',
      '+3',
      '-0.5',
      '12.75',
      '0',
      '示交规〔2025〕2号',
      '2025-03-10',
      '罚款-3万元',
      'a=b',
      ' 空格',
      '',
    ])
      expect(spreadsheetSafe(text), text).toBe(text);
  });

  it('is applied by csvLine and the 年报 tables, and reads back as the safe text', () => {
    expect([...parseCsv(csvLine(['=1+1', '-3', '"=x"']))][0]!.cells).toEqual(["'=1+1", '-3', '"=x"']);
    expect(
      toCsv([
        ['项目', '数值'],
        ['=cmd', -3],
      ]),
    ).toBe("\uFEFF项目,数值\r\n'=cmd,-3\r\n");
  });
});

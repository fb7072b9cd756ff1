/**
 * Data lists: CSV reading, the per-row schema errors (file, line, column,
 * expected, found), the rules between cells (双公示 in working days,
 * repeated codes, 自然人 privacy), and sorting and filtering at 20,000 rows.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataLists } from '../../src/checks/check-lists.ts';
import { columnsOf, listDefinitionByKey } from '../../src/schemas/lists.ts';
import { csvLine, parseCsv } from '../../src/utils/csv.ts';
import { creditCodeCheckChar } from '../../src/utils/id-codes.ts';
import { choicesOf, displayCell, filterRows, searchTextOf, sortRows } from '../../src/utils/list-table.ts';

let root = '';
let n = 0;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-lists-'));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** A content folder holding only the given list files. */
function contentWith(files: Record<string, string>): string {
  const dir = path.join(root, `case-${++n}`);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, 'lists', name)), { recursive: true });
    fs.writeFileSync(path.join(dir, 'lists', name), text);
  }
  return dir;
}
const shown = (dir: string, file: string) => path.join(path.relative(process.cwd(), dir), 'lists', file);

const XZCF = columnsOf(listDefinitionByKey.get('xzcf')!);
const code = (i: number) => {
  const body = `9199010${String(i).padStart(6, '0')}MA00`.slice(0, 17);
  return body + creditCodeCheckChar(body);
};
/** A valid 行政处罚 row; `over` replaces cells by column name. */
function penalty(i: number, over: Record<string, string> = {}): string {
  const row: Record<string, string> = {
    行政相对人名称: `测试运输有限公司${i}`,
    相对人类别: '法人及非法人组织',
    统一社会信用代码: code(i),
    法定代表人: '周某',
    处罚决定书文号: `示交执罚〔2025〕${i}号`,
    违法行为类型: i % 2 ? '车辆超限运输' : '未按规定进行车辆维护',
    违法事实: '经查属实。',
    处罚依据: '《公路安全保护条例》第六十四条',
    处罚类别: i % 3 ? '罚款' : '警告、罚款',
    处罚内容: '罚款',
    '罚款金额（万元）': String((i % 50) / 10),
    '没收违法所得金额（万元）': '',
    处罚决定日期: `2025-0${1 + (i % 9)}-1${i % 9}`,
    处罚机关: i % 4 ? '示例省交通运输厅' : '示例省交通运输综合行政执法总队',
    公示日期: `2025-0${1 + (i % 9)}-2${i % 9}`,
    ...over,
  };
  return csvLine(XZCF.map((c) => row[c]));
}
const header = csvLine(XZCF);

describe('CSV', () => {
  it('reads quotes, doubled quotes, line breaks in cells, CRLF, a BOM and blank lines, with the line each record starts on', () => {
    const text = '\uFEFFa,b\r\n"x, ""y""","第一行\n第二行"\r\n\r\nplain,\n';
    expect([...parseCsv(text)]).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, "y"', '第一行\n第二行'] },
      { line: 5, cells: ['plain', ''] },
    ]);
  });

  it('writes what it reads back', () => {
    const cells = ['逗号,在内', '引号"在内', '换行\n在内', ' 空格', ''];
    expect([...parseCsv(csvLine(cells))][0]!.cells).toEqual(cells);
  });
});

describe('loadDataLists', () => {
  it('loads a good list, splitting one list over several files, in its default order', () => {
    const dir = contentWith({
      'xzcf/2025a.csv': header + penalty(1) + penalty(2),
      'xzcf/2025b.csv': header + penalty(3),
    });
    const report = loadDataLists(dir);
    expect(report.errors).toEqual([]);
    const [list] = report.lists;
    expect(list!.rows).toHaveLength(3);
    const dates = list!.rows.map((r) => r[XZCF.indexOf('处罚决定日期')]);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('names file, line, column, what was expected and what was found', () => {
    const dir = contentWith({
      'xzcf.csv': header + penalty(1) + penalty(2, { 处罚决定日期: '2025/3/8', 处罚类别: '罚金', 处罚机关: '' }),
    });
    const { errors } = loadDataLists(dir);
    expect(errors).toEqual([
      {
        file: shown(dir, 'xzcf.csv'),
        line: 3,
        field: '第3行 › 列“处罚类别”',
        expected: expect.stringContaining('应为以下之一，多个用“、”分隔（简体、繁體均可）：警告、'),
        found: '"罚金"',
      },
      {
        file: shown(dir, 'xzcf.csv'),
        line: 3,
        field: '第3行 › 列“处罚决定日期”',
        expected: '应为日期，格式 YYYY-MM-DD，例如 2024-03-08',
        found: '"2025/3/8"',
      },
      {
        file: shown(dir, 'xzcf.csv'),
        line: 3,
        field: '第3行 › 列“处罚机关”',
        expected: '必填项；应填写处罚机关',
        found: '未填写',
      },
    ]);
  });

  it('reads column names and vocabulary cells written in 繁體 as the simplified ones', () => {
    const hantHeader = header
      .replace('相对人类别', '相對人類別')
      .replace('处罚类别', '處罰類別')
      .replace('处罚机关', '處罰機關');
    const dir = contentWith({
      'xzcf.csv': hantHeader + penalty(1, { 相对人类别: '法人及非法人組織', 处罚类别: '警告、罰款' }),
    });
    const report = loadDataLists(dir);
    expect(report.errors).toEqual([]);
    const row = report.lists[0]!.rows[0]!;
    expect(row[XZCF.indexOf('相对人类别')]).toBe('法人及非法人组织');
    expect(row[XZCF.indexOf('处罚类别')]).toBe('警告、罚款');
    expect(row[XZCF.indexOf('处罚机关')]).toBe('示例省交通运输厅');
  });

  it('reports a wrong header once, not on every row', () => {
    const dir = contentWith({ 'xzcf.csv': header.replace('处罚机关', '执法机关') + penalty(1) + penalty(2) });
    const { errors } = loadDataLists(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ field: '第1行（表头）', found: '未知的列：执法机关' });
    expect(errors[0]!.expected).toContain('缺少必需的列：处罚机关');
  });

  it('reports a row with the wrong number of cells', () => {
    const dir = contentWith({ 'xzcf.csv': `${header}只有一列\n` });
    expect(loadDataLists(dir).errors[0]).toMatchObject({ field: '第2行（整行）', found: '1列' });
  });

  it('names the YAML line of a bad item and unknown columns', () => {
    const dir = contentWith({
      'qzqd.yaml': [
        '- 事项编码: QZ-1',
        '  事项名称: 甲',
        '  权力类型: 行政许可',
        '  实施依据: 某法',
        '  实施主体: 某厅',
        '  责任事项: 审查',
        '  追责情形: 违法许可',
        '- 事项编码: QZ-2',
        '  事项名称: 乙',
        '  权力类型: 许可',
        '  实施依据: 某法',
        '  实施主体: 某厅',
        '  责任事项: 审查',
        '  追责情形: 违法许可',
        '  备忘: 多余',
      ].join('\n'),
    });
    const { errors } = loadDataLists(dir);
    expect(errors.map((e) => [e.field, e.found])).toEqual([
      ['第8行 › 列“权力类型”', '"许可"'],
      ['第8行', '未知的列：备忘'],
    ]);
  });

  it('refuses an unknown list name, listing the known ones', () => {
    const dir = contentWith({ 'xzqz.csv': 'a\n1\n' });
    expect(loadDataLists(dir).errors[0]).toMatchObject({ field: '文件名', found: '"xzqz"' });
    expect(loadDataLists(dir).errors[0]!.expected).toContain('xzcf（行政处罚信息公示）');
  });

  it('warns when 双公示 is later than 7 working days, counting holidays and 调休', () => {
    const dir = contentWith({
      'xzcf.csv':
        header +
        // 9-26 + 7 working days is 10-13 (National Day and its 调休 weekends): on time.
        penalty(1, { 处罚决定日期: '2025-09-26', 公示日期: '2025-10-13' }) +
        penalty(2, { 处罚决定日期: '2025-09-26', 公示日期: '2025-10-14' }) +
        penalty(3, { 处罚决定日期: '2025-09-26', 公示日期: '2025-09-25' }),
    });
    const { errors, warnings } = loadDataLists(dir);
    expect(warnings).toEqual([
      {
        file: shown(dir, 'xzcf.csv'),
        line: 3,
        field: '第3行 › 列“公示日期”',
        expected: '自处罚决定日期起7个工作日内公示，即不晚于 2025-10-13（按法定节假日和调休计算）',
        found: '"2025-10-14"',
      },
    ]);
    expect(errors).toEqual([
      {
        file: shown(dir, 'xzcf.csv'),
        line: 4,
        field: '第4行 › 列“公示日期”',
        expected: '不早于处罚决定日期（2025-09-26）',
        found: '"2025-09-25"',
      },
    ]);
  });

  it('says when the holiday calendar does not cover the year', () => {
    const dir = contentWith({
      'xzcf.csv': header + penalty(1, { 处罚决定日期: '2099-04-27', 公示日期: '2099-05-15' }),
    });
    expect(loadDataLists(dir).warnings[0]!.expected).toContain('该年份的节假日安排尚未收录，仅按周末计算');
  });

  it('keeps codes unique and natural persons without a published ID', () => {
    const dir = contentWith({
      'xzcf.csv':
        header +
        penalty(1) +
        penalty(2, { 处罚决定书文号: '示交执罚〔2025〕1号' }) +
        penalty(3, { 相对人类别: '自然人' }) +
        penalty(4, { 统一社会信用代码: '' }),
    });
    const { errors } = loadDataLists(dir);
    expect(errors.map((e) => [e.field, e.expected])).toEqual([
      ['第3行 › 列“处罚决定书文号”', `不重复的处罚决定书文号；该值已在 ${shown(dir, 'xzcf.csv')} 第2行 使用`],
      ['第4行 › 列“统一社会信用代码”', '行政相对人为自然人时不公示证件号码，此列应留空'],
      ['第5行 › 列“统一社会信用代码”', '必填项；法人及非法人组织应填写18位统一社会信用代码'],
    ]);
  });

  it('reads, checks and orders 20,000 rows quickly; sorting and filtering stay linear or n log n', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) =>
      penalty(i + 1, { 处罚决定书文号: `示交执罚〔2025〕${i + 1}号` }),
    );
    const dir = contentWith({ 'xzcf.csv': header + rows.join('') });
    let started = performance.now();
    const report = loadDataLists(dir);
    const loadMs = performance.now() - started;
    expect(report.errors).toEqual([]);
    const list = report.lists[0]!;
    expect(list.rows).toHaveLength(20_000);
    started = performance.now();
    const texts = list.rows.map(searchTextOf);
    const amount = XZCF.indexOf('罚款金额（万元）');
    const sorted = sortRows(list.rows, amount, 'number', true);
    const agency = XZCF.indexOf('处罚机关');
    const kinds = XZCF.indexOf('处罚类别');
    const filtered = filterRows(list.rows, texts, { query: '超限', choices: new Map([[kinds, '警告']]) });
    const browseMs = performance.now() - started;
    expect(Number(sorted[0]![amount])).toBe(4.9);
    expect(Number(sorted.at(-1)![amount])).toBe(0);
    expect(filtered.length).toBeGreaterThan(0);
    expect(
      filtered.every(
        (r) => r[XZCF.indexOf('违法行为类型')] === '车辆超限运输' && r[kinds]!.split('、').includes('警告'),
      ),
    ).toBe(true);
    expect(choicesOf(list.rows, agency)).toEqual(['示例省交通运输厅', '示例省交通运输综合行政执法总队']);
    expect(choicesOf(list.rows, kinds)).toEqual(['警告', '罚款'].sort(new Intl.Collator('zh-Hans-CN').compare));
    // Generous bounds for a shared 2-core machine; an O(n²) step would take minutes here.
    expect(loadMs).toBeLessThan(15_000);
    expect(browseMs).toBeLessThan(3_000);
  });
});

describe('lists named in site.yaml', () => {
  it('warns when a column names a list the site does not publish', async () => {
    const { checkContent } = await import('../../src/checks/check-content.ts');
    const { writeFixtureContent } = await import('../support/fixture-content.ts');
    const dir = path.join(root, `case-${++n}`);
    writeFixtureContent(dir);
    expect(checkContent(dir).warnings).toEqual([]);
    fs.rmSync(path.join(dir, 'lists', 'xzcf.csv'));
    expect(checkContent(dir).warnings).toEqual([
      {
        file: path.join(path.relative(process.cwd(), dir), 'site.yaml'),
        line: 94,
        field: '信息公开目录 › 行政许可（xzxk）› 数据清单（lists）',
        expected: 'content/lists 中有名为 xzcf 的清单（xzcf.csv、xzcf.yaml 或文件夹 xzcf/），否则栏目页不显示它',
        found: '没有清单 xzcf',
      },
    ]);
  });
});

describe('cells as readers see them', () => {
  it('show dates in the site’s one format and leave other values as they are', () => {
    expect(displayCell('2025-03-10', 'date')).toBe('2025年03月10日');
    expect(displayCell('长期', 'date')).toBe('长期');
    expect(displayCell('2025-03-10', 'text')).toBe('2025-03-10');
    expect(displayCell('12.5', 'number')).toBe('12.5');
  });
});

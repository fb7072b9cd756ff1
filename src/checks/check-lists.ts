/**
 * Reads and checks every data list (content/lists/): each row against its
 * list's schema, plus what one row cannot say alone — repeated codes, dates
 * in the wrong order, and the 双公示 publication limit in working days
 * (a warning: a late publication is still published). Problems name the
 * file, the line, the column, what was expected and what was found.
 *
 * The pages use the same function (view-models/data-lists.ts), so a page always
 * shows exactly the rows that passed.
 */
import path from 'node:path';
import { columnsOf, listDefinitionByKey, listDefinitions, type ListDefinition } from '../schemas/lists.ts';
import { describeFound, expectedOf, type ContentProblem } from '../schemas/format-issues.ts';
import { findListFiles, readListFile } from './data-list-files.ts';
import { compareBy } from '../utils/list-table.ts';
import { addWorkingDays, calendarCovers } from '../utils/working-days.ts';
import { findPersonalData } from './personal-data.ts';
import { foundText } from './check-personal-data.ts';
import { CONTROL_CHAR_EXPECTED } from './check-control-chars.ts';
import { describeChar, forbiddenChar } from '../utils/control-chars.ts';

export const LIST_PERSONAL_DATA_EXPECTED =
  '不公开个人信息：删除该号码或只保留部分数字（如 138****5678）；自然人的身份证号、手机号码、银行卡号不公示';

export interface LoadedList {
  def: ListDefinition;
  columns: string[];
  /** Cell text in column order ('' when empty), in the list's default order. */
  rows: string[][];
}

export interface ListsReport {
  lists: LoadedList[];
  errors: ContentProblem[];
  warnings: ContentProblem[];
}

/** Where a problem is: `第12行 › 列“公示日期”`, `第1行（表头）`, or the whole file. */
function at(line: number | undefined, column?: string): string {
  const row = line !== undefined ? `第${line}行` : '';
  if (column === '表头' || column === '整行' || column === '整项') return `${row}（${column}）`;
  return [row, column ? `列“${column}”` : ''].filter(Boolean).join(' › ') || '整个文件';
}

/** Whether a zod field accepts an empty cell. */
function isOptional(def: ListDefinition, column: string): boolean {
  return def.row.shape[column]!.safeParse(undefined).success;
}

export function loadDataLists(root: string): ListsReport {
  const shownRoot = path.relative(process.cwd(), root) || '.';
  const listsDir = path.join(root, 'lists');
  const errors: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const lists: LoadedList[] = [];
  const shown = (file: string) => path.join(shownRoot, path.relative(root, file));

  for (const [key, files] of findListFiles(listsDir)) {
    const def = listDefinitionByKey.get(key);
    if (!def) {
      for (const file of files) {
        errors.push({
          file: shown(file),
          line: 1,
          field: '文件名',
          expected: `数据清单的名称应为以下之一：${listDefinitions.map((d) => `${d.key}（${d.name}）`).join('、')}`,
          found: `"${key}"`,
        });
      }
      continue;
    }
    const columns = columnsOf(def);
    const required = new Set(columns.filter((c) => !isOptional(def, c)));
    const rows: string[][] = [];
    const firstSeen = new Map<string, string>();
    const deadlines = new Map<string, string>();
    for (const file of files) {
      for (const item of readListFile(file, columns, required)) {
        if (item.kind === 'problem') {
          errors.push({
            file: shown(file),
            line: item.line ?? 1,
            field: at(item.line, item.field === '整个文件' ? undefined : item.field),
            expected: item.expected,
            found: item.found,
          });
          continue;
        }
        const result = def.row.safeParse(item.values, { reportInput: true });
        if (!result.success) {
          for (const issue of result.error.issues) {
            if (issue.code === 'unrecognized_keys') {
              errors.push({
                file: shown(file),
                line: item.line,
                field: at(item.line),
                expected: `列名应为：${columns.join('、')}`,
                found: `未知的列：${issue.keys.join('、')}`,
              });
            } else {
              const column = String(issue.path[0] ?? '');
              errors.push({
                file: shown(file),
                line: item.line,
                field: at(item.line, column),
                expected: expectedOf(issue),
                found: describeFound(issue.input),
              });
            }
          }
          continue;
        }
        const data = result.data as Record<string, string | undefined>;
        // Every cell is published (the table, the row's page, the CSV download): a row with personal data is left out and stops the build.
        const personal = columns.flatMap((c) => (data[c] ? findPersonalData(data[c]).map((f) => [c, f] as const) : []));
        for (const [c, f] of personal)
          errors.push({
            file: shown(file),
            line: item.line,
            field: at(item.line, c),
            expected: LIST_PERSONAL_DATA_EXPECTED,
            found: foundText(f),
          });
        const controls = columns.flatMap((c) => {
          const found = data[c] === undefined ? undefined : forbiddenChar(data[c]);
          return found
            ? [
                {
                  file: shown(file),
                  line: item.line,
                  field: at(item.line, c),
                  expected: CONTROL_CHAR_EXPECTED,
                  found: `第${found.position}个字符是 ${describeChar(found.char)}`,
                },
              ]
            : [];
        });
        errors.push(...controls);
        if (personal.length || controls.length) continue;
        const problems = rowProblems(def, data, deadlines);
        for (const p of problems)
          (p.warning ? warnings : errors).push({
            file: shown(file),
            line: item.line,
            field: at(item.line, p.column),
            expected: p.expected,
            found: p.found,
          });
        for (const [column, list] of [
          [def.unique, errors],
          [def.uniqueWarning, warnings],
        ] as const) {
          if (!column) continue;
          const value = data[column]!;
          const place = `${shown(file)} ${at(item.line)}`;
          const first = firstSeen.get(`${column}\u0000${value}`);
          if (first)
            list.push({
              file: shown(file),
              line: item.line,
              field: at(item.line, column),
              expected: `不重复的${column}；该值已在 ${first} 使用`,
              found: `"${value}"`,
            });
          else firstSeen.set(`${column}\u0000${value}`, place);
        }
        rows.push(columns.map((c) => data[c] ?? ''));
      }
    }
    const sortIndex = columns.indexOf(def.sort.column);
    rows.sort(compareBy(sortIndex, def.kinds?.[def.sort.column] ?? 'text', def.sort.descending));
    lists.push({ def, columns, rows });
  }
  lists.sort((a, b) => listDefinitions.indexOf(a.def) - listDefinitions.indexOf(b.def));
  return { lists, errors, warnings };
}

interface RowProblem {
  column: string;
  expected: string;
  found: string;
  warning?: boolean;
}

/** Rules between the cells of one row. `deadlines` caches the publication limit per decision date. */
function rowProblems(
  def: ListDefinition,
  row: Record<string, string | undefined>,
  deadlines: Map<string, string>,
): RowProblem[] {
  const problems: RowProblem[] = [];
  const kind = row['相对人类别'];
  if (kind === '自然人' && row['统一社会信用代码']) {
    problems.push({
      column: '统一社会信用代码',
      expected: '行政相对人为自然人时不公示证件号码，此列应留空',
      found: `"${row['统一社会信用代码']}"`,
    });
  }
  if (kind && kind !== '自然人' && !row['统一社会信用代码']) {
    problems.push({
      column: '统一社会信用代码',
      expected: `必填项；${kind}应填写18位统一社会信用代码`,
      found: '未填写',
    });
  }
  const from = row['有效期自'];
  const to = row['有效期至'];
  if (from && to && to !== '长期' && to < from) {
    problems.push({ column: '有效期至', expected: `不早于有效期自（${from}）`, found: `"${to}"` });
  }
  const rule = def.publication;
  if (rule) {
    const decided = row[rule.decided]!;
    const published = row[rule.published]!;
    if (published < decided) {
      problems.push({
        column: rule.published,
        expected: `不早于${rule.decided}（${decided}）`,
        found: `"${published}"`,
      });
    } else {
      let deadline = deadlines.get(decided);
      if (!deadline) deadlines.set(decided, (deadline = addWorkingDays(decided, rule.workingDays)));
      if (published > deadline) {
        const basis = calendarCovers(decided) ? '按法定节假日和调休计算' : '该年份的节假日安排尚未收录，仅按周末计算';
        problems.push({
          column: rule.published,
          expected: `自${rule.decided}起${rule.workingDays}个工作日内公示，即不晚于 ${deadline}（${basis}）`,
          found: `"${published}"`,
          warning: true,
        });
      }
    }
  }
  return problems;
}

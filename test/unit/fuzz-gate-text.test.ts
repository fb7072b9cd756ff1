/**
 * Fuzzing the publishing gate's three output guards (issue 16) with hostile
 * text in every field and every data-list cell:
 * - a disguised personal number (from the labelled set) placed in any text
 *   field of any collection, amid random text, is always reported;
 * - data lists full of hostile cells load without a crash, every problem is
 *   clear, no row with personal data or a control character is published,
 *   and the CSV written from the published rows starts no cell with a formula;
 * - any text in a feed item keeps the RSS well-formed XML.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/checks/check-file.ts';
import { loadDataLists } from '../../src/checks/check-lists.ts';
import { personalDataProblems } from '../../src/checks/check-personal-data.ts';
import { SourceLines } from '../../src/checks/source-lines.ts';
import { feedResponse } from '../../src/view-models/rss-response.ts';
import { collectionSchemas, type CollectionName } from '../../src/schemas/collections.ts';
import { columnsOf, listDefinitionByKey } from '../../src/schemas/lists.ts';
import { forbiddenChar } from '../../src/utils/control-chars.ts';
import { csvLine, parseCsv } from '../../src/utils/csv.ts';
import { findPersonalData } from '../../src/checks/personal-data.ts';
import { loadLabelledSet } from '../bench/pii-measure.ts';
import { hostileString } from '../support/hostile.ts';
import { MINIMAL_ENTRIES } from '../support/minimal-entries.ts';

const counts = { fields: 0, published: 0, lists: 0, rows: 0, csvCells: 0, feeds: 0 };
let tmp = '';
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-fuzz-gate-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(
    `fuzz-gate: ${counts.fields} fields with disguised numbers (${counts.published} valid entries), ${counts.lists} data lists (${counts.rows} rows), ${counts.csvCells} CSV cells, ${counts.feeds} feeds`,
  );
});

// Without interpretations: they need a policy to point at, which these folders do not have.
const BASES = Object.fromEntries(
  Object.entries(MINIMAL_ENTRIES).filter(([collection]) => collection !== 'interpretations'),
) as typeof MINIMAL_ENTRIES;

/** The fields of each collection that take free text (a string, or a list of strings). */
const textFields = (Object.keys(BASES) as CollectionName[]).flatMap((collection) => {
  const schema = collectionSchemas[collection] as unknown as {
    shape?: Record<string, unknown>;
    in?: { shape?: Record<string, unknown> };
  };
  return Object.keys(schema.shape ?? schema.in?.shape ?? {}).flatMap((field) =>
    [['自由文字'], '自由文字']
      .filter(
        (value) =>
          collectionSchemas[collection].safeParse({ ...BASES[collection], [field]: value }).success &&
          field !== 'piiReviewed',
      )
      .slice(0, 1)
      .map((value) => ({ collection, field, list: Array.isArray(value) })),
  );
});

// Text around a number that cannot join it to a longer code or make it an amount: no digits, letters, dots, dashes or 元.
const around = fc.string({
  unit: fc.constantFrom('王', '先', '生', '联', '系', '，', '。', '：', '（', '）', ' ', '\u200b', '*', '<b>', '</b>'),
  maxLength: 8,
});
const positives = loadLabelledSet().filter((i) => i.label !== null);

describe('the gate under hostile input', () => {
  it('reports a disguised number in any text field of any collection', () => {
    expect(textFields.length).toBeGreaterThan(20);
    fc.assert(
      fc.property(
        fc.constantFrom(...textFields),
        fc.constantFrom(...positives),
        around,
        around,
        ({ collection, field, list }, item, before, after) => {
          counts.fields++;
          const text = `${before}${item.text}${after}`.trim() || item.text;
          const source = `---\n${stringify({ ...BASES[collection], [field]: list ? [text] : text })}---\n\n正文。\n`;
          const file = path.join(tmp, collection, `f${counts.fields}.md`);
          const lines = new SourceLines();
          const result = checkFile({ collection, relative: `f${counts.fields}.md`, file, path: file, source }, lines);
          // A field with a length limit or format may refuse the text: then nothing is published.
          if (!result.ok) return;
          counts.published++;
          const problems = personalDataProblems(
            { collection, id: `f${counts.fields}`, file, path: file, data: result.data },
            result.facts,
            lines,
          );
          expect(problems.map((p) => p.found).join(' '), `${collection}.${field}: ${JSON.stringify(text)}`).toContain(
            item.label!,
          );
        },
      ),
      { numRuns: 600, seed: 16 },
    );
    expect(counts.published).toBeGreaterThan(400);
  });

  it('loads data lists full of hostile cells: clear problems, no personal data or control character published, no formula in the CSV', () => {
    const columns = columnsOf(listDefinitionByKey.get('xzcf')!);
    const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
    const good: Record<string, string> = {
      行政相对人名称: '甲运输有限公司',
      相对人类别: '法人及非法人组织',
      统一社会信用代码: '91990101MA6043894Q',
      法定代表人: '周某',
      处罚决定书文号: '示交执罚〔2025〕1号',
      违法行为类型: '车辆超限运输',
      违法事实: '经查属实。',
      处罚依据: '《公路安全保护条例》第六十四条',
      处罚类别: '罚款',
      处罚内容: '罚款',
      '罚款金额（万元）': '0.5',
      '没收违法所得金额（万元）': '',
      处罚决定日期: '2025-09-26',
      处罚机关: '示例省交通运输厅',
      公示日期: '2025-10-09',
    };
    const free = ['行政相对人名称', '法定代表人', '违法行为类型', '违法事实', '处罚依据', '处罚内容', '处罚机关'];
    const row = fc.dictionary(
      fc.constantFrom(...free),
      fc.oneof(hostileString, fc.constantFrom(...positives.map((p) => p.text))),
      { maxKeys: 3 },
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        const dir = path.join(tmp, `list-${++counts.lists}`);
        fs.mkdirSync(path.join(dir, 'lists'), { recursive: true });
        const text = [
          columns.join(','),
          ...rows.map((over, i) =>
            columns
              .map((c) => quote(c === '处罚决定书文号' ? `示交执罚〔2025〕${i + 1}号` : (over[c] ?? good[c]!)))
              .join(','),
          ),
        ].join('\n');
        fs.writeFileSync(path.join(dir, 'lists', 'xzcf.csv'), text);
        counts.rows += rows.length;
        const report = loadDataLists(dir);
        for (const p of [...report.errors, ...report.warnings]) {
          expect(
            p.line! >= 1 && p.field.length > 0 && p.expected.length > 0 && p.found.length > 0,
            JSON.stringify(p),
          ).toBe(true);
        }
        for (const list of report.lists) {
          for (const cells of list.rows) {
            for (const cell of cells) {
              expect(findPersonalData(cell), cell).toEqual([]);
              expect(forbiddenChar(cell), cell).toBeUndefined();
            }
            for (const written of [...parseCsv(csvLine(cells))][0]!.cells) {
              counts.csvCells++;
              expect(/^\s*[=+\-@]|^[\t\r\0]/.test(written) && !/^[+-]?\d+(\.\d+)?$/.test(written), written).toBe(false);
            }
          }
        }
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('keeps every feed well-formed XML whatever its items say', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            title: hostileString,
            description: hostileString,
            categories: fc.array(hostileString, { maxLength: 2 }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        hostileString,
        async (items, title) => {
          counts.feeds++;
          const response = await feedResponse(
            {
              title,
              description: title,
              page: '/',
              items: items.map((i) => ({ ...i, link: '/a/', pubDate: new Date(0) })),
            },
            new URL('https://jtt.shili.gov.cn/'),
          );
          const errors: string[] = [];
          const parser = new SaxesParser();
          parser.on('error', (e) => errors.push(e.message));
          parser.write(await response.text()).close();
          expect(errors).toEqual([]);
        },
      ),
      { numRuns: 200, seed: 11 },
    );
  });
});

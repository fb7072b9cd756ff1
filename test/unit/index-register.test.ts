/**
 * Stable 索引号: the register (content/index-numbers.txt) keeps every
 * published number where it is, whatever is added, edited, back-dated or
 * removed; a number that would change is reported with both URLs.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';
import { registerIndexNumbers } from '../../src/scaffold/number-cli.ts';
import { assignIndexNumbers, renderIndexNumber, type NumberedInput } from '../../src/catalogue/index-number.ts';
import { addToIndexRegister, parseIndexRegister, readIndexRegister } from '../../src/catalogue/index-registry.ts';
import { freshContentFolders, shown } from '../support/content-cases.ts';
import { replaceIn, unregister } from '../support/fixture-content.ts';

const ORG = '11990000MB0000001X';
const TEMPLATE = '{orgCode}/{yyyy}-{seq:05}';
const n = (year: number, seq: number) => renderIndexNumber(TEMPLATE, { orgCode: ORG, year, seq });

const date = fc
  .record({
    y: fc.integer({ min: 2020, max: 2026 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')} 10:00`);
/** A document: with a written number (year, serial) or without one. */
const doc = fc.record({
  publishDate: date,
  written: fc.option(
    fc.record({ year: fc.integer({ min: 2020, max: 2026 }), seq: fc.integer({ min: 1, max: 99_999 }) }),
    { nil: undefined },
  ),
});
interface Doc {
  publishDate: string;
  written?: { year: number; seq: number } | undefined;
}
const toInput = (d: Doc, key: string): NumberedInput => ({
  key,
  publishDate: d.publishDate,
  indexNo: d.written ? n(d.written.year, d.written.seq) : undefined,
});

/** What `npm run number` records: every current number. */
const registerAll = (items: NumberedInput[], registered = new Map<string, string>()) =>
  new Map([...registered, ...assignIndexNumbers(items, TEMPLATE, ORG, registered).numbers]);

describe('assignIndexNumbers with a register', () => {
  it('never changes a registered number when documents are added, removed or back-dated (property)', () => {
    fc.assert(
      fc.property(
        fc.array(doc, { minLength: 1, maxLength: 40 }),
        fc.array(doc, { maxLength: 20 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        fc.array(fc.tuple(fc.nat(), date), { maxLength: 10 }),
        (before, added, removed, backDated) => {
          const items = before.map((d, i) => toInput(d, `old/${i}`));
          const registered = registerAll(items);
          let after = items.filter((_item, i) => !removed.some((r) => r % items.length === i));
          after = after.map((item, i) => {
            const change = backDated.find(([k]) => k % after.length === i);
            return change ? { ...item, publishDate: change[1] } : item;
          });
          after = [...after, ...added.map((d, i) => toInput(d, `new/${i}`))];
          const { numbers, changed } = assignIndexNumbers(after, TEMPLATE, ORG, registered);
          expect(changed).toEqual([]);
          for (const item of after)
            if (registered.has(item.key)) expect(numbers.get(item.key)).toBe(registered.get(item.key));
        },
      ),
    );
  });

  it('never gives a provisional number that is registered, written, or was given to a deleted file (property)', () => {
    fc.assert(
      fc.property(
        fc.array(doc, { minLength: 1, maxLength: 40 }),
        fc.array(date, { minLength: 1, maxLength: 20 }),
        fc.nat(),
        (before, dates, drop) => {
          const items = before.map((d, i) => toInput(d, `old/${i}`));
          const registered = registerAll(items);
          const remaining = items.filter((_item, i) => i !== drop % items.length);
          const fresh = dates.map((publishDate, i) => ({ key: `new/${i}`, publishDate }));
          const { numbers, generated } = assignIndexNumbers([...remaining, ...fresh], TEMPLATE, ORG, registered);
          const taken = new Set([...registered.values(), ...remaining.flatMap((i) => (i.indexNo ? [i.indexNo] : []))]);
          const provisional = [...generated].map((k) => numbers.get(k)!);
          expect(provisional).toHaveLength(fresh.length);
          expect(new Set(provisional).size).toBe(provisional.length);
          for (const p of provisional) expect(taken.has(p)).toBe(false);
        },
      ),
    );
  });

  it('reports a written number that differs from the registered one, and keeps the written one', () => {
    const registered = new Map([['policies/2025/a', n(2025, 3)]]);
    const { numbers, changed } = assignIndexNumbers(
      [{ key: 'policies/2025/a', indexNo: n(2025, 9), publishDate: '2025-01-01 10:00' }],
      TEMPLATE,
      ORG,
      registered,
    );
    expect(changed).toEqual([{ key: 'policies/2025/a', registered: n(2025, 3), written: n(2025, 9) }]);
    expect(numbers.get('policies/2025/a')).toBe(n(2025, 9));
  });

  it('scales: 100,000 documents, 5-digit serials, linear (no quadratic step)', () => {
    const items: NumberedInput[] = Array.from({ length: 100_000 }, (_x, i) => ({
      key: `catalogue/x/${i}`,
      publishDate: `${2016 + (i % 10)}-01-01 10:00`,
    }));
    const started = performance.now();
    const registered = registerAll(items);
    expect(registered.get('catalogue/x/99999')).toBe(n(2025, 10_000));
    const text = [...registered].map(([k, v]) => `${v} ${k}.md`).join('\n');
    const register = parseIndexRegister(text);
    expect(register.problems).toEqual([]);
    const { numbers } = assignIndexNumbers(
      [{ key: 'new/1', publishDate: '2016-06-01 10:00' }, ...items],
      TEMPLATE,
      ORG,
      register.numbers,
    );
    expect(numbers.get('new/1')).toBe(n(2016, 10_001));
    // A loose bound (the machine may be shared): it catches a quadratic step, which would take minutes at this size.
    expect(performance.now() - started).toBeLessThan(30_000);
  });
});

describe('parseIndexRegister', () => {
  it('reads `索引号 路径` lines, paths with spaces, comments and blank lines', () => {
    const r = parseIndexRegister(`# 说明\n\n${n(2025, 1)} policies/2025/a b.md\n${n(2025, 2)}\tcatalogue/ghjh/c.mdx\n`);
    expect(r.problems).toEqual([]);
    expect(Object.fromEntries(r.numbers)).toEqual({ 'policies/2025/a b': n(2025, 1), 'catalogue/ghjh/c': n(2025, 2) });
    expect(r.byKey.get('catalogue/ghjh/c')?.line).toBe(4);
  });

  it('names the line of a malformed entry, a file registered twice and a number registered twice', () => {
    const r = parseIndexRegister(`${n(2025, 1)}\n${n(2025, 2)} a/x.md\n${n(2025, 3)} a/x.md\n${n(2025, 2)} a/y.md\n`);
    expect(r.problems.map((p) => [p.line, p.expected])).toEqual([
      [1, '“索引号 文件路径”，例如 11990000MB0000001X/2025-00003 policies/2025/road-rules.md'],
      [3, '每个文件只登记一次；第 2 行已登记 a/x.md'],
      [4, '每个索引号只登记一次；第 2 行已把它登记给 a/x.md'],
    ]);
  });
});

describe('the content check and npm run number', () => {
  const freshContent = freshContentFolders();
  afterEach(() => {
    delete process.env.GONGKAI_STRICT;
  });
  const qa = 'interpretations/freight-rules-qa.md';

  it('says which file, the old and the new URL and what to do when a published number is edited', () => {
    const dir = freshContent();
    replaceIn(dir, qa, 'indexNo: 11990000MB0000001X/2025-00004', 'indexNo: 11990000MB0000001X/2025-00044');
    const errors = checkContent(dir).errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: shown(dir, qa), line: 3, field: '索引号（indexNo）' });
    expect(errors[0]!.found).toContain(
      '网址会从 /xxgk/11990000MB0000001X-2025-00004/ 变为 /xxgk/11990000MB0000001X-2025-00044/',
    );
    expect(errors[0]!.found).toContain('如是误改，把 indexNo 改回 11990000MB0000001X/2025-00004');
    expect(errors[0]!.expected).toMatch(
      /登记的索引号 11990000MB0000001X\/2025-00004（.*index-numbers\.txt 第 \d+ 行）/,
    );
  });

  it('refuses a number registered to a deleted file', () => {
    const dir = freshContent();
    fs.rmSync(path.join(dir, 'policies/2025/freight-rules.md'));
    // (the 解读 of the deleted policy is reported too; only the 索引号 error matters here)
    fs.rmSync(path.join(dir, qa));
    fs.writeFileSync(
      path.join(dir, 'policies/2025/reuse.md'),
      '---\ntitle: 示例省交通运输厅关于复用索引号的通知\npublisher: 示例省交通运输厅\npublishDate: "2025-06-01 10:00"\ntopic: 工业、交通\\公路\nkind: 其他文件\nindexNo: 11990000MB0000001X/2025-00003\n---\n\n正文。\n',
    );
    const mine = checkContent(dir).errors.filter((e) => e.file === shown(dir, 'policies/2025/reuse.md'));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.expected).toContain('11990000MB0000001X/2025-00003 已登记给 policies/2025/freight-rules.md');
  });

  it('warns about an unregistered file with its provisional URL, fails in strict mode, and npm run number registers it for good', () => {
    const dir = freshContent();
    replaceIn(dir, qa, /^indexNo: .*\n/m, '');
    unregister(dir, qa);
    const warned = checkContent(dir).warnings.filter((w) => w.file === shown(dir, qa));
    expect(warned).toHaveLength(1);
    expect(warned[0]!.found).toMatch(
      /^没有填写也没有登记，本次暂定为 11990000MB0000001X\/2025-\d{5}（网址 \/xxgk\/11990000MB0000001X-2025-\d{5}\/）/,
    );
    process.env.GONGKAI_STRICT = '1';
    expect(checkContent(dir).errors.filter((w) => w.file === shown(dir, qa))).toHaveLength(1);

    const provisional = /本次暂定为 (\S+?)（/.exec(warned[0]!.found)![1]!;
    expect(registerIndexNumbers(dir).code).toBe(0);
    expect(readIndexRegister(dir).numbers.get('interpretations/freight-rules-qa')).toBe(provisional);
    expect(checkContent(dir).errors).toEqual([]);
    // A back-dated document without a number no longer moves it.
    fs.writeFileSync(
      path.join(dir, 'interpretations/earlier.md'),
      fs.readFileSync(path.join(dir, qa), 'utf8').replace(/publishDate: .*/, 'publishDate: "2025-01-02 10:00"'),
    );
    delete process.env.GONGKAI_STRICT;
    const after = checkContent(dir);
    expect(after.warnings.filter((w) => w.file === shown(dir, 'interpretations/earlier.md'))).toHaveLength(1);
    expect(registerIndexNumbers(dir).text).toContain('登记了 1 个文件');
    expect(readIndexRegister(dir).numbers.get('interpretations/freight-rules-qa')).toBe(provisional);
  });

  it('adds lines in path order and never rewrites existing ones', () => {
    const dir = freshContent();
    const before = fs.readFileSync(path.join(dir, 'index-numbers.txt'), 'utf8');
    expect(addToIndexRegister(dir, [{ indexNo: 'X/1', file: 'policies/2025/freight-rules.md' }])).toEqual([]);
    expect(fs.readFileSync(path.join(dir, 'index-numbers.txt'), 'utf8')).toBe(before);
    addToIndexRegister(dir, [{ indexNo: 'X/2', file: 'catalogue/aaa.md' }]);
    const lines = fs.readFileSync(path.join(dir, 'index-numbers.txt'), 'utf8').split('\n');
    const data = lines.filter((l) => l && !l.startsWith('#'));
    expect(data.map((l) => l.split(' ')[1])).toEqual(data.map((l) => l.split(' ')[1]).sort());
    expect(lines.filter((l) => !l.startsWith('X/2'))).toEqual(before.split('\n'));
  });
});

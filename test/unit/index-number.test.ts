/** 索引号: rendering the template, recognising numbers and assigning missing ones. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  nextIndexNumber,
  assignIndexNumbers,
  indexNumberPattern,
  renderIndexNumber,
  type NumberedInput,
} from '../../src/catalogue/index-number.ts';
import { indexNumberSlug } from '../../src/utils/site-paths.ts';

const ORG = '11990000MB0000001X';
const TEMPLATE = '{orgCode}/{yyyy}-{seq:05}';

describe('renderIndexNumber', () => {
  it('fills orgCode, year and a zero-padded serial', () => {
    expect(renderIndexNumber(TEMPLATE, { orgCode: ORG, year: 2024, seq: 12 })).toBe('11990000MB0000001X/2024-00012');
    expect(renderIndexNumber(TEMPLATE, { orgCode: ORG, year: 2025, seq: 1 })).toBe('11990000MB0000001X/2025-00001');
  });

  it('does not cut serials wider than the padding', () => {
    expect(renderIndexNumber(TEMPLATE, { orgCode: ORG, year: 2024, seq: 123456 })).toBe(
      '11990000MB0000001X/2024-123456',
    );
  });

  it('supports {seq} without padding and other widths', () => {
    expect(renderIndexNumber('{orgCode}-{yyyy}-{seq}', { orgCode: 'ABC', year: 2024, seq: 7 })).toBe('ABC-2024-7');
    expect(renderIndexNumber('{orgCode}/{yyyy}/{seq:3}', { orgCode: 'ABC', year: 2024, seq: 7 })).toBe('ABC/2024/007');
    expect(renderIndexNumber('{orgCode}/{yyyy}/{seq:08}', { orgCode: 'ABC', year: 2024, seq: 7 })).toBe(
      'ABC/2024/00000007',
    );
  });
});

describe('indexNumberPattern', () => {
  const pattern = indexNumberPattern(TEMPLATE, ORG);

  it('captures year and serial of a number made by the template', () => {
    const m = pattern.exec('11990000MB0000001X/2024-00012');
    expect(m?.groups).toEqual({ year: '2024', seq: '00012' });
  });

  it('rejects numbers of another organisation or shape', () => {
    expect(pattern.test('11990000MB0000002X/2024-00012')).toBe(false);
    expect(pattern.test('11990000MB0000001X-2024-00012')).toBe(false);
    expect(pattern.test('11990000MB0000001X/24-00012')).toBe(false);
    expect(pattern.test('11990000MB0000001X/2024-00012x')).toBe(false);
    expect(pattern.test('x11990000MB0000001X/2024-00012')).toBe(false);
  });

  it('escapes regular-expression characters in the template and orgCode', () => {
    const p = indexNumberPattern('{orgCode}.({yyyy})+{seq}', 'A.B');
    expect(p.test('A.B.(2024)+3')).toBe(true);
    expect(p.test('AxB.(2024)+3')).toBe(false);
    expect(p.test('A.Bx2024x+3')).toBe(false);
  });

  it('round-trips every rendered number (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(TEMPLATE, '{orgCode}-{yyyy}-{seq}', '{yyyy}/{orgCode}/{seq:3}', 'GK.{orgCode}.{yyyy}.{seq:06}'),
        fc.stringMatching(/^[0-9A-Z-]{6,20}$/),
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        (template, orgCode, year, seq) => {
          const number = renderIndexNumber(template, { orgCode, year, seq });
          const m = indexNumberPattern(template, orgCode).exec(number);
          expect(m?.groups?.year).toBe(String(year));
          expect(Number(m?.groups?.seq)).toBe(seq);
        },
      ),
    );
  });
});

describe('indexNumberSlug', () => {
  it('replaces every / with -', () => {
    expect(indexNumberSlug('11990000MB0000001X/2024-00012')).toBe('11990000MB0000001X-2024-00012');
    expect(indexNumberSlug('A/B/C')).toBe('A-B-C');
    expect(indexNumberSlug('ABC-1')).toBe('ABC-1');
  });
});

describe('assignIndexNumbers', () => {
  const n = (year: number, seq: number) => renderIndexNumber(TEMPLATE, { orgCode: ORG, year, seq });

  it('keeps explicit numbers and generates nothing when all are given', () => {
    const { numbers, generated } = assignIndexNumbers(
      [
        { key: 'a', indexNo: n(2024, 5), publishDate: '2024-03-01 10:00' },
        { key: 'b', indexNo: 'OTHER-1', publishDate: '2024-04-01 10:00' },
      ],
      TEMPLATE,
      ORG,
    );
    expect(Object.fromEntries(numbers)).toEqual({ a: n(2024, 5), b: 'OTHER-1' });
    expect(generated.size).toBe(0);
  });

  it('numbers missing ones after the highest explicit serial of the same year', () => {
    const { numbers, generated } = assignIndexNumbers(
      [
        { key: 'x1', indexNo: n(2024, 5), publishDate: '2024-03-01 10:00' },
        { key: 'x2', indexNo: n(2024, 9), publishDate: '2024-01-01 10:00' },
        { key: 'x3', indexNo: n(2024, 2), publishDate: '2024-06-01 10:00' },
        { key: 'new', publishDate: '2024-02-01 10:00' },
      ],
      TEMPLATE,
      ORG,
    );
    expect(numbers.get('new')).toBe(n(2024, 10));
    expect([...generated]).toEqual(['new']);
  });

  it('starts at 1 in a year without explicit numbers, independently per year', () => {
    const { numbers } = assignIndexNumbers(
      [
        { key: 'old', indexNo: n(2024, 40), publishDate: '2024-03-01 10:00' },
        { key: 'a2025', publishDate: '2025-01-05 10:00' },
        { key: 'b2025', publishDate: '2025-01-06 10:00' },
        { key: 'a2024', publishDate: '2024-12-31 23:59' },
      ],
      TEMPLATE,
      ORG,
    );
    expect(numbers.get('a2025')).toBe(n(2025, 1));
    expect(numbers.get('b2025')).toBe(n(2025, 2));
    expect(numbers.get('a2024')).toBe(n(2024, 41));
  });

  it('counts an explicit number by the year written in it, not the publish year', () => {
    const { numbers } = assignIndexNumbers(
      [
        { key: 'late', indexNo: n(2024, 7), publishDate: '2025-01-02 10:00' },
        { key: 'new2024', publishDate: '2024-05-01 10:00' },
        { key: 'new2025', publishDate: '2025-05-01 10:00' },
      ],
      TEMPLATE,
      ORG,
    );
    expect(numbers.get('new2024')).toBe(n(2024, 8));
    expect(numbers.get('new2025')).toBe(n(2025, 1));
  });

  it('ignores explicit numbers that do not match the template when finding the highest serial', () => {
    const { numbers } = assignIndexNumbers(
      [
        { key: 'foreign', indexNo: '11990000MB0000002X/2024-00099', publishDate: '2024-01-01 10:00' },
        { key: 'new', publishDate: '2024-02-01 10:00' },
      ],
      TEMPLATE,
      ORG,
    );
    expect(numbers.get('new')).toBe(n(2024, 1));
  });

  it('orders missing numbers by publishDate, then key, whatever the input order', () => {
    const items: NumberedInput[] = [
      { key: 'c', publishDate: '2024-05-01 10:00' },
      { key: 'b', publishDate: '2024-05-01 09:00' },
      { key: 'a', publishDate: '2024-05-01 10:00' },
      { key: 'd', publishDate: '2024-01-01 00:00' },
    ];
    const expected = { d: n(2024, 1), b: n(2024, 2), a: n(2024, 3), c: n(2024, 4) };
    expect(Object.fromEntries(assignIndexNumbers(items, TEMPLATE, ORG).numbers)).toEqual(expected);
    expect(Object.fromEntries(assignIndexNumbers([...items].reverse(), TEMPLATE, ORG).numbers)).toEqual(expected);
  });

  it('treats an empty indexNo as missing', () => {
    const { numbers, generated } = assignIndexNumbers(
      [{ key: 'a', indexNo: '', publishDate: '2024-01-01 10:00' }],
      TEMPLATE,
      ORG,
    );
    expect(numbers.get('a')).toBe(n(2024, 1));
    expect(generated.has('a')).toBe(true);
  });

  it('returns an empty result for no items', () => {
    const { numbers, generated } = assignIndexNumbers([], TEMPLATE, ORG);
    expect(numbers.size).toBe(0);
    expect(generated.size).toBe(0);
  });

  it('gives unique numbers when explicit ones are unique and match the template (property)', () => {
    const date = fc
      .record({
        y: fc.integer({ min: 2020, max: 2026 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 28 }),
        h: fc.integer({ min: 0, max: 23 }),
      })
      .map(
        ({ y, m, d, h }) =>
          `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')} ${String(h).padStart(2, '0')}:00`,
      );
    const explicit = fc.uniqueArray(
      fc.record({
        year: fc.integer({ min: 2020, max: 2026 }),
        seq: fc.integer({ min: 1, max: 200 }),
        publishDate: date,
      }),
      { selector: (e) => `${e.year}/${e.seq}`, maxLength: 30 },
    );
    const missing = fc.array(date, { maxLength: 30 });
    fc.assert(
      fc.property(explicit, missing, fc.boolean(), (given, dates, shuffle) => {
        const items: NumberedInput[] = [
          ...given.map((e, i) => ({ key: `e${i}`, indexNo: n(e.year, e.seq), publishDate: e.publishDate })),
          ...dates.map((publishDate, i) => ({ key: `m${i}`, publishDate })),
        ];
        if (shuffle) items.reverse();
        const { numbers, generated } = assignIndexNumbers(items, TEMPLATE, ORG);
        expect(numbers.size).toBe(items.length);
        expect(new Set(numbers.values()).size).toBe(items.length);
        expect(generated).toEqual(new Set(dates.map((_, i) => `m${i}`)));
        const pattern = indexNumberPattern(TEMPLATE, ORG);
        for (const item of items) {
          const number = numbers.get(item.key)!;
          if (item.indexNo) expect(number).toBe(item.indexNo);
          else {
            // Generated numbers carry the publish year and match the template.
            expect(pattern.exec(number)?.groups?.year).toBe(item.publishDate.slice(0, 4));
          }
        }
      }),
    );
  });
});

describe('nextIndexNumber', () => {
  const template = '{orgCode}/{yyyy}-{seq:05}';
  it('follows the highest serial of the year, ignoring other years and numbers of another pattern', () => {
    const existing = ['X/2025-00003', 'X/2025-00010', 'X/2024-00090', 'OTHER-2025-99'];
    expect(nextIndexNumber(existing, template, 'X', 2025)).toBe('X/2025-00011');
    expect(nextIndexNumber(existing, template, 'X', 2026)).toBe('X/2026-00001');
  });

  it('counts across years when the template has no year', () => {
    expect(nextIndexNumber(['X-0007', 'X-0002'], '{orgCode}-{seq:04}', 'X', 2026)).toBe('X-0008');
  });
});

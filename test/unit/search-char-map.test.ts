/**
 * The traditional → simplified character map: one code point to one code
 * point, the same as OpenCC's own converters give for single characters, and
 * a compact text form that reads back exactly.
 */
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { buildCharMap, parseCharMap, serialiseCharMap } from '../../src/utils/search-char-map.ts';
import { foldText } from '../../src/utils/search-tokenize.ts';

const map = buildCharMap();
const codePoints = (s: string) => Array.from(s).length;

describe('buildCharMap', () => {
  it('has thousands of entries', () => {
    expect(map.size).toBeGreaterThan(2500);
  });

  it('maps one code point to one code point of the same UTF-16 length', () => {
    for (const [from, to] of map) {
      expect(codePoints(from)).toBe(1);
      expect(codePoints(to)).toBe(1);
      expect(to.length).toBe(from.length);
    }
    // Some entries are outside the BMP (two UTF-16 units each side).
    expect([...map.keys()].some((k) => k.length === 2)).toBe(true);
  });

  it('maps common traditional characters', () => {
    const expected: Record<string, string> = {
      國: '国',
      資: '资',
      裡: '里',
      臺: '台',
      後: '后',
      於: '于',
      衛: '卫',
      開: '开',
      運: '运',
      輸: '输',
      許: '许',
      請: '请',
    };
    for (const [from, to] of Object.entries(expected)) expect(map.get(from)).toBe(to);
    // Simplified characters that are the same in both scripts are not keys.
    for (const c of '道路公开政府') expect(map.has(c)).toBe(false);
  });

  it("agrees with OpenCC's converters for every single character", () => {
    const tw = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const hk = OpenCC.Converter({ from: 'hk', to: 'cn' });
    const t = OpenCC.Converter({ from: 't', to: 'cn' });
    const disagree: string[] = [];
    // One-to-many classes (复/覆/複) deliberately fold together: see search-variants.test.ts.
    const plain = buildCharMap({ variantClasses: false });
    // Folding follows chains to the end (薴 → 苧 → 苎), so converting twice counts as agreeing.
    for (const [from, to] of plain)
      if (![tw(from), hk(from), t(from), t(tw(from))].includes(to)) disagree.push(`${from}→${to}`);
    expect(disagree).toEqual([]);
    for (const c of '國資裡臺後') expect(map.get(c)).toBe(tw(c));
    // Where the Taiwan variant table and the plain table differ, the variant wins, as tw → cn has it.
    for (const c of '顎鯰') {
      expect(plain.get(c)).toBe(tw(c));
      expect(plain.get(c)).not.toBe(t(c));
    }
  });

  it('is the same map every time it is built', () => {
    expect([...buildCharMap()]).toEqual([...map]);
  });

  // too (麼→么 and 么→幺, 麽→么, 薴→苧 and 苧→苎), so folding is not idempotent
  // and 什麼 / 什么 no longer find each other.
  it('never maps to a character it maps further (folding is idempotent)', () => {
    const chains = [...map]
      .filter(([, to]) => map.has(to) && map.get(to) !== to)
      .map(([from, to]) => `${from}→${to}→${map.get(to)}`);
    expect(chains).toEqual([]);
    const all = [...map.keys()].join('');
    expect(foldText(foldText(all, map), map)).toBe(foldText(all, map));
  });
});

describe('serialiseCharMap / parseCharMap', () => {
  it('round-trips the whole map exactly, in order', () => {
    const text = serialiseCharMap(map);
    expect(codePoints(text)).toBe(map.size * 2);
    const back = parseCharMap(text);
    expect(back.size).toBe(map.size);
    expect([...back]).toEqual([...map]);
  });

  it('writes pairs one after another, astral characters included', () => {
    const small = new Map([
      ['國', '国'],
      ['𠀀', '𠀁'],
      ['資', '资'],
    ]);
    expect(serialiseCharMap(small)).toBe('國国𠀀𠀁資资');
    expect([...parseCharMap('國国𠀀𠀁資资')]).toEqual([...small]);
    expect(parseCharMap('').size).toBe(0);
    // A dangling last character is ignored.
    expect([...parseCharMap('國国資')]).toEqual([['國', '国']]);
  });
});

/**
 * 繁簡 one-to-many characters: a query in either script finds a text written
 * with any standard counterpart. The oracle does not use the search fold:
 * it is OpenCC's own converter (phrases included) and the pairs of OpenCC's
 * phrase tables, plus the classes listed by hand from issue 14. A query
 * finds a text when the folded query occurs in the folded text, which is
 * exactly what the index and the phrase check do.
 */
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { buildCharMap } from '../../src/utils/search-char-map.ts';
import { openccPhrasePairs } from '../../src/utils/search-variant-classes.ts';
import { foldText } from '../../src/utils/search-tokenize.ts';

const t2s = buildCharMap();
const finds = (query: string, text: string) => foldText(text, t2s).includes(foldText(query, t2s));

/** Written by hand from the issue: every member of a class must find every other. */
const HAND_CLASSES = [
  '复複覆復',
  '后後',
  '台臺檯颱',
  '里裏裡',
  '发發髮',
  '干幹乾',
  '面麵',
  '范範',
  '松鬆',
  '只隻',
  '系係繫',
  '历歷曆',
  '制製',
  '云雲',
  '准準',
  '周週',
  '余餘',
  '游遊',
  '征徵',
  '冲衝',
  '汇匯彙',
];

describe('繁簡 variant classes', () => {
  it('folds every member of each hand-listed class alike', () => {
    for (const cls of HAND_CLASSES) {
      const folded = new Set(Array.from(cls).map((c) => foldText(c, t2s)));
      expect(folded.size, cls).toBe(1);
    }
  });

  it('finds 答覆 with 答复 and 答复 with 答覆, in sentences converted by OpenCC', () => {
    const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const simplified = '对网友留言的答复已于三日内发布，后续处理结果将在台账中汇总。';
    const traditional = toTw(simplified);
    expect(traditional).toContain('答覆');
    for (const q of ['答复', '答覆', '后续', '後續', '台账', '臺賬', '汇总', '彙總']) {
      expect(finds(q, traditional), q).toBe(true);
      expect(finds(q, simplified), q).toBe(true);
    }
  });

  it("has recall 1 for every one-to-many class of OpenCC's phrase tables", () => {
    // Class = a simplified character that OpenCC writes with more than one traditional character.
    const perClass = new Map<string, { total: number; found: number; forms: Set<string> }>();
    for (const [s, t] of openccPhrasePairs()) {
      const sc = Array.from(s);
      const tc = Array.from(t);
      if (sc.length !== tc.length) continue;
      sc.forEach((c, i) => {
        if (c === tc[i]) return;
        const entry = perClass.get(c) ?? { total: 0, found: 0, forms: new Set<string>() };
        entry.forms.add(tc[i]!);
        perClass.set(c, entry);
      });
    }
    const oneToMany = [...perClass].filter(([c, e]) => e.forms.size > 1 || e.forms.has(c));
    for (const [s, t] of openccPhrasePairs()) {
      // Astral-plane characters whose counterpart is in the BMP cannot share a class without moving
      // offsets (7 rare characters such as 𫗧/餗): such phrases are out of scope.
      if (Array.from(s).length !== Array.from(t).length || s.length !== t.length) continue;
      const classes = new Set(Array.from(s).filter((c) => (perClass.get(c)?.forms.size ?? 0) > 1));
      for (const c of classes) {
        const entry = perClass.get(c)!;
        entry.total += 2;
        // Both directions: a simplified query in a traditional text and the other way round.
        entry.found += Number(finds(s, t)) + Number(finds(t, s));
      }
    }
    const measured = oneToMany.filter(([, e]) => e.total > 0);
    expect(measured.length).toBeGreaterThan(50);
    const report = measured.map(
      ([c, e]) => `${c}/${[...e.forms].join('')} ${(e.found / e.total).toFixed(3)} (${e.total})`,
    );
    if (process.env.GONGKAI_REPORT) console.log(report.join('\n'));
    const missed = measured.filter(([, e]) => e.found < e.total).map(([c, e]) => `${c} ${e.found}/${e.total}`);
    expect(missed).toEqual([]);
  });
});

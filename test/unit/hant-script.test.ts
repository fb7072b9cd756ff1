/** The script of a body (utils/han-script.ts) and vocabulary values written in 繁體 (schemas/fields.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countScriptChars,
  detectScript,
  documentScript,
  scriptKindOf,
  scriptOnlySets,
  toSimplified,
} from '../../src/utils/han-script.ts';
import { listDefinitionByKey } from '../../src/schemas/lists.ts';
import { policySchema } from '../../src/schemas/policy.ts';
import { reportSchema } from '../../src/schemas/report.ts';
import { baseDocument, expectOneProblem, parsed } from '../support/schema-problems.ts';

describe('characters of one script only', () => {
  it('are counted as a character-by-character reading of the two sets counts them, astral and lone surrogates included', () => {
    const { traditional, simplified } = scriptOnlySets();
    const reference = (text: string) => {
      let t = 0;
      let s = 0;
      for (const c of text) {
        if (traditional.has(c)) t++;
        else if (simplified.has(c)) s++;
      }
      return { traditional: t, simplified: s };
    };
    const astral = [...traditional, ...simplified].filter((c) => c.codePointAt(0)! > 0xffff);
    const pool = [
      ...'發为说說群羣峯峰的了a1，。\ud840\udc00',
      ...astral.slice(0, 20),
      ...[...traditional].slice(0, 200),
      ...[...simplified].slice(0, 200),
    ];
    const piece = fc.oneof(
      fc.constantFrom(...pool),
      fc.string({ unit: 'binary', maxLength: 3 }),
      fc.constant('\ud840'),
      fc.constant('\udc00'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        expect(countScriptChars(text)).toEqual(reference(text));
      }),
      { numRuns: 500 },
    );
  });

  it('are looked up from a table made straight from the dictionaries that holds exactly the two sets', () => {
    const { traditional, simplified } = scriptOnlySets();
    const wrong: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      const c = String.fromCodePoint(code);
      const expected = traditional.has(c) ? 1 : simplified.has(c) ? 2 : 0;
      if (scriptKindOf(code) !== expected) wrong.push(`U+${code.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('are taken from OpenCC: 發/發布 one side, 发 the other, shared characters neither', () => {
    const { traditional, simplified } = scriptOnlySets();
    for (const c of '發臺裡裏佔佈覈爲為說') expect(traditional.has(c), c).toBe(true);
    for (const c of '发为说们关') expect(simplified.has(c), c).toBe(true);
    // Written the same in both scripts: no evidence either way.
    for (const c of '台平占了解考核里着著布的') {
      expect(traditional.has(c) || simplified.has(c), c).toBe(false);
    }
    expect(traditional.size).toBeGreaterThan(3000);
    expect(simplified.size).toBeGreaterThan(3000);
  });
});

describe('the script of a body', () => {
  it('is 繁體 when at least 5 one-script characters and 90% of them are traditional', () => {
    expect(detectScript('本廳關於港澳機動車入出境的通知').script).toBe('hant');
    // 平台, 了解, 考核, 占 are shared: a 繁體 text written with them is still 繁體.
    expect(detectScript('平台建設了解考核情況，占比提高，各級機關認真落實').script).toBe('hant');
    // 9 traditional, 1 simplified: 90%.
    expect(countScriptChars('發電機組進場說明們為们')).toEqual({ traditional: 9, simplified: 1 });
    expect(detectScript('發電機組進場說明們為们').script).toBe('hant');
    expect(detectScript('發電機組進場說明們们').script).toBe('hans'); // 8 of 9: below 90%
  });

  it('is 简体 below the evidence threshold or below 90%, and says when both scripts are present', () => {
    expect(detectScript('关于印发通知的通知').script).toBe('hans');
    expect(detectScript('關於').script).toBe('hans'); // 2 characters: too little to tell
    const mixed = detectScript('關於機動車輛说明为们这');
    expect(mixed).toMatchObject({ script: 'hans', mixed: true, traditional: 5, simplified: 4 });
    expect(detectScript('示例省交通运输厅关于印发《示例省道路运输经营者信用评价管理辦法》的通知').mixed).toBe(false);
  });

  it('follows the script field over detection', () => {
    expect(documentScript('繁体', '关于', '简体正文内容说明')).toMatchObject({ script: 'hant', source: 'field' });
    expect(documentScript('簡體', '關於', '繁體正文內容說明')).toMatchObject({ script: 'hans', source: 'field' });
    expect(documentScript(undefined, '關於', '繁體正文內容說明與規範')).toMatchObject({
      script: 'hant',
      source: 'detected',
    });
  });

  it('converts to simplified at phrase level, Taiwan and Hong Kong forms included', () => {
    expect(toSimplified('本廳發布了關於平臺考覈的通知，裡面著重說明')).toBe(
      '本厅发布了关于平台考核的通知，里面着重说明',
    );
    expect(toSimplified('裏')).toBe('里');
  });
});

describe('vocabulary values in 繁體', () => {
  const goodPolicy = { ...baseDocument, kind: '规章' };

  it('are stored as the one simplified value', () => {
    const out = parsed(policySchema, {
      ...goodPolicy,
      kind: '規章',
      validity: '失效',
      validityDate: '2025-04-01',
      genre: '通報',
      disclosure: '主動公開',
      topic: '綜合政務\\政務公開',
    });
    expect(out).toMatchObject({
      kind: '规章',
      validity: '失效',
      genre: '通报',
      disclosure: '主动公开',
      topic: '综合政务\\政务公开',
    });
    expect(parsed(reportSchema, { ...baseDocument, reportType: '年度報告', year: 2018 }).reportType).toBe('年度报告');
  });

  it('are named in both scripts when wrong', () => {
    expectOneProblem(
      reportSchema,
      { ...baseDocument, reportType: '年報', year: 2018 },
      {
        field: '报告类别（reportType）',
        expected:
          '应为以下之一（简体、繁體均可）：年度报告（年度報告）、工作要点（工作要點）、预决算（預決算）、其他报告（其他報告）',
        found: '"年報"',
      },
    );
  });

  it('are accepted in data-list cells', () => {
    const row = listDefinitionByKey.get('xzcf')!.row;
    const cell = row.shape['相对人类别' as keyof typeof row.shape] as import('zod').ZodType;
    expect(cell.parse('個體工商戶')).toBe('个体工商户');
  });
});

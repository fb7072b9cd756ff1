/**
 * The 繁體 text converter gives exactly what opencc-js's own s2t converter
 * gives (on the sample content and on random strings with astral
 * characters, surrogates and ideographic description sequences), keeps
 * protected names, and remembers short texts.
 */
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { ConverterFactory } from 'opencc-js/core';
import HKVariants from 'opencc-js/dict/HKVariants';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import TWPhrases from 'opencc-js/dict/TWPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';
import { describe, expect, it } from 'vitest';
import { convertRaw, createConverter } from '../../src/hant/converter.ts';
import { projectRoot } from '../support/paths.ts';

const reference = ConverterFactory([[STPhrases, STCharacters]]);

describe('convertRaw', () => {
  it('converts phrases and characters as OpenCC does', () => {
    expect(convertRaw('发文字号 头发 后台 皇后 干部 关于印发 里面')).toBe('發文字號 頭髮 後臺 皇后 幹部 關於印發 裏面');
  });

  it('returns the same string when nothing changes', () => {
    const text = 'ASCII only, 123 — and 〔2025〕';
    expect(convertRaw(text)).toBe(text);
  });

  it('agrees with opencc-js on every Markdown file of the sample content', () => {
    const root = path.join(projectRoot, 'content');
    const files = (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => /\.(md|mdx|yaml)$/.test(f));
    expect(files.length).toBeGreaterThan(50);
    const text = files.map((f) => fs.readFileSync(path.join(root, f), 'utf8')).join('\n');
    expect(convertRaw(text)).toBe(reference(text));
  });

  it('agrees with opencc-js on random text (astral characters, lone surrogates, description sequences)', () => {
    const pieces = [
      '发',
      '头发',
      '后',
      '面',
      '⿰',
      '⿲',
      '氵',
      '𠀀',
      '\ud800',
      '\ud840',
      '\udc00',
      'a',
      ' ',
      '〔',
      '号',
      '干',
      '台',
      '里',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 40 }),
        fc.string({ unit: 'binary', maxLength: 20 }),
        (parts, extra) => {
          const text = parts.join('') + extra;
          expect(convertRaw(text)).toBe(reference(text));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('character standards (site setting hant)', () => {
  // OpenCC's own s2tw, s2twp and s2hk chains, through opencc-js's converter.
  const s2tw = ConverterFactory([[STPhrases, STCharacters]], [[TWVariants]]);
  const s2twp = ConverterFactory([[STPhrases, STCharacters]], [[TWPhrases]], [[TWVariants]]);
  const s2hk = ConverterFactory([[STPhrases, STCharacters]], [[HKVariants]]);
  const text =
    fs.readFileSync(path.join(projectRoot, 'content/policies/2026/hk-macao-vehicles-notice.md'), 'utf8') +
    '为了软件里面着重说明，线上服务，鸡蛋';

  it('agree with OpenCC s2tw, s2twp and s2hk', () => {
    expect(createConverter({ standard: 'tw' })(text)).toBe(s2tw(text));
    expect(createConverter({ standard: 'tw', phrases: true })(text)).toBe(s2twp(text));
    expect(createConverter({ standard: 'hk' })(text)).toBe(s2hk(text));
    expect(createConverter({ standard: 't' })(text)).toBe(reference(text));
  });

  it('change characters, and words only when asked', () => {
    expect(createConverter()('为了')).toBe('爲了');
    expect(createConverter({ standard: 'tw' })('为了')).toBe('為了');
    expect(createConverter({ standard: 'hk' })('为了')).toBe('為了');
    expect(createConverter({ standard: 'tw' })('软件')).toBe('軟件');
    expect(createConverter({ standard: 'tw', phrases: true })('软件')).toBe('軟體');
  });
});

describe('createConverter', () => {
  it('keeps protected names as written, wherever they appear', () => {
    const convert = createConverter({ protect: ['示例省交通运输厅', '示例省交通运输厅办公室'] });
    expect(convert('示例省交通运输厅办公室关于发布示例省交通运输厅规章的通知')).toBe(
      '示例省交通运输厅办公室關於發佈示例省交通运输厅規章的通知',
    );
  });

  it('remembers short texts and not long ones', () => {
    const convert = createConverter({ memoMaxLength: 10 });
    expect(convert('网站地图')).toBe('網站地圖');
    expect(convert('网站地图')).toBe('網站地圖');
    expect(convert.stats.memoHits).toBe(1);
    const long = '这是一段很长的正文内容，不会被记住。';
    convert(long);
    convert(long);
    expect(convert.stats.memoHits).toBe(1);
  });

  it('does not count text without CJK characters', () => {
    const convert = createConverter();
    convert('  \n <b> 2026-03-09 ');
    expect(convert.stats.converted).toBe(0);
  });
});

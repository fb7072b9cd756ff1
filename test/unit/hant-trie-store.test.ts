/**
 * The converter's tries kept in the build cache (src/hant/trie-store.ts): a
 * converter that reads them back converts exactly as opencc-js does, and a
 * damaged file is made again rather than trusted.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConverterFactory } from 'opencc-js/core';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadTrie, saveTrie } from '../../src/hant/trie-store.ts';
import { projectRoot } from '../support/paths.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-trie-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const text =
  fs.readFileSync(path.join(projectRoot, 'content/policies/2026/hk-macao-vehicles-notice.md'), 'utf8') +
  '发文字号 头发 后台 皇后 干部 关于印发 里面 为了 𠀀 ⿰氵工';
const s2tw = ConverterFactory([[STPhrases, STCharacters]], [[TWVariants]]);

/** converter.ts afresh: its tries in memory are empty, as in a new build process. */
async function freshConverter() {
  vi.resetModules();
  return (await import('../../src/hant/converter.ts')).createConverter;
}

const stored = () => fs.readdirSync(dir).filter((f) => f.endsWith('.bin'));

describe('trie store', () => {
  it('keeps the tries of the first converter, and a later one reads them back and converts the same', async () => {
    const first = (await freshConverter())({ standard: 'tw', trieStoreDir: dir });
    expect(first(text)).toBe(s2tw(text));
    expect(stored()).toHaveLength(2); // s2t and the Taiwan variants
    const stamps = stored().map((f) => fs.statSync(path.join(dir, f)).mtimeMs);

    const second = (await freshConverter())({ standard: 'tw', trieStoreDir: dir });
    expect(second(text)).toBe(s2tw(text));
    // Read, not made again.
    expect(stored().map((f) => fs.statSync(path.join(dir, f)).mtimeMs)).toEqual(stamps);
  });

  it('reads back what it saved, array for array', () => {
    for (const name of stored()) {
      const trie = loadTrie(path.join(dir, name))!;
      expect(trie.value.filter((v) => v !== undefined).length).toBeGreaterThan(10);
      const copy = path.join(dir, `copy-${name}`);
      saveTrie(copy, trie);
      expect(loadTrie(copy)).toEqual(trie);
      fs.rmSync(copy);
    }
  });

  it('does not trust a damaged file: it is made again', async () => {
    for (const name of stored()) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 5000));
      expect(loadTrie(file)).toBeUndefined();
    }
    const convert = (await freshConverter())({ standard: 'tw', trieStoreDir: dir });
    expect(convert(text)).toBe(s2tw(text));
    for (const name of stored()) expect(loadTrie(path.join(dir, name))).toBeDefined();
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { addExcerptSources } from '../../src/search/fragment-excerpts.ts';
import { FRAGMENT_SIGNATURE, readFragment as read } from '../support/pagefind-fragments.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function bundleWith(fragments: Record<string, object>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-fragments-'));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, 'fragment'));
  for (const [name, json] of Object.entries(fragments))
    fs.writeFileSync(path.join(dir, 'fragment', name), gzipSync(FRAGMENT_SIGNATURE + JSON.stringify(json)));
  return dir;
}

describe('addExcerptSources', () => {
  it("puts each record's text into its fragment's meta and empties the folded words", () => {
    const dir = bundleWith({
      'zz_a.pf_fragment': { url: '/a/', content: 'cj0euy06mj 、', word_count: 2, meta: { title: '甲' } },
      'zz_b.pf_fragment': { url: '/b/', content: 'x', word_count: 1, meta: { title: '乙' } },
    });
    const written = addExcerptSources(
      dir,
      new Map([
        ['/a/', '甲\n正文一'],
        ['/b/', '乙\n正文二'],
      ]),
    );
    expect(written).toBe(2);
    const a = read(path.join(dir, 'fragment', 'zz_a.pf_fragment'));
    expect(a).toEqual({ url: '/a/', content: '', word_count: 2, meta: { title: '甲', text: '甲\n正文一' } });
    expect(read(path.join(dir, 'fragment', 'zz_b.pf_fragment')).meta.text).toBe('乙\n正文二');
  });

  it('counts only the fragments it had a text for, so the caller can tell a record went missing', () => {
    const dir = bundleWith({ 'zz_a.pf_fragment': { url: '/a/', content: 'x', meta: { title: '甲' } } });
    expect(addExcerptSources(dir, new Map([['/other/', 't']]))).toBe(0);
  });

  it('refuses a file that is not a Pagefind fragment', () => {
    const dir = bundleWith({});
    fs.writeFileSync(path.join(dir, 'fragment', 'zz_x.pf_fragment'), gzipSync('{"url":"/a/"}'));
    expect(() => addExcerptSources(dir, new Map())).toThrow(/格式未知/);
  });
});

/**
 * Listing a collection's entry files (src/catalogue/entry-files.ts): the list
 * made from the directory entries' own types must be the one Node's plain
 * recursive listing gives (the oracle: it stats every entry itself), on
 * generated folder trees with drafts, other files, a linked folder, a link
 * to a file and a folder whose name looks like an entry.
 */
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isEntryPath, listEntryFiles } from '../../src/catalogue/entry-files.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-entries-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const oracle = (dir: string) => (fs.readdirSync(dir, { recursive: true }) as string[]).filter(isEntryPath).sort();

const segment = fc.constantFrom('2025', '2026', '11', '_drafts', '道路运输', 'a b', 'x.md');
const leaf = fc.constantFrom('plan.md', 'rules.MDX', '_draft.md', '附件1.pdf', 'notes.txt', '通知.mdx', 'readme');
const tree = fc.array(fc.tuple(fc.array(segment, { maxLength: 3 }), leaf), { minLength: 1, maxLength: 25 });

let run = 0;
function materialise(files: Array<[string[], string]>): string {
  const dir = path.join(root, `c${run++}`);
  fs.mkdirSync(dir);
  for (const [folders, name] of files) {
    const folder = path.join(dir, ...folders);
    // A generated path may use a file's name as a folder: such a path is not made.
    try {
      fs.mkdirSync(folder, { recursive: true });
      fs.writeFileSync(path.join(folder, name), '---\ntitle: t\n---\n', { flag: 'a' });
    } catch {
      // ENOTDIR or EISDIR
    }
  }
  return dir;
}

describe('listEntryFiles', () => {
  it('lists what Node’s stat-ing recursive listing lists, in the same order', () => {
    fc.assert(
      fc.property(tree, (files) => {
        const dir = materialise(files);
        expect(listEntryFiles(dir)).toEqual(oracle(dir));
      }),
      { numRuns: 60 },
    );
  });

  it('lists a linked folder’s files, a link to a file and a folder named like an entry, as Node does', () => {
    const dir = materialise([
      [['2026'], 'plan.md'],
      [['2026', 'x.md'], 'inner.md'],
    ]);
    const outside = materialise([[['folder'], 'elsewhere.md']]);
    fs.symlinkSync(path.join(outside, 'folder'), path.join(dir, 'linked'));
    fs.symlinkSync(path.join(outside, 'folder', 'elsewhere.md'), path.join(dir, 'link.md'));
    const listed = listEntryFiles(dir);
    expect(listed).toEqual(oracle(dir));
    // Listed, not accepted: the check refuses an entry that leads out of the content folder (real-paths.test.ts).
    expect(listed).toEqual(
      ['2026/plan.md', '2026/x.md', '2026/x.md/inner.md', 'link.md', 'linked/elsewhere.md'].map(path.normalize),
    );
  });

  it('is empty for a folder that does not exist, and works with a trailing separator', () => {
    expect(listEntryFiles(path.join(root, 'missing'))).toEqual([]);
    const dir = materialise([[['2025', '12'], 'a.md']]);
    expect(listEntryFiles(dir + path.sep)).toEqual(oracle(dir));
  });
});

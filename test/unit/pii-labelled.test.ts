/**
 * The personal-data detector measured on the labelled set
 * (test/fixtures/pii-labelled.json): every disguised number found (recall 1
 * in every class and every disguise), and the look-alikes of official texts
 * left alone (precision ≥ 0.99). `npm run bench:pii` prints the same table.
 */
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../src/checks/personal-data.ts';
import { LABELLED_SET, loadLabelledSet, measure } from '../bench/pii-measure.ts';
import { projectRoot } from '../support/paths.ts';

describe('the personal-data detector on the labelled set', () => {
  const items = loadLabelledSet();

  it('is a set of at least 300 strings with every class, and look-alikes', () => {
    expect(items.length).toBeGreaterThanOrEqual(300);
    for (const label of ['身份证号', '手机号码', '银行卡号', null])
      expect(items.filter((i) => i.label === label).length, String(label)).toBeGreaterThanOrEqual(100);
  });

  it('finds every disguised number: recall 1 in every class and every disguise', () => {
    const m = measure(findPersonalData, items);
    expect(m.misses).toEqual([]);
    for (const c of m.classes) expect(c.recall, c.name).toBe(1);
    for (const d of m.disguises) expect(d.found, d.kind).toBe(d.items);
  });

  it('leaves the look-alikes alone: precision at least 0.99 in every class', () => {
    const m = measure(findPersonalData, items);
    for (const c of m.classes) expect(c.precision, c.name).toBeGreaterThanOrEqual(0.99);
    expect(m.negatives.specificity).toBeGreaterThanOrEqual(0.99);
  });

  it('is the set its generator writes (written from the formats, not from the detector)', () => {
    const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-pii-')), 'generate.ts');
    // The generator writes beside itself: run a copy so the committed file is compared, not overwritten.
    fs.mkdirSync(path.join(path.dirname(copy), 'bench'));
    fs.mkdirSync(path.join(path.dirname(copy), 'fixtures'));
    const script = path.join(path.dirname(copy), 'bench', 'pii-labelled-generate.ts');
    fs.copyFileSync(path.join(projectRoot, 'test', 'bench', 'pii-labelled-generate.ts'), script);
    const run = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(fs.readFileSync(path.join(path.dirname(copy), 'fixtures', 'pii-labelled.json'), 'utf8')).toBe(
      fs.readFileSync(LABELLED_SET, 'utf8'),
    );
    fs.rmSync(path.dirname(copy), { recursive: true, force: true });
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import '../../test/support/mock-content.ts';
import { asOnHantPages, scriptOfEntry, shownOnSimplified } from './doc-script.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doc-script-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
};

describe('scriptOfEntry', () => {
  it('takes the script field when there is no file', () => {
    expect(scriptOfEntry(undefined, { script: '繁体' })).toBe('hant');
    expect(scriptOfEntry(undefined, {})).toBe('hans');
  });

  it("detects the script from the file's body, not its front matter", () => {
    const hant = file(
      'hant.md',
      '---\ntitle: 通知\n---\n為進一步規範道路貨運經營，現將有關事項通知如下。這裡說明審批條件與辦理時限。\n',
    );
    const hans = file(
      'hans.md',
      '---\ntitle: 通知\n---\n为进一步规范道路货运经营，现将有关事项通知如下。这里说明审批条件与办理时限。\n',
    );
    expect(scriptOfEntry(hant, { title: '通知' })).toBe('hant');
    expect(scriptOfEntry(hans, { title: '通知' })).toBe('hans');
  });
});

describe('shownOnSimplified', () => {
  it('shows a 繁體 text converted and keeps the original for the twin page', () => {
    expect(shownOnSimplified('關於道路貨運的通知', 'hant')).toEqual({
      text: '关于道路货运的通知',
      hant: '關於道路貨運的通知',
    });
  });

  it('leaves a simplified text alone', () => {
    expect(shownOnSimplified('关于道路货运的通知', 'hans')).toEqual({ text: '关于道路货运的通知' });
  });
});

describe('asOnHantPages', () => {
  it('converts to 繁體 by the site setting', () => {
    expect(asOnHantPages('关于道路货运的通知')).toMatch(/^關於道路貨運的通知$/);
  });
});

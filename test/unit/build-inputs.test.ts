/**
 * "Nothing changed" (src/publish/build-inputs.ts): the fingerprint moves with
 * every input a build's output depends on and with nothing else, and the
 * record vouches only for the release it was written with. The whole story
 * with real builds is test/build/unchanged-build.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  INPUTS_FILE,
  inputFingerprint,
  publishedUnchanged,
  recordPublishedInputs,
  type BuildInputs,
} from '../../src/publish/build-inputs.ts';
import { swapIntoPlace } from '../../src/publish/staged-output.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

/** A project folder with a little framework and content, as the fingerprint reads it. */
function project(): BuildInputs {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-inputs-'));
  roots.push(root);
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  write('astro.config.mjs', 'export default {};\n');
  write('package.json', '{}\n');
  write('src/pages/index.astro', '<h1>首页</h1>\n');
  write('public/robots.txt', 'User-agent: *\n');
  write('content/site.yaml', 'name: 示例\n');
  write('content/policies/2026/a.md', '---\ntitle: 甲\n---\n正文\n');
  return {
    project: root,
    content: path.join(root, 'content'),
    env: { GONGKAI_BASE: '/', HOME: '/home/someone' },
    args: [],
    today: '2026-12-07',
  };
}

/** A published site in `root`: `dist` linking to a release with an index page. */
function publish(root: string): string {
  const staging = path.join(root, 'dist.staging');
  fs.mkdirSync(staging, { recursive: true });
  fs.writeFileSync(path.join(staging, 'index.html'), '<h1>首页</h1>');
  swapIntoPlace(staging, path.join(root, 'dist'));
  return path.join(root, 'dist');
}

describe('inputFingerprint', () => {
  it('is the same for the same inputs, and ignores settings no build reads', () => {
    const inputs = project();
    const first = inputFingerprint(inputs);
    expect(inputFingerprint(inputs)).toBe(first);
    expect(inputFingerprint({ ...inputs, env: { ...inputs.env, HOME: '/elsewhere', PATH: '/bin' } })).toBe(first);
    // The fingerprint handed to the Astro process is not an input of itself.
    expect(inputFingerprint({ ...inputs, env: { ...inputs.env, GONGKAI_INPUT_FINGERPRINT: first } })).toBe(first);
  });

  it('changes with every input of the build', () => {
    const inputs = project();
    const first = inputFingerprint(inputs);
    const changed = (what: string, next: BuildInputs = inputs) => expect(inputFingerprint(next), what).not.toBe(first);
    changed('the date', { ...inputs, today: '2026-12-08' });
    changed('a setting', { ...inputs, env: { ...inputs.env, GONGKAI_BASE: '/portal/' } });
    changed('a new setting', { ...inputs, env: { ...inputs.env, GONGKAI_STRICT: '1' } });
    changed('the arguments', { ...inputs, args: ['--site', 'https://example.org'] });
    changed('another content folder', { ...inputs, content: path.join(inputs.project, 'public') });

    const file = (rel: string) => path.join(inputs.project, rel);
    const step = (what: string, change: () => void) => {
      const before = inputFingerprint(inputs);
      change();
      expect(inputFingerprint(inputs), what).not.toBe(before);
    };
    step('a content file rewritten with text of the same length', () =>
      fs.writeFileSync(file('content/policies/2026/a.md'), '---\ntitle: 乙\n---\n正文\n'),
    );
    step('a content file added', () => fs.writeFileSync(file('content/policies/2026/b.md'), 'x'));
    step('a content file renamed', () =>
      fs.renameSync(file('content/policies/2026/b.md'), file('content/policies/2026/c.md')),
    );
    step('a content file deleted', () => fs.rmSync(file('content/policies/2026/c.md')));
    // A copy restored with its old time (cp -p, an unzipped backup): same size and time, only the change time moves.
    const restoredTime = new Date('2026-01-01T00:00:00Z');
    fs.utimesSync(file('content/site.yaml'), restoredTime, restoredTime);
    step('a file restored with its old modification time', () => {
      fs.writeFileSync(file('content/site.yaml'), 'name: 范例\n');
      fs.utimesSync(file('content/site.yaml'), restoredTime, restoredTime);
    });
    step('a page template', () => fs.appendFileSync(file('src/pages/index.astro'), '\n'));
    step('a public file', () => fs.writeFileSync(file('public/favicon.svg'), '<svg/>'));
    step('the configuration', () => fs.appendFileSync(file('astro.config.mjs'), '\n'));
    step('the installed packages', () => {
      fs.mkdirSync(file('node_modules'));
      fs.writeFileSync(file('node_modules/.package-lock.json'), '{}');
    });
  });
});

describe('the record of the published inputs', () => {
  it('vouches only for the release it was written with, while it is published', () => {
    const { project: root } = project();
    const cache = path.join(root, 'cache');
    fs.mkdirSync(cache);
    const dist = publish(root);
    expect(publishedUnchanged(cache, dist, 'abc'), 'no record yet').toBeUndefined();
    recordPublishedInputs(cache, dist, 'abc');
    expect(publishedUnchanged(cache, dist, 'abc')?.release).toBe(path.basename(fs.realpathSync(dist)));
    expect(publishedUnchanged(cache, dist, 'abd'), 'other inputs').toBeUndefined();

    // Another release published since (by any build): the record no longer describes dist.
    publish(root);
    expect(publishedUnchanged(cache, dist, 'abc')).toBeUndefined();

    recordPublishedInputs(cache, dist, 'abc');
    fs.rmSync(path.join(dist, 'index.html'));
    expect(publishedUnchanged(cache, dist, 'abc'), 'a release without its home page').toBeUndefined();
  });

  it('is removed by a publish without a fingerprint (a plain astro build)', () => {
    const { project: root } = project();
    const cache = path.join(root, 'cache');
    fs.mkdirSync(cache);
    const dist = publish(root);
    recordPublishedInputs(cache, dist, 'abc');
    expect(fs.existsSync(path.join(cache, INPUTS_FILE))).toBe(true);
    recordPublishedInputs(cache, dist, undefined);
    expect(fs.existsSync(path.join(cache, INPUTS_FILE))).toBe(false);
    expect(publishedUnchanged(cache, dist, 'abc')).toBeUndefined();
  });
});

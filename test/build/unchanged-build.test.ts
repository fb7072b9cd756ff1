/**
 * `npm run build` when nothing changed (src/integrations/build-cli.ts,
 * src/publish/build-inputs.ts): the second run keeps the published release
 * and says so; any changed input (a content file, the date, --force) builds
 * and publishes a new release; a plain `astro build` leaves no record behind
 * that could vouch for its site.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUTS_FILE } from '../../src/publish/build-inputs.ts';
import { buildSite, npmRunBuild as runNpmBuild } from '../support/build-site.ts';
import { writeFixtureContent } from '../support/fixture-content.ts';
import { readPage } from '../support/html.ts';
import { testTmp } from '../support/paths.ts';

const content = path.join(testTmp, 'unchanged-content');
const out = path.join(testTmp, 'unchanged-dist');
const cache = path.join(testTmp, 'unchanged-cache');

const npmRunBuild = (args: string[] = [], env: Record<string, string> = {}) =>
  runNpmBuild(content, out, cache, args, env);

const release = () => fs.realpathSync(out);
const KEPT = '均未改变，网站保持原样';

describe('npm run build when nothing changed', () => {
  it('keeps the published site, and builds again on any changed input', () => {
    writeFixtureContent(content);
    for (const dir of [out, `${out}.staging`, cache]) fs.rmSync(dir, { recursive: true, force: true });

    const first = npmRunBuild();
    expect(first.status, first.output).toBe(0);
    expect(first.output).not.toContain(KEPT);
    const published = release();
    expect(fs.existsSync(path.join(cache, INPUTS_FILE))).toBe(true);

    const second = npmRunBuild();
    expect(second.status, second.output).toBe(0);
    expect(second.output).toContain(KEPT);
    expect(second.output, 'Astro did not run').not.toContain('[build]');
    expect(release(), 'the same release').toBe(published);

    // An edited document: built and published, with the edit on its page.
    const policy = path.join(content, 'policies', '2025', 'freight-rules.md');
    fs.writeFileSync(policy, fs.readFileSync(policy, 'utf8').replace(/^title: .*$/m, 'title: 改过的标题'));
    const edited = npmRunBuild();
    expect(edited.status, edited.output).toBe(0);
    expect(edited.output).not.toContain(KEPT);
    expect(release()).not.toBe(published);
    expect(readPage(out, '/xxgk/11990000MB0000001X-2025-00003/')('h1').text()).toContain('改过的标题');
    expect(npmRunBuild().output, 'unchanged again').toContain(KEPT);

    // The next day: 征集意见 may have closed, so the site is built again.
    const nextDay = npmRunBuild([], { GONGKAI_TODAY: '2026-06-02' });
    expect(nextDay.status, nextDay.output).toBe(0);
    expect(nextDay.output).not.toContain(KEPT);

    // --force builds whatever the record says.
    const kept = release();
    const forced = npmRunBuild(['--force'], { GONGKAI_TODAY: '2026-06-02' });
    expect(forced.status, forced.output).toBe(0);
    expect(forced.output).not.toContain(KEPT);
    expect(release()).not.toBe(kept);

    // A plain `astro build` publishes without a fingerprint: the record goes, and the next run builds.
    const plain = buildSite(content, out, { GONGKAI_CACHE_DIR: cache, GONGKAI_TODAY: '2026-06-02' });
    expect(plain.status, plain.output).toBe(0);
    expect(fs.existsSync(path.join(cache, INPUTS_FILE))).toBe(false);
    expect(npmRunBuild([], { GONGKAI_TODAY: '2026-06-02' }).output).not.toContain(KEPT);
  });
});

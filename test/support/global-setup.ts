/**
 * Builds the fixture site and the sample site once before the tests that
 * read their HTML. A failed build fails the whole run with Astro's output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSite } from './build-site.ts';
import { writeFixtureContent } from './fixture-content.ts';
import { fixtureContent, fixtureDist, projectRoot, sampleDist, testTmp } from './paths.ts';

export default function setup(): void {
  // The build and browser tiers both name this setup; one run builds once.
  if (process.env.GONGKAI_TEST_SITES_BUILT) return;
  process.env.GONGKAI_TEST_SITES_BUILT = '1';
  // A clean content cache: Astro's cache is keyed on content, not on our
  // Markdown plugins, so a stale one could hide a rendering change.
  fs.rmSync(path.join(testTmp, 'cache'), { recursive: true, force: true });
  writeFixtureContent(fixtureContent);
  const builds = [
    ['fixture', fixtureContent, fixtureDist],
    ['sample', path.join(projectRoot, 'content'), sampleDist],
  ] as const;
  // GONGKAI_TEST_BUILDS=fixture skips the sample site while iterating locally.
  const wanted = (process.env.GONGKAI_TEST_BUILDS ?? 'fixture,sample').split(',');
  for (const [name, content, out] of builds) {
    if (!wanted.includes(name)) continue;
    fs.rmSync(out, { recursive: true, force: true });
    const result = buildSite(content, out);
    if (result.status !== 0) throw new Error(`Build of ${content} failed:\n${result.output}`);
  }
}

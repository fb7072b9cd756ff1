/**
 * No internal link points nowhere (检查指标 deducts for broken links): every
 * same-site link, script data source and feed link on every built page of
 * the fixture and the sample site resolves to a file of the build.
 */
import { load } from 'cheerio';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../support/html.ts';
import { fixtureDist, sampleDist } from '../support/paths.ts';

describe.each([
  ['fixture', fixtureDist],
  ['sample', sampleDist],
])('the %s site', (_name, dist) => {
  it('has no broken internal links', () => {
    const broken = new Map<string, string>();
    for (const file of htmlFiles(dist)) {
      const $ = load(fs.readFileSync(path.join(dist, file), 'utf8'));
      $('a[href^="/"], link[rel="alternate"][href^="/"], [data-src^="/"]').each((_i, el) => {
        const target = decodeURIComponent(($(el).attr('href') ?? $(el).attr('data-src')!).replace(/[?#].*$/, ''));
        const onDisk = path.join(dist, target.endsWith('/') ? `${target}index.html` : target);
        if (!fs.existsSync(onDisk) && !broken.has(target)) broken.set(target, file);
      });
    }
    expect(Object.fromEntries(broken)).toEqual({});
  });
});

/**
 * No internal link points nowhere (检查指标 deducts for broken links): every
 * same-site link, form action, image (every size in a srcset), stylesheet, script, data source and
 * feed link on every built page of the fixture and the sample site resolves
 * to a file of the build, and every #fragment to an element with that id on
 * the target page (skip links, table of contents, 年报 sections).
 */
import { load } from 'cheerio';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles, sitePages } from '../support/html.ts';
import { fixtureDist, sampleDist } from '../support/paths.ts';

const ORIGIN = 'http://site.invalid';
const REFERENCES = 'a[href], link[href], img[src], script[src], source[src], form[action], [data-src]';

/** The file a site path is served from, as the static host would pick it. */
function fileFor(dist: string, sitePath: string): string {
  const onDisk = path.join(dist, sitePath);
  return sitePath.endsWith('/') ? path.join(onDisk, 'index.html') : onDisk;
}

describe.each([
  ['fixture', fixtureDist],
  ['sample', sampleDist],
])('the %s site', (_name, dist) => {
  it('has no broken internal link or fragment', () => {
    const idsOf = new Map<string, Set<string>>();
    const ids = (file: string) => {
      let found = idsOf.get(file);
      if (!found) {
        const $ = load(fs.readFileSync(file, 'utf8'));
        found = new Set(
          $('[id]')
            .toArray()
            .map((el) => $(el).attr('id')!),
        );
        $('a[name]').each((_i, el) => void found!.add($(el).attr('name')!));
        idsOf.set(file, found);
      }
      return found;
    };
    const broken = new Map<string, string>();
    let checked = 0;
    let fragments = 0;
    const pages = htmlFiles(dist);
    for (const page of pages) {
      const $ = load(fs.readFileSync(path.join(dist, page), 'utf8'));
      const pageUrl = new URL(page.replace(/index\.html$/, ''), ORIGIN);
      $(REFERENCES).each((_i, el) => {
        const raw = $(el).attr('href') ?? $(el).attr('src') ?? $(el).attr('action') ?? $(el).attr('data-src')!;
        const url = new URL(raw, pageUrl);
        if (url.origin !== ORIGIN) return; // other sites, mailto:, tel:
        checked++;
        if (url.hash) fragments++;
        const file = fileFor(dist, decodeURIComponent(url.pathname));
        const key = `${raw} (on ${page})`;
        if (!fs.existsSync(file)) broken.set(key, 'no such file');
        else if (url.hash && file.endsWith('.html') && !ids(file).has(decodeURIComponent(url.hash.slice(1))))
          broken.set(key, 'no such id');
        else if (raw === '#') broken.set(key, 'empty fragment');
      });
      // Every size of a responsive image (srcset candidates: "url 480w, url 960w").
      $('img[srcset], source[srcset]').each((_i, el) => {
        for (const candidate of $(el).attr('srcset')!.split(',')) {
          const raw = candidate.trim().split(/\s+/)[0]!;
          const url = new URL(raw, pageUrl);
          if (url.origin !== ORIGIN) continue;
          checked++;
          if (!fs.existsSync(fileFor(dist, decodeURIComponent(url.pathname))))
            broken.set(`${raw} (srcset on ${page})`, 'no such file');
        }
      });
    }
    expect(Object.fromEntries(broken)).toEqual({});
    expect(checked).toBeGreaterThan(1000);
    expect(fragments).toBeGreaterThanOrEqual(sitePages(dist).length); // at least the skip link of every site page
    console.log(`${_name} site: ${checked} internal links checked, ${fragments} of them with a #fragment`);
  });
});

/**
 * Fuzzing the gate's new rules: site paths in site.yaml, entry file names,
 * attachment names and SVG images, each against the property that matters
 * (an accepted site path stays on the site; an accepted file name makes an
 * address that leads back to it; an accepted attachment is never a type a
 * browser runs; a sanitised SVG carries no script), not against the rule's
 * own wording.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAllowedAttachment } from '../../src/checks/attachment-types.ts';
import { sourceFileProblems } from '../../src/checks/check-source-file.ts';
import { sanitizeSvg } from '../../src/publish/safe-svg.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { attachment } from '../../src/schemas/fields.ts';
import { entryIdFromPath } from '../../src/catalogue/entry-files.ts';
import type { ContentProblem } from '../../src/schemas/format-issues.ts';
import { hostileString } from '../support/hostile.ts';
import { OTHER_HOST_PATHS, SCRIPT_ATTACHMENTS } from '../support/hostile-files.ts';
import { projectRoot } from '../support/paths.ts';

let cases = 0;
let tmp = '';
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-fuzz-gate-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`fuzz-gate: ${cases} cases checked`);
});

/** Characters that mean something in a URL or a path, plus ordinary ones. */
const URL_CHARS = [
  '/',
  '\\',
  '.',
  '#',
  '?',
  '%',
  '2',
  'e',
  '@',
  ':',
  ' ',
  '\t',
  '\n',
  'a',
  '政',
  '\u200b',
  '&',
  '=',
  '+',
  ';',
  '~',
  '-',
  '_',
];
const urlish = fc.string({ unit: fc.constantFrom(...URL_CHARS), maxLength: 12 });

describe('site paths in site.yaml', () => {
  const base = parse(fs.readFileSync(path.join(projectRoot, 'test/fixtures/site/site.yaml'), 'utf8')) as Record<
    string,
    unknown
  >;
  const ORIGIN = 'https://jtt.shili.gov.cn';
  const candidate = fc.oneof(
    urlish.map((s) => `/${s}`),
    fc.constantFrom(...OTHER_HOST_PATHS),
    urlish,
    hostileString,
  );

  it('accepts a site path only if a browser resolves it on the site itself', () => {
    fc.assert(
      fc.property(candidate, fc.constantFrom('nav', 'channel', 'endpoint'), (href, where) => {
        cases++;
        const settings = structuredClone(base) as {
          nav: { href: string }[];
          interaction: { channels: { href: string }[] };
          application: { endpoint?: string };
        };
        if (where === 'nav') settings.nav[0]!.href = href;
        else if (where === 'channel') settings.interaction.channels[0]!.href = href;
        else settings.application.endpoint = href;
        if (!siteSchema.safeParse(settings).success || !href.startsWith('/')) return;
        expect(new URL(href, `${ORIGIN}/portal/`).origin, href).toBe(ORIGIN);
      }),
      { numRuns: 1500, seed: 16 },
    );
  });
});

describe('entry file names', () => {
  const segment = fc.string({
    unit: fc.constantFrom(...URL_CHARS.filter((c) => c !== '/' && c !== '\n'), '.', 'x'),
    minLength: 1,
    maxLength: 8,
  });
  const relative = fc.array(segment, { minLength: 1, maxLength: 2 }).map((parts) => `${parts.join('/')}.md`);

  it('accepts a file name only if its address leads back to it', () => {
    let n = 0;
    fc.assert(
      fc.property(relative, (rel) => {
        cases++;
        const root = path.join(tmp, `names-${++n}`);
        const full = path.join(root, 'news', rel);
        // Names the file system itself refuses or folds are not files an editor can have.
        if (rel.split('/').some((p) => p === '.' || p === '..' || p === '.md' || p === '..md')) return;
        try {
          fs.mkdirSync(path.dirname(full), { recursive: true });
          fs.writeFileSync(full, 'x');
        } catch {
          return;
        }
        const errors: ContentProblem[] = [];
        const accepted = sourceFileProblems(full, rel, `content/news/${rel}`, root, 1, errors, []);
        if (!accepted) {
          expect(errors).toHaveLength(1);
          return;
        }
        const id = entryIdFromPath(rel);
        const address = `/xwzx/zwdt/${id}/`;
        // What the browser asks for when a page links the address (links are percent-encoded).
        const requested = decodeURIComponent(new URL(encodeURI(address), 'https://jtt.shili.gov.cn').pathname);
        expect(requested, rel).toBe(address);
      }),
      { numRuns: 600, seed: 16 },
    );
  });
});

describe('attachment names', () => {
  const SCRIPT_TYPES = new Set(
    SCRIPT_ATTACHMENTS.map((n) => n.split('.').pop()!.toLowerCase()).concat([
      'htm',
      'html',
      'svg',
      'xml',
      'js',
      'xsl',
      'xslt',
    ]),
  );
  const ext = fc.oneof(
    fc.constantFrom('pdf', 'PDF', 'html', 'HtMl', 'svg', 'svgz', 'xhtml', 'xml', 'js', 'docx', 'zip', 'exe', 'xsl'),
    fc.string({ unit: fc.constantFrom('a', 'h', 't', 'm', 'l', 's', 'v', 'g', '1'), minLength: 1, maxLength: 5 }),
  );
  const name = fc
    .tuple(fc.oneof(hostileString, fc.constantFrom('附件1', 'a.pdf', 'x.html')), ext)
    .map(([stem, e]) => `${stem}.${e}`);

  it('never accepts a type a browser runs as a page', () => {
    fc.assert(
      fc.property(name, (file) => {
        cases++;
        if (!attachment.safeParse({ file }).success || !isAllowedAttachment(file)) return;
        expect(SCRIPT_TYPES.has(file.split('.').pop()!.toLowerCase()), file).toBe(false);
      }),
      { numRuns: 1500, seed: 16 },
    );
  });
});

describe('SVG images', () => {
  const mixedCase = (s: string) =>
    fc
      .array(fc.boolean(), { minLength: s.length, maxLength: s.length })
      .map((up) => [...s].map((c, i) => (up[i] ? c.toUpperCase() : c)).join(''));
  const scheme = fc
    .tuple(
      mixedCase('javascript'),
      fc.constantFrom('', ' ', '\t', '&#x09;', '&#10;'),
      fc.constantFrom(':', '&#58;', '&colon;'),
    )
    .map(([j, ws, colon]) => `${ws}${j.slice(0, 4)}${ws === ' ' ? '' : ws}${j.slice(4)}${colon}alert(1)`);
  const handler = fc
    .tuple(mixedCase('onload'), fc.constantFrom('onclick', 'onmouseover', 'onbegin', 'onfocusin', 'onerror'))
    .map(([a, b]) => fc.constantFrom(a, b))
    .chain((x) => x);
  const fragment = fc.oneof(
    handler.map((h) => `<rect width="5" height="5" ${h}="alert(1)"/>`),
    scheme.map((u) => `<a href="${u}"><text>x</text></a>`),
    scheme.map((u) => `<a xlink:href="${u}"><text>x</text></a>`),
    mixedCase('script').map((t) => `<${t}>alert(1)</${t}>`),
    mixedCase('foreignObject').map((t) => `<${t}><iframe src="javascript:alert(1)"></iframe></${t}>`),
    scheme.map((u) => `<animate attributeName="href" to="${u}"/>`),
    scheme.map((u) => `<use href="${u}"/>`),
    fc.constant('<image href="https://evil.example/x.png"/>'),
    fc.constant('<style>@import url(https://evil.example/x.css);</style>'),
    fc.constant('<![CDATA[<script>alert(1)</script>]]>'),
    fc.constant('<!-- <script>alert(1)</script> -->'),
    fc.constant('<rect width="10" height="10" fill="#123"/>'),
    fc.constant('<text x="1" y="9">客运量 &amp; 货运量</text>'),
  );
  const svg = fc
    .tuple(fc.array(fragment, { minLength: 1, maxLength: 6 }), fc.option(handler, { nil: undefined }))
    .map(
      ([parts, rootHandler]) =>
        `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="20"${rootHandler ? ` ${rootHandler}="alert(1)"` : ''}>${parts.join('')}</svg>`,
    );

  it('never publishes script, handlers, script URLs, foreign content or links out', async () => {
    await fc.assert(
      fc.asyncProperty(svg, async (source) => {
        cases++;
        const out = (await sanitizeSvg(source)).svg;
        expect(out, source).not.toMatch(
          /<script|<foreignObject|<iframe|<animate|<set\b|\son[a-z]+\s*=|javascript|https?:\/\/(?!www\.w3\.org)/i,
        );
      }),
      { numRuns: 400, seed: 16 },
    );
  });
});

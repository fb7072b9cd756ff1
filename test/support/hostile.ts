/**
 * fast-check arbitraries for hostile content: strings with control
 * characters, script tags, path traversal, disguised personal data,
 * spreadsheet formulas and huge lengths; values of the
 * wrong type; Markdown bodies with raw HTML and script URLs. Shared by the
 * fuzz tests (test/unit/fuzz-*.test.ts).
 */
import fc from 'fast-check';
import { stringify } from 'yaml';

export const NASTY_STRINGS = [
  '<script>alert(1)</script>',
  '</script><script>alert(document.cookie)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '/etc/passwd.pdf',
  '附件/../../../secret.pdf',
  '\u0000\u0007\u0008\u001b[31m红色\u001b[0m',
  '\u202e\u2066反向\u2069',
  '\ufeff\u200b\u00a0',
  '{{7*7}}${process.exit(1)}',
  'javascript:alert(1)',
  '---',
  'title: 注入',
  '"\'`',
  '&lt;script&gt;',
  '110101199003071233',
  '13812345678',
  // Personal data in disguise (issue 16): full-width, grouped, zero-width, entities, emphasis, tags.
  '１３８１２３４５６７８',
  '138-1234-5678',
  '110105 19491231 002X',
  '138\u200b1234\u200b5678',
  '&#49;38&nbsp;1234&nbsp;5678',
  '**138**1234*5678*',
  '<span>6222</span> 0212 3456 7894',
  // Formulas a spreadsheet would run, and Word's line and page breaks.
  '=HYPERLINK("https://evil.example","点击")',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  '+1',
  '标题\u000b第二行\u000c分页\u2028',
  'NaN',
  '2025-13-45',
  '示交规〔2024〕03号',
  // Addresses that leave the site or break, and what Word pastes (issue 16).
  '//evil.example/x',
  '/\\evil.example',
  '%2e%2e/%2e%2e/etc/passwd',
  'a#b?c=%00',
  '<svg><script>alert(1)</script></svg>',
  '<foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject>',
];

/** Any text: printable or not, short or (rarely) huge. */
export const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...NASTY_STRINGS), fc.string({ maxLength: 20 }))
      .map(([a, b]) => `${b}${a}${b}`),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }), fc.integer({ min: 1_000, max: 20_000 }))
      .map(([s, n]) => s.repeat(n)),
  },
);

/** A frontmatter value of any type, nested a little. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.date(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileString, fc.constantFrom('file', 'title', 'reviewer', 'date')), tie('value'), {
      maxKeys: 4,
    }),
  ),
})).value;

/** An attachment list whose names try to leave the folder. */
export const hostileAttachments = fc.array(
  fc.record(
    {
      file: fc.oneof(
        fc.constantFrom(
          '../../../../etc/passwd',
          '..\\x.pdf',
          '/etc/shadow.pdf',
          'a/../../b.pdf',
          'x.pdf\u0000.txt',
          '附件1.pdf',
        ),
        hostileString,
      ),
      title: hostileString,
    },
    { requiredKeys: ['file'] },
  ),
  { maxLength: 3 },
);

/** Frontmatter: a valid base with some fields replaced or added by hostile values. */
export function hostileFrontmatter(base: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const keys = [...Object.keys(base), 'attachments', 'piiReviewed', 'indexNo', 'docNo', 'disclosure', 'summary'];
  return fc
    .tuple(
      fc.dictionary(fc.constantFrom(...keys), hostileValue, { maxKeys: 4 }),
      fc.option(hostileAttachments, { nil: undefined }),
      fc.dictionary(hostileString, hostileValue, { maxKeys: 2 }),
    )
    .map(([changed, attachments, extra]) => ({
      ...base,
      ...changed,
      ...(attachments ? { attachments } : {}),
      ...extra,
    }));
}

/** Frontmatter of the right types with hostile text where text goes: mostly valid, so the body checks run. */
export function hostileText(base: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const nonBlank = hostileString.filter((s) => s.trim().length > 0);
  return fc
    .record({
      title: nonBlank,
      summary: fc.option(
        nonBlank.map((s) => s.slice(0, 250)),
        { nil: undefined },
      ),
    })
    .map(({ title, summary }) => ({
      ...base,
      title,
      ...('source' in base || 'updated' in base || 'writer' in base ? {} : summary === undefined ? {} : { summary }),
    }));
}

/** The file text: YAML written by the yaml library (always parseable) or raw text (often not). */
export function fileText(frontmatter: Record<string, unknown> | string, body: string): string {
  let yaml: string;
  if (typeof frontmatter === 'string') yaml = frontmatter;
  else {
    try {
      yaml = stringify(frontmatter);
    } catch {
      yaml = String(frontmatter);
    }
  }
  return `---\n${yaml}\n---\n\n${body}\n`;
}

/** Pieces of Markdown that try to smuggle HTML or script into the page. */
export const HOSTILE_MARKDOWN = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<scr<script>ipt>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg/onload=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '<style>body{display:none}</style>',
  '<a href="javascript:alert(1)">点这里</a>',
  '<details open ontoggle=alert(1)>',
  '<!-- <script>alert(1)</script> -->',
  '[点这里](javascript:alert(1))',
  '[点这里](JaVaScRiPt:alert(1))',
  '[点这里](<javascript:alert(1)>)',
  '[点这里](  javascript:alert(1)  "t")',
  '[点这里](vbscript:msgbox(1))',
  '[点这里](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![图](javascript:alert(1))',
  '[x]: javascript:alert(1)\n\n[引用链接][x]',
  '<javascript:alert(1)>',
  '```html\n<script>alert(1)</script>\n```',
  '`<script>alert(1)</script>`',
  '| a | b |\n|---|---|\n| <script>alert(1)</script> | <img src=x onerror=alert(1)> |',
  '> <script>alert(1)</script>',
  '- <script>alert(1)</script>',
  '## <script>alert(1)</script>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;script&#62;alert(1)&#60;/script&#62;',
  '**表1 <script>alert(1)</script>**',
];

export const hostileBody = fc
  .array(
    fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...HOSTILE_MARKDOWN) }, { weight: 2, arbitrary: hostileString }),
    { maxLength: 10 },
  )
  .chain((parts) => fc.constantFrom('\n', '\n\n', ' ').map((sep) => parts.join(sep)));

/**
 * The README is the front door and docs/ the rest of the house: these tests
 * keep what they say true. The commands they show are npm scripts, every
 * dependency says why it is there, every relative link leads to a file, and
 * no document carries a commit hash (dates age well, hashes do not) or a
 * path of one machine. No file of the project points outside the repository,
 * and the editors' field table names every field the schemas accept.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionSchemas, disclosureCollections } from '../../src/schemas/collections.ts';
import { fieldLabel } from '../../src/schemas/labels.ts';
import { projectRoot } from '../support/paths.ts';

const read = (file: string) => fs.readFileSync(path.join(projectRoot, file), 'utf8');
const packageJson = JSON.parse(read('package.json')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** Files under `dir` (relative to the project) whose names pass `keep`. */
function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  const root = path.join(projectRoot, dir);
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .map((name) => path.join(dir, name))
    .filter((file) => keep(file) && fs.statSync(path.join(projectRoot, file)).isFile());
}

const isMarkdown = (file: string) => file.endsWith('.md');
/** Every Markdown document of the project: README, CHANGELOG, docs/ and the folder READMEs. */
const documents = [
  'README.md',
  'CHANGELOG.md',
  ...filesUnder('docs', isMarkdown),
  // src/pages/ names its README _README.md: Astro would publish a README.md there as a page.
  ...filesUnder('src', (file) => /^_?README\.md$/.test(path.basename(file))),
  ...filesUnder('test', (file) => path.basename(file) === 'README.md'),
];

/** The section of a Markdown text under the heading `title`, up to the next heading of its level or higher. */
function section(markdown: string, title: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => /^#{1,6} /.test(line) && line.replace(/^#+ /, '') === title);
  if (start < 0) throw new Error(`README.md has no section “${title}”`);
  const level = lines[start]!.indexOf(' ');
  const end = lines.findIndex((line, i) => i > start && /^#{1,6} /.test(line) && line.indexOf(' ') <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** `npm run x` and `npm test` as written in a text, by script name. */
function npmScriptsNamed(text: string): string[] {
  const names = [...text.matchAll(/\bnpm run ([\w:-]+)/g)].map((m) => m[1]!);
  if (/\bnpm test\b/.test(text)) names.push('test');
  return names;
}

describe('README.md', () => {
  const readme = read('README.md');

  it('shows the two commands, and both are npm scripts', () => {
    const block = /```bash\n([\s\S]*?)```/.exec(section(readme, 'The two commands'))?.[1] ?? '';
    const commands = block.split('\n').filter((line) => line.trim() !== '');
    expect(commands).toHaveLength(2);
    expect(npmScriptsNamed(commands[0]!)).toContain('build');
    expect(npmScriptsNamed(commands[1]!)).toEqual(['test']);
    // `npm run build` runs `astro build` unless nothing changed (src/integrations/build-cli.ts).
    expect(packageJson.scripts.build).toContain('src/integrations/build-cli.ts');
    expect(read('src/integrations/build-cli.ts')).toContain("'build', ...astroArgs");
    expect(packageJson.scripts.test).toMatch(/^vitest run /);
  });

  it('names only npm scripts that exist, here and in docs/', () => {
    for (const file of documents) {
      for (const name of npmScriptsNamed(read(file))) {
        expect(packageJson.scripts, `${file}: npm run ${name}`).toHaveProperty([name]);
      }
    }
  });

  it('says why each dependency is there: one row for every package in package.json, none for others', () => {
    const table = section(readme, 'Why each dependency is there');
    const named = new Set<string>();
    for (const row of table.split('\n').filter((line) => line.startsWith('| `'))) {
      const firstCell = row.split('|')[1]!;
      for (const m of firstCell.matchAll(/`([^`]+)`/g)) named.add(m[1]!);
    }
    const packages = [...Object.keys(packageJson.dependencies), ...Object.keys(packageJson.devDependencies)];
    expect(packages.length).toBeGreaterThan(20);
    expect(
      packages.filter((name) => !named.has(name)),
      'packages without a row',
    ).toEqual([]);
    expect(
      [...named].filter((name) => !packages.includes(name)),
      'rows for packages not installed',
    ).toEqual([]);
  });

  it('stays a front door', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(160);
    expect(readme).toContain('(docs/editors/README.md)');
    expect(readme).toContain('(CHANGELOG.md)');
  });
});

describe('documents', () => {
  it('are found', () => {
    expect(documents).toContain('docs/editors/README.md');
    expect(documents).toContain('src/pages/_README.md');
    expect(
      fs.existsSync(path.join(projectRoot, 'src/pages/README.md')),
      'a README.md in src/pages/ is published as /README/',
    ).toBe(false);
    expect(documents.length).toBeGreaterThan(10);
  });

  it('link only to files that exist (relative links)', () => {
    let checked = 0;
    const broken: string[] = [];
    for (const file of documents) {
      // Examples in code (`![](chart.png)`) are not links.
      const text = read(file)
        .replace(/```[\s\S]*?```/g, '')
        .replace(/`[^`\n]*`/g, '');
      for (const m of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
        const target = m[1]!;
        if (/^[a-z][a-z+.-]*:/i.test(target) || target.startsWith('#') || target.startsWith('/')) continue;
        const resolved = path.join(projectRoot, path.dirname(file), decodeURI(target.replace(/#.*$/, '')));
        checked += 1;
        if (!fs.existsSync(resolved)) broken.push(`${file}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(30);
  });

  it('carry no commit hash and no path of one machine', () => {
    // A word of 7–40 hex digits with both a digit and a letter; a file
    // digest after a dot (`1.3f9a2c1d4e.pdf`) is an example address, not a commit.
    const hash = /(?<![.\w/-])(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{7,40}(?![\w/-])/g;
    const found: string[] = [];
    for (const file of documents) {
      const text = read(file);
      for (const m of text.matchAll(hash)) found.push(`${file}: ${m[0]}`);
      if (text.includes(['', 'work', ''].join('/'))) found.push(`${file}: a machine path`);
    }
    expect(found).toEqual([]);
  });
});

describe("the editors' manual", () => {
  it('lists every frontmatter field of the catalogue collections with its Chinese name (docs/editors/writing.md)', () => {
    const page = read('docs/editors/writing.md');
    const missing: string[] = [];
    for (const collection of disclosureCollections) {
      let schema = collectionSchemas[collection] as unknown as {
        _zod: { def: { type: string; in?: unknown; shape?: object } };
      };
      if (schema._zod.def.type === 'pipe') schema = schema._zod.def.in as typeof schema;
      const names = Object.keys(schema._zod.def.shape ?? {});
      expect(names.length, collection).toBeGreaterThan(10);
      for (const name of names) {
        // Cells may be padded (the formatter aligns Markdown tables).
        const row = new RegExp(`^\\|\\s*\`${name}\`\\s*\\|\\s*${fieldLabel(name)}\\s*\\|`, 'm');
        if (!row.test(page)) missing.push(`${collection}: | \`${name}\` | ${fieldLabel(name)} |`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('the repository', () => {
  // Written in pieces so that this file does not name them itself.
  const outside = [
    ['..', 'shared'].join('/'),
    ['shared', 'domain'].join('/'),
    ['shared', 'seeds'].join('/'),
    ['STANDARDS', 'md'].join('.'),
    ['STANDARDS', '§'].join(' '),
    ['', 'work', ''].join('/'),
  ];
  const text = /\.(ts|mts|mjs|js|astro|css|md|json|yaml|yml|txt|csv|html|svg)$/;

  it('has no file that points outside it', () => {
    const files = [
      'README.md',
      'CHANGELOG.md',
      'astro.config.mjs',
      ...filesUnder('src', (f) => text.test(f)),
      ...filesUnder('test', (f) => text.test(f) && !f.includes('node_modules')),
      ...filesUnder('docs', (f) => text.test(f)),
      ...filesUnder('content', (f) => text.test(f)),
      ...filesUnder('deploy', () => true),
    ];
    expect(files.length).toBeGreaterThan(200);
    const found: string[] = [];
    for (const file of files) {
      const content = read(file);
      for (const needle of outside) if (content.includes(needle)) found.push(`${file}: ${needle}`);
    }
    expect(found).toEqual([]);
  });
});

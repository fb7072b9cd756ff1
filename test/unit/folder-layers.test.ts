// The folders of src/ keep the layers written in src/README.md: no folder
// imports a higher layer (or a sibling), no two folders import each other,
// and no files import each other in a circle. Each failure names the file
// and the import. `npm run structure` prints the whole graph.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { measure } from '../structure/graph.ts';
import { codeParts, folderOf, specifiers } from '../structure/imports.ts';
import { mayImport, parseLayers, readLayers } from '../structure/layers.ts';

const root = path.resolve(import.meta.dirname, '../..');
const layers = readLayers(path.join(root, 'src/README.md'));
const structure = measure(path.join(root, 'src'), layers);

describe('the import reader', () => {
  it('reads static, type, re-export, side-effect and dynamic imports, not comments or strings', () => {
    const code = [
      "import a from '../a.ts';",
      "import type { B } from './b.ts';",
      "export { c } from '../c/c.ts';",
      "import '../d.css';",
      "const e = await import('../e.ts');",
      "// import f from '../f.ts';",
      'const g = "import g from \'../g.ts\'";',
      'const h = `import h from "../h.ts"`;',
    ].join('\n');
    expect(specifiers(code)).toEqual(['../a.ts', './b.ts', '../c/c.ts', '../d.css', '../e.ts']);
  });

  it('reads the frontmatter and <script> blocks of an .astro file', () => {
    const astro =
      "---\nimport X from '../x.astro';\n---\n<p>import y from '../y.ts'</p>\n<script>\n  import '../z.ts';\n</script>\n";
    expect(codeParts('p.astro', astro).flatMap(specifiers)).toEqual(['../x.astro', '../z.ts']);
  });

  it('tells an import down the layers from one up, sideways or outside the table', () => {
    const table = parseLayers(
      '| 0 | `utils/` | x | nothing |\n| 1 | `scripts/` | x | `utils/` |\n| 2 | `a/`, `b/` | x | lower layers |\n| 3 | `c/` | x | lower layers |\n',
    );
    expect(mayImport(table, 'c', 'a')).toBe(true);
    expect(mayImport(table, 'a', 'c')).toBe(false);
    expect(mayImport(table, 'a', 'b')).toBe(false);
    expect(mayImport(table, 'scripts', 'utils')).toBe(true);
    expect(mayImport(table, 'c', 'nowhere')).toBe(false);
  });

  it('finds src/ and the layer table', () => {
    expect(structure.files.length).toBeGreaterThan(100);
    expect(layers.get('utils')?.rank).toBe(0);
    expect(layers.get('pages')?.rank).toBeGreaterThan(layers.get('view-models')!.rank);
  });
});

describe('src/ folder layers', () => {
  it('names every folder in the layer table of src/README.md', () => {
    expect(structure.unlisted).toEqual([]);
  });

  it('has no import from a folder to a higher layer or a sibling', () => {
    const wrong = structure.upward.map(
      (e) =>
        `${e.from} imports '${e.spec}' (${folderOf(e.from)} on layer ${layers.get(folderOf(e.from))?.rank ?? '?'}, ` +
        `${folderOf(e.to)} on layer ${layers.get(folderOf(e.to))?.rank ?? '?'})`,
    );
    expect(wrong).toEqual([]);
  });

  it('has no two folders that import each other', () => {
    const pairs = structure.mutual.map(([a, b]) => {
      const ab = structure.arrows.get(`${a} -> ${b}`)!.example;
      const ba = structure.arrows.get(`${b} -> ${a}`)!.example;
      return `${a} <-> ${b}: ${ab.from} imports '${ab.spec}', ${ba.from} imports '${ba.spec}'`;
    });
    expect(pairs).toEqual([]);
  });

  it('has no circle of imports between files', () => {
    const circles = structure.circles.map((group) => {
      const inside = new Set(group);
      const edges = structure.edges.filter((e) => inside.has(e.from) && inside.has(e.to));
      return `${group.length} files: ${edges.map((e) => `${e.from} imports '${e.spec}'`).join('; ')}`;
    });
    expect(circles).toEqual([]);
  });
});

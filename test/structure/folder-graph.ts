// `npm run structure`: prints the folder import graph of src/ and what breaks
// the layer table in src/README.md.
//   node test/structure/folder-graph.ts [--src DIR] [--layers README] [--summary]
// --src measures another tree (e.g. an older commit unpacked with
// `git archive <commit> src | tar -x -C /tmp/old`) against today's table.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measure } from './graph.ts';
import { folderOf } from './imports.ts';
import { readLayers } from './layers.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    src: { type: 'string', default: path.join(root, 'src') },
    layers: { type: 'string', default: path.join(root, 'src/README.md') },
    summary: { type: 'boolean', default: false },
  },
});
const layers = readLayers(values.layers);
const s = measure(path.resolve(values.src), layers);

const upwardArrows = new Map<string, number>();
for (const e of s.upward) {
  const key = `${folderOf(e.from)} -> ${folderOf(e.to)}`;
  upwardArrows.set(key, (upwardArrows.get(key) ?? 0) + 1);
}
const inCircles = s.circles.reduce((n, c) => n + c.length, 0);

if (!values.summary) {
  console.log(`Folders (${s.folders.size}), files each, layer from src/README.md:`);
  for (const [folder, n] of [...s.folders].sort(
    (a, b) => (layers.get(a[0])?.rank ?? 99) - (layers.get(b[0])?.rank ?? 99) || a[0].localeCompare(b[0]),
  )) {
    console.log(`  ${String(layers.get(folder)?.rank ?? '?').padStart(2)}  ${folder}  ${n}`);
  }
  console.log(`\nFolder arrows (${s.arrows.size}), imports each:`);
  for (const [key, a] of [...s.arrows].sort()) console.log(`  ${key}  ${a.count}`);
  console.log(`\nFolder pairs that import each other (${s.mutual.length}):`);
  for (const [a, b] of s.mutual) console.log(`  ${a} <-> ${b}`);
  console.log(`\nArrows the layer table does not allow (${upwardArrows.size} arrows, ${s.upward.length} imports):`);
  for (const [key, n] of [...upwardArrows].sort()) {
    const e = s.upward.find((u) => `${folderOf(u.from)} -> ${folderOf(u.to)}` === key)!;
    console.log(`  ${key}  ${n}  e.g. ${e.from} imports '${e.spec}'`);
  }
  if (s.unlisted.length > 0) console.log(`\nFolders missing from the layer table: ${s.unlisted.join(', ')}`);
  console.log(`\nFile circles (${s.circles.length}, ${inCircles} files):`);
  for (const c of s.circles) console.log(`  ${c.length} files: ${c.join(' ')}`);
  console.log('');
}
console.log(
  `Summary: ${s.files.length} files, ${s.edges.length} imports, ${s.folders.size} folders, ${s.arrows.size} folder arrows, ` +
    `${s.mutual.length} mutual folder pairs, ${upwardArrows.size} arrows against the layers (${s.upward.length} imports), ` +
    `${s.circles.length} file circles (${inCircles} files, largest ${s.circles[0]?.length ?? 0}).`,
);

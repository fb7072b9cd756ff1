// The structure of src/ as figures: the folder import graph, folder pairs
// that import each other, arrows that break the layer table, and circles
// between files. `npm run structure` prints them; the folder-layers unit test
// fails on any problem they name.
import { folderOf, readImports, type ImportEdge } from './imports.ts';
import { mayImport, type Layer } from './layers.ts';

export interface Structure {
  files: string[];
  edges: ImportEdge[];
  /** Files per folder. */
  folders: Map<string, number>;
  /** "a -> b" with the number of imports behind it. */
  arrows: Map<string, { from: string; to: string; count: number; example: ImportEdge }>;
  /** Pairs [a, b] (a < b) where each imports the other. */
  mutual: Array<[string, string]>;
  /** Import edges that the layer table does not allow (including folders missing from it). */
  upward: ImportEdge[];
  /** Folders the table does not name. */
  unlisted: string[];
  /** Strongly connected groups of more than one file, each sorted. */
  circles: string[][];
}

/** Tarjan's strongly connected components over the file graph. */
function fileCircles(files: string[], edges: ImportEdge[]): string[][] {
  const out = new Map<string, string[]>();
  for (const f of files) out.set(f, []);
  for (const e of edges) out.get(e.from)?.push(e.to);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  let next = 0;
  // Iterative, so a long chain of imports cannot overflow the call stack.
  for (const root of files) {
    if (index.has(root)) continue;
    const work: Array<[string, number]> = [[root, 0]];
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const [v, i] = top;
      if (i === 0) {
        index.set(v, next);
        low.set(v, next++);
        stack.push(v);
        onStack.add(v);
      }
      const targets = out.get(v) ?? [];
      if (i < targets.length) {
        top[1] = i + 1;
        const w = targets[i]!;
        if (!index.has(w)) work.push([w, 0]);
        else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent[0], Math.min(low.get(parent[0])!, low.get(v)!));
      if (low.get(v) === index.get(v)) {
        const group: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          group.push(w);
        } while (w !== v);
        if (group.length > 1) groups.push(group.sort());
      }
    }
  }
  return groups.sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
}

export function measure(srcDir: string, layers: Map<string, Layer>): Structure {
  const { files, edges } = readImports(srcDir);
  const folders = new Map<string, number>();
  for (const f of files) folders.set(folderOf(f), (folders.get(folderOf(f)) ?? 0) + 1);
  const arrows: Structure['arrows'] = new Map();
  for (const e of edges) {
    const from = folderOf(e.from);
    const to = folderOf(e.to);
    if (from === to) continue;
    const key = `${from} -> ${to}`;
    const arrow = arrows.get(key);
    if (arrow) arrow.count++;
    else arrows.set(key, { from, to, count: 1, example: e });
  }
  const mutual: Array<[string, string]> = [];
  for (const { from, to } of arrows.values()) {
    if (from < to && arrows.has(`${to} -> ${from}`)) mutual.push([from, to]);
  }
  const upward = edges.filter((e) => !mayImport(layers, folderOf(e.from), folderOf(e.to)));
  const unlisted = [...folders.keys()].filter((f) => !layers.has(f)).sort();
  return { files, edges, folders, arrows, mutual: mutual.sort(), upward, unlisted, circles: fileCircles(files, edges) };
}

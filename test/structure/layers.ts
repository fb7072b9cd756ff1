// The folder layers of src/, read from the table in src/README.md, which is
// the only place they are written down. A row is
//   | 2 | `schemas/` | what belongs there | may import |
// The first cell is the layer (lower numbers sit below). A folder may import
// its own files and folders on lower layers, not siblings on its own layer.
// When the last cell names folders in backticks, the folder may import only
// those (plus itself), whatever their layer: browser code, for one, may import
// `utils/` and nothing else.
import fs from 'node:fs';

export interface Layer {
  folder: string;
  rank: number;
  /** Folders this one may import when the table lists them; otherwise every lower layer. */
  only?: string[];
}

const folderName = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.replace(/\/$/, ''));

/** Parses the layer table out of a README's text. */
export function parseLayers(readme: string): Map<string, Layer> {
  const layers = new Map<string, Layer>();
  for (const line of readme.split('\n')) {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells.length < 4 || !/^\d+$/.test(cells[0]!)) continue;
    const rank = Number(cells[0]);
    const only = folderName(cells[cells.length - 1]!);
    for (const folder of folderName(cells[1]!)) {
      layers.set(folder, only.length > 0 ? { folder, rank, only } : { folder, rank });
    }
  }
  return layers;
}

export function readLayers(readmePath: string): Map<string, Layer> {
  return parseLayers(fs.readFileSync(readmePath, 'utf8'));
}

/** Whether folder `from` may import folder `to` under the table. */
export function mayImport(layers: Map<string, Layer>, from: string, to: string): boolean {
  if (from === to) return true;
  const a = layers.get(from);
  const b = layers.get(to);
  if (!a || !b) return false;
  if (a.only) return a.only.includes(to);
  return b.rank < a.rank;
}

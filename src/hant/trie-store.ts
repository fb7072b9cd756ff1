/**
 * The converter's flat tries (converter.ts), kept in the build cache. Making
 * the s2t trie from OpenCC's dictionaries costs about a second of CPU on the
 * shared build machine (a profile of a one-edit build: `trieOf`, 1.0 s, in
 * the main process to convert the one changed page); reading it back is a
 * few milliseconds. The file is named by a digest of the dictionaries it was
 * made from, so a new opencc-js makes a new file; one that does not read
 * back whole is made again.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../fs/fs-safety.ts';

/**
 * OpenCC's s2t trie laid out in flat arrays, walked by UTF-16 code unit:
 * the first unit is an index into `root`, deeper units are found among a
 * node's sorted children. Same entries and the same longest match as
 * opencc-js's Map-per-node trie, several times faster.
 */
export interface FlatTrie {
  /** Node of each first code unit (0 = no entry starts with it). */
  root: Int32Array;
  /** Per node: where its children start in `childUnit`/`childNode`, and how many. */
  childStart: Int32Array;
  childCount: Int32Array;
  childUnit: Uint16Array;
  childNode: Int32Array;
  /** Per node: the replacement when an entry ends here. */
  value: Array<string | undefined>;
}

const ROOT = 65536;
/** Format of the file; part of its name. */
const FORMAT = 1;

export function trieFile(dir: string, dicts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const dict of dicts) hash.update(`${dict.length}\n`).update(dict);
  return path.join(dir, `trie-v${FORMAT}-${hash.digest('hex').slice(0, 32)}.bin`);
}

/** Header (nodes, edges, values), then the Int32 arrays, the units, and the values joined by `|` (never in a value). */
export function saveTrie(file: string, trie: FlatTrie): void {
  const nodes = trie.childStart.length;
  const edges = trie.childUnit.length;
  const valueNodes: number[] = [];
  const values: string[] = [];
  trie.value.forEach((v, node) => {
    if (v === undefined) return;
    valueNodes.push(node);
    values.push(v);
  });
  const parts = [
    Buffer.from(Int32Array.of(nodes, edges, valueNodes.length).buffer),
    Buffer.from(trie.root.buffer, trie.root.byteOffset, trie.root.byteLength),
    Buffer.from(trie.childStart.buffer, trie.childStart.byteOffset, trie.childStart.byteLength),
    Buffer.from(trie.childCount.buffer, trie.childCount.byteOffset, trie.childCount.byteLength),
    Buffer.from(trie.childNode.buffer, trie.childNode.byteOffset, trie.childNode.byteLength),
    Buffer.from(Int32Array.from(valueNodes).buffer),
    Buffer.from(trie.childUnit.buffer, trie.childUnit.byteOffset, trie.childUnit.byteLength),
    Buffer.from(values.join('|'), 'utf8'),
  ];
  fs.mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomic(file, Buffer.concat(parts));
}

/** The trie in `file`, or undefined when there is none or it does not read back whole. */
export function loadTrie(file: string): FlatTrie | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  if (bytes.length < 12) return undefined;
  let at = 0;
  // Copies, so that every array starts aligned whatever the Buffer's offset.
  const int32 = (count: number) => {
    const out = new Int32Array(bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + at + count * 4));
    at += count * 4;
    return out;
  };
  const [nodes, edges, valueCount] = int32(3) as unknown as [number, number, number];
  const fixed = 4 * (ROOT + 2 * nodes + edges + valueCount) + 2 * edges;
  if (nodes <= 0 || edges < 0 || valueCount < 0 || bytes.length < at + fixed) return undefined;
  const root = int32(ROOT);
  const childStart = int32(nodes);
  const childCount = int32(nodes);
  const childNode = int32(edges);
  const valueNodes = int32(valueCount);
  const childUnit = new Uint16Array(bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + at + edges * 2));
  at += edges * 2;
  const values = bytes.toString('utf8', at).split('|');
  if (values.length !== valueCount) return undefined;
  const value = new Array<string | undefined>(nodes).fill(undefined);
  for (let k = 0; k < valueCount; k++) {
    const node = valueNodes[k]!;
    if (node < 0 || node >= nodes) return undefined;
    value[node] = values[k];
  }
  return { root, childStart, childCount, childUnit, childNode, value };
}

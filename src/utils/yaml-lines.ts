/** Where a value is written in a YAML document, for messages that name the line. */
import { isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';

/** The line (1-based, within the YAML text) a path is written on; the nearest written ancestor when it is missing. */
export function yamlPathLine(
  root: Node | null,
  counter: LineCounter,
  path: readonly PropertyKey[],
): number | undefined {
  let node: unknown = root;
  let line: number | undefined;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(part));
      if (!pair) break;
      const key = pair.key as Node;
      line = key.range ? counter.linePos(key.range[0]).line : line;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part] as Node | undefined;
      if (!item) break;
      line = item.range ? counter.linePos(item.range[0]).line : line;
      node = item;
    } else break;
  }
  return line;
}

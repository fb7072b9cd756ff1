/**
 * The 法定主动公开内容 tree from site.yaml: which column an entry belongs to,
 * and the columns' parents. Pure functions, computed once per build.
 */
import type { CatalogueNode } from '../schemas/site.ts';
import type { DisclosureCollection } from '../schemas/collections.ts';

export interface ColumnInfo {
  node: CatalogueNode;
  parent?: CatalogueNode;
  /** Leaf columns hold entries; a parent lists its children's entries. */
  isLeaf: boolean;
}

export function flattenCatalogue(tree: readonly CatalogueNode[]): Map<string, ColumnInfo> {
  const columns = new Map<string, ColumnInfo>();
  for (const node of tree) {
    const children = node.children ?? [];
    columns.set(node.key, { node, isLeaf: children.length === 0 });
    for (const child of children) columns.set(child.key, { node: child, parent: node, isLeaf: true });
  }
  return columns;
}

/** Column keys used twice in the tree: a configuration mistake, since keys are URLs. */
export function catalogueTreeProblems(tree: readonly CatalogueNode[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const node of tree) {
    for (const n of [node, ...(node.children ?? [])]) {
      if (seen.has(n.key)) problems.push(`栏目代码“${n.key}”重复，每个栏目代码只能使用一次`);
      seen.add(n.key);
    }
  }
  return problems;
}

export interface ColumnSelector {
  collection: DisclosureCollection;
  kind?: string | undefined;
  reportType?: string | undefined;
  category?: string | undefined;
}

/**
 * The leaf column an entry is listed in, or undefined when none takes it
 * (年度报告 live in their own 年报 column, outside this tree).
 */
export function columnFor(columns: ReadonlyMap<string, ColumnInfo>, entry: ColumnSelector): string | undefined {
  if (entry.collection === 'catalogue') {
    const info = entry.category ? columns.get(entry.category) : undefined;
    return info?.isLeaf && info.node.source === 'catalogue' ? info.node.key : undefined;
  }
  for (const [key, info] of columns) {
    if (!info.isLeaf || info.node.source !== entry.collection) continue;
    if (entry.collection === 'policies' && info.node.kind && info.node.kind !== entry.kind) continue;
    if (entry.collection === 'reports' && info.node.reportType !== entry.reportType) continue;
    return key;
  }
  return undefined;
}

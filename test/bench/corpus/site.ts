/** What the generator needs from site.yaml: which columns take catalogue items, news and reports. */
import fs from 'node:fs';
import { parse as parseYaml } from 'yaml';

export interface SiteInfo {
  catalogueLeaves: string[];
  newsColumns: string[];
  reportColumns: Set<string>;
}

interface YamlNode {
  key: string;
  source?: string;
  reportType?: string;
  children?: YamlNode[];
}

export function readSite(file: string): SiteInfo {
  const site = parseYaml(fs.readFileSync(file, 'utf8')) as { catalogue: YamlNode[]; newsColumns: { key: string }[] };
  const leaves: string[] = [];
  const reportColumns = new Set<string>();
  for (const node of site.catalogue) {
    const kids = node.children ?? [];
    for (const n of kids.length ? kids : [node]) {
      const source = n.source ?? 'catalogue';
      if (source === 'catalogue') leaves.push(n.key);
      if (source === 'reports' && n.reportType) reportColumns.add(n.reportType);
    }
  }
  return { catalogueLeaves: leaves, newsColumns: site.newsColumns.map((c) => c.key), reportColumns };
}

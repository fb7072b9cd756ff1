/**
 * Copies a folder tree by hard-linking its files (instant, no extra disk),
 * falling back to a real copy where links are impossible (another disk).
 * Used to move cached search shards into the site output.
 */
import fs from 'node:fs';
import path from 'node:path';

export function linkTree(source: string, target: string): void {
  fs.mkdirSync(target, { recursive: true });
  for (const entry of fs.readdirSync(source, { withFileTypes: true })) {
    const from = path.join(source, entry.name);
    const to = path.join(target, entry.name);
    if (entry.isDirectory()) {
      linkTree(from, to);
      continue;
    }
    try {
      fs.linkSync(from, to);
    } catch {
      fs.copyFileSync(from, to);
    }
  }
}

/**
 * Content loader for the bulk collections (policies, interpretations,
 * reports, catalogue, news). It stores each entry's validated frontmatter
 * only — no raw body, no rendered HTML — and skips files whose size and
 * modification time have not changed since the last build, without reading
 * them (the same test the content check's cache makes). In a build it takes
 * the files, their versions and their frontmatter from the content check
 * that just ran (publish/handoff.ts). Bodies are rendered straight from the
 * file when the page is built (markdown/render-body.ts).
 *
 * `.md` is the format; `.mdx` is accepted when it is plain Markdown (the
 * content check rejects components and imports here: they belong in
 * content/pages, which uses Astro's own MDX pipeline).
 */
import type { Loader } from 'astro/loaders';
import fs from 'node:fs';
import path from 'node:path';
import { statKey } from '../catalogue/file-digests.ts';
import { checkedFiles, publishedFiles } from '../publish/handoff.ts';
import { contentRoot } from '../utils/content-root.ts';
import { entryIdFromPath, listEntryFiles, readFrontmatter } from '../catalogue/entry-files.ts';
import { readableFileWithin } from '../fs/fs-safety.ts';

export function entriesLoader(collection: string): Loader {
  return {
    name: 'gongkai-entries',
    load: async ({ store, parseData }) => {
      const dir = path.join(contentRoot(), collection);
      const seen = new Set<string>();
      const checked = checkedFiles.read();
      if (checked && publishedFiles.read()?.command === 'build') {
        // A build's content check listed, checked and stat-ed every file moments ago (and a build with any
        // invalid file stopped there): its list is this collection's files, its keys their versions. At
        // 100,000 documents that spares a listing of the folder and two system calls a file (1.6 s).
        const prefix = dir + path.sep;
        for (const [file, { key, data }] of checked) {
          if (!file.startsWith(prefix)) continue;
          const id = entryIdFromPath(file.slice(prefix.length));
          seen.add(id);
          if (store.get(id)?.digest === key) continue;
          store.set({ id, data, digest: key, filePath: path.relative(process.cwd(), file) });
        }
      } else {
        // The dev server runs the loader again on every edit, after its one check: it looks for itself.
        for (const relative of listEntryFiles(dir)) {
          const id = entryIdFromPath(relative);
          seen.add(id);
          const file = path.join(dir, relative);
          // The content check refuses a link out of the content folder; a loader run without it must too.
          readableFileWithin(file, contentRoot());
          const digest = statKey(fs.statSync(file));
          if (store.get(id)?.digest === digest) continue;
          const filePath = path.relative(process.cwd(), file);
          // Checked (and so validated by the same schema) at the dev server's start, and unchanged since.
          const hit = checked?.get(file);
          if (hit?.key === digest) {
            store.set({ id, data: hit.data, digest, filePath });
            continue;
          }
          const source = fs.readFileSync(file, 'utf8');
          const frontmatter = readFrontmatter(source);
          if (!frontmatter.ok) throw new Error(`${file}: ${frontmatter.problem}`);
          const data = await parseData({ id, data: frontmatter.data, filePath: file });
          store.set({ id, data, digest, filePath });
        }
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}

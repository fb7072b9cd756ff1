/**
 * Content loader for the bulk collections (policies, interpretations,
 * reports, catalogue, news). It stores each entry's validated frontmatter
 * only — no raw body, no rendered HTML — and skips files whose size and
 * modification time have not changed since the last build, without reading
 * them (the same test the content check's cache makes). Bodies are rendered straight from the file
 * when the page is built (markdown/render-body.ts).
 *
 * `.md` is the format; `.mdx` is accepted when it is plain Markdown (the
 * content check rejects components and imports here: they belong in
 * content/pages, which uses Astro's own MDX pipeline).
 */
import type { Loader } from 'astro/loaders';
import fs from 'node:fs';
import path from 'node:path';
import { statKey } from '../catalogue/file-digests.ts';
import { checkedFiles } from '../publish/handoff.ts';
import { contentRoot } from '../utils/content-root.ts';
import { entryIdFromPath, listEntryFiles, readFrontmatter } from '../catalogue/entry-files.ts';
import { readableFileWithin } from '../fs/fs-safety.ts';

export function entriesLoader(collection: string): Loader {
  return {
    name: 'gongkai-entries',
    load: async ({ store, parseData }) => {
      const dir = path.join(contentRoot(), collection);
      const seen = new Set<string>();
      for (const relative of listEntryFiles(dir)) {
        const id = entryIdFromPath(relative);
        seen.add(id);
        const file = path.join(dir, relative);
        // Checked (and so validated by the same schema, and found inside the content folder) moments ago by the
        // build's content check, which hands over the file's stat key too: two system calls a file fewer.
        const checked = checkedFiles.read()?.get(file);
        if (checked) {
          if (store.get(id)?.digest === checked.key) continue;
          store.set({ id, data: checked.data, digest: checked.key, filePath: path.relative(process.cwd(), file) });
          continue;
        }
        // The content check refuses a link out of the content folder; a loader run without it (dev server) must too.
        readableFileWithin(file, contentRoot());
        const digest = statKey(fs.statSync(file));
        if (store.get(id)?.digest === digest) continue;
        const filePath = path.relative(process.cwd(), file);
        const source = fs.readFileSync(file, 'utf8');
        const frontmatter = readFrontmatter(source);
        if (!frontmatter.ok) throw new Error(`${file}: ${frontmatter.problem}`);
        const data = await parseData({ id, data: frontmatter.data, filePath: file });
        store.set({ id, data, digest, filePath });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}

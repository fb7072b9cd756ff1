/**
 * The content files the check reads, listed once per check with their stat:
 * the parallel check (parallel-check.ts) and checkContent() walk the same
 * list, so a build stats each of 100,000 files once, not twice.
 */
import fs from 'node:fs';
import path from 'node:path';
import { listEntryFiles } from '../catalogue/entry-files.ts';
import { collectionNames, type CollectionName } from '../schemas/collections.ts';

export interface ContentFile {
  collection: CollectionName;
  /** Path within the collection folder. */
  relative: string;
  /** Absolute path. */
  full: string;
  /** Path as reports show it (relative to the working folder). */
  file: string;
  /** Its lstat: the entry itself, a link not followed. Undefined when the file went away. */
  lstat: fs.Stats | undefined;
  /** Its stat: the lstat, or for a link what it points to. Undefined when the file or the link's target is missing. */
  stat: fs.Stats | undefined;
}

/** Every entry file of every collection under `root`, in the check's order. */
export function listContentFiles(root: string): ContentFile[] {
  const shownRoot = path.relative(process.cwd(), root) || '.';
  const files: ContentFile[] = [];
  for (const collection of collectionNames) {
    const dir = path.join(root, collection);
    for (const relative of listEntryFiles(dir)) {
      const full = path.join(dir, relative);
      // One system call a file: the check's "inside the content folder" test takes this lstat too.
      const lstat = fs.lstatSync(full, { throwIfNoEntry: false });
      const stat = lstat?.isSymbolicLink() ? fs.statSync(full, { throwIfNoEntry: false }) : lstat;
      files.push({ collection, relative, full, file: path.join(shownRoot, collection, relative), lstat, stat });
    }
  }
  return files;
}

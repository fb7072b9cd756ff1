/**
 * The web CMS in headless Chromium: a stand-in for the folder an editor
 * picks with 使用本地仓库. Chromium cannot click its native folder picker
 * headless, so `window.showDirectoryPicker` is replaced by one that returns
 * a folder in the page's Origin Private File System, filled with a copy of
 * the repository's content (text files) and a `.git` folder, as Sveltia
 * checks for one. Sveltia then reads and writes it as it would a real clone.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

/** `content/…` path → text, for every Markdown and YAML file under `contentDir`. */
export function repoFiles(contentDir: string, prefix = 'content'): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string, rel: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const name = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(full, name);
      else if (/\.(md|mdx|ya?ml|csv)$/.test(entry.name)) files[name] = fs.readFileSync(full, 'utf8');
    }
  };
  walk(contentDir, prefix);
  return files;
}

/** Installs the folder picker stand-in in every page of `context`; the folder is filled on the first pick. */
export async function stubLocalRepository(context: BrowserContext, files: Record<string, string>): Promise<void> {
  await context.addInitScript((files: Record<string, string>) => {
    const pick = async () => {
      const root = await navigator.storage.getDirectory();
      const fresh = !(await root.values().next()).value;
      const repo = await root.getDirectoryHandle('repo', { create: true });
      await repo.getDirectoryHandle('.git', { create: true });
      if (fresh) {
        for (const [file, text] of Object.entries(files)) {
          const parts = file.split('/');
          let dir = repo;
          for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
          const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
          await writable.write(text);
          await writable.close();
        }
      }
      return repo;
    };
    Object.defineProperty(window, 'showDirectoryPicker', { value: pick, configurable: true });
  }, files);
}

/** A file's text in the stand-in folder, or null when there is none. */
export function readRepoFile(page: Page, file: string): Promise<string | null> {
  return page.evaluate(async (file) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
    const parts = file.split('/');
    try {
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
      return await (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
    } catch {
      return null;
    }
  }, file);
}

/** Every file path in the stand-in folder (without `.git`). */
export function listRepoFiles(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const out: string[] = [];
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      for await (const [name, handle] of dir.entries()) {
        if (name === '.git') continue;
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else out.push(`${prefix}${name}`);
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('repo'), '');
    return out.sort();
  });
}

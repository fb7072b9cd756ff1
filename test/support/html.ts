/** Reading built pages for assertions. */
import { load, type CheerioAPI } from 'cheerio';
import fs from 'node:fs';
import path from 'node:path';

/** `/xxgk/abc/` → the parsed `dist/xxgk/abc/index.html`. */
export function readPage(dist: string, urlPath: string): CheerioAPI {
  const file = urlPath.endsWith('.html') ? urlPath : path.join(urlPath, 'index.html');
  return load(fs.readFileSync(path.join(dist, file), 'utf8'));
}

export function pageExists(dist: string, urlPath: string): boolean {
  return fs.existsSync(path.join(dist, urlPath, 'index.html'));
}

/** Every HTML file in the build, as site paths (`/xxgk/abc/index.html`). */
export function htmlFiles(dist: string): string[] {
  return (fs.readdirSync(dist, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.replaceAll(path.sep, '/')}`)
    .sort();
}

/** The site's pages: every HTML file but the web CMS's shell (/admin/), a tool for editors with its own markup. */
export function sitePages(dist: string): string[] {
  return htmlFiles(dist).filter((f) => !f.startsWith('/admin/'));
}

export function meta($: CheerioAPI, name: string): string | undefined {
  return $(`meta[name="${name}"]`).attr('content');
}

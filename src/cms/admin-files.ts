/**
 * The files of /admin besides config.yml: Sveltia CMS's script from
 * node_modules, served from this site so the CMS works without any CDN
 * (an intranet, or no network at all), and the page that loads it.
 *
 * Sveltia loads a few things from CDNs on its own; each is served from here:
 * - its three web fonts (the icon font above all: without it every button
 *   shows a word like "arrow_drop_down"), whose CDN addresses are written
 *   into the script's stylesheet: the copy here points them at font files
 *   from the @fontsource packages;
 * - its translations (the zh-CN UI), fetched at run time: the page's boot
 *   script sends those requests here;
 * - its "is there a newer version" check: answered by the boot script with
 *   the version served (updates come with `npm install`, not from a CDN).
 * Everything sits under a folder named by a hash of its contents, so a
 * browser never mixes an old copy with a new one.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// From the project root: this module also runs from Astro's build output, wherever that is.
const require = createRequire(path.join(process.cwd(), 'package.json'));

/** An installed package's folder: up from its main file (not every package exports its package.json). */
function packageDir(name: string): string {
  let dir = path.dirname(require.resolve(name));
  while (!fs.existsSync(path.join(dir, 'package.json')) || (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string }).name !== name) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`找不到 npm 包 ${name}：请运行 npm install`);
    dir = up;
  }
  return dir;
}

const sveltiaDir = () => packageDir('@sveltia/cms');
export const sveltiaVersion = (): string => (JSON.parse(fs.readFileSync(path.join(sveltiaDir(), 'package.json'), 'utf8')) as { version: string }).version;

/** The CDN font addresses in Sveltia's stylesheet, and the same font in an npm package. */
const FONTS = [
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2',
    file: ['@fontsource-variable/source-sans-3', 'files/source-sans-3-latin-wght-normal.woff2'],
  },
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2',
    file: ['@fontsource/noto-mono', 'files/noto-mono-latin-400-normal.woff2'],
  },
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2',
    file: ['@fontsource-variable/material-symbols-outlined', 'files/material-symbols-outlined-latin-wght-normal.woff2'],
  },
] as const;

/** UI translations served locally; other languages chosen in Sveltia's settings still come from its CDN. */
export const LOCAL_LOCALES = ['zh-CN', 'zh-TW'] as const;

export interface AdminFile {
  /** Path under /admin/, e.g. `cms-1a2b3c4d5e/sveltia-cms.js`. */
  path: string;
  body: Buffer;
  type: string;
}

export interface AdminFiles {
  /** The folder under /admin/ holding everything, named by content hash. */
  folder: string;
  files: AdminFile[];
}

let cached: { base: string; files: AdminFiles } | undefined;

/** The script, chunks, translations and fonts, for a site served under `base` (`/` or `/portal/`). */
export function adminFiles(base: string): AdminFiles {
  if (cached?.base === base) return cached.files;
  const dir = sveltiaDir();
  const script = fs.readFileSync(path.join(dir, 'dist', 'sveltia-cms.js'), 'utf8');
  const chunks = fs.readdirSync(path.join(dir, 'dist', 'chunks')).filter((f) => f.endsWith('.js'));
  const inputs: Array<[string, Buffer, string]> = [
    ...chunks.map((f): [string, Buffer, string] => [`chunks/${f}`, fs.readFileSync(path.join(dir, 'dist', 'chunks', f)), 'text/javascript']),
    ...LOCAL_LOCALES.map((l): [string, Buffer, string] => [`locales/${l}.json`, fs.readFileSync(path.join(dir, 'locales', `${l}.json`)), 'application/json']),
    ...FONTS.map((f): [string, Buffer, string] => [`fonts/${path.basename(f.file[1])}`, fs.readFileSync(path.join(packageDir(f.file[0]), f.file[1])), 'font/woff2']),
  ];
  const hash = createHash('sha256').update(base).update(script);
  for (const [name, body] of inputs) hash.update(name).update(body);
  const folder = `cms-${hash.digest('hex').slice(0, 10)}`;
  const files: AdminFile[] = [
    { path: `${folder}/sveltia-cms.js`, body: Buffer.from(localScript(script, `${base}admin/${folder}/fonts/`)), type: 'text/javascript' },
    ...inputs.map(([name, body, type]) => ({ path: `${folder}/${name}`, body, type })),
  ];
  cached = { base, files: { folder, files } };
  return cached.files;
}

/** Sveltia's script with its fonts pointed at `fontBase`; fails loudly if a new Sveltia version moved them. */
export function localScript(script: string, fontBase: string): string {
  let out = script;
  for (const font of FONTS) {
    if (!out.includes(font.cdn)) {
      throw new Error(`Sveltia CMS ${sveltiaVersion()} 不再从 ${font.cdn} 加载字体：请更新 src/cms/admin-files.ts 中的字体列表`);
    }
    out = out.replaceAll(font.cdn, `${fontBase}${path.basename(font.file[1])}`);
  }
  if (out.includes('cdn.jsdelivr.net')) throw new Error('Sveltia CMS 的脚本中还有未替换的 CDN 地址（cdn.jsdelivr.net）：请更新 src/cms/admin-files.ts');
  // The source map is not served: no request for it.
  return out.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
}

/**
 * Runs before Sveltia: the Chinese UI unless the editor chose another
 * language in Sveltia's settings (kept in localStorage), translations and
 * the version check answered from this site.
 */
export function bootScript(base: string, folder: string): string {
  const local = `${base}admin/${folder}/locales/`;
  return `(function () {
  var key = 'sveltia-cms.prefs', prefs = {};
  try { prefs = JSON.parse(localStorage.getItem(key) || '{}') || {}; } catch (e) {}
  if (!prefs.locale) { prefs.locale = 'zh-CN'; localStorage.setItem(key, JSON.stringify(prefs)); }
  var cdn = 'https://unpkg.com/@sveltia/cms', local = ${JSON.stringify(LOCAL_LOCALES)}, fetch0 = window.fetch;
  window.fetch = function (input, init) {
    var url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url === cdn + '/package.json') {
      return Promise.resolve(new Response(${JSON.stringify(JSON.stringify({ version: sveltiaVersion() }))}, { headers: { 'content-type': 'application/json' } }));
    }
    var m = /^https:\\/\\/unpkg\\.com\\/@sveltia\\/cms@[^/]+\\/locales\\/([A-Za-z-]+)\\.json$/.exec(url);
    if (m && local.indexOf(m[1]) >= 0) return fetch0.call(this, ${JSON.stringify(local)} + m[1] + '.json', init);
    return fetch0.call(this, input, init);
  };
})();`;
}

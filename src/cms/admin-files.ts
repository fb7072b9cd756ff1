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
  while (
    !fs.existsSync(path.join(dir, 'package.json')) ||
    (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string }).name !== name
  ) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`找不到 npm 包 ${name}：请运行 npm install`);
    dir = up;
  }
  return dir;
}

const sveltiaDir = () => packageDir('@sveltia/cms');
export const sveltiaVersion = (): string =>
  (JSON.parse(fs.readFileSync(path.join(sveltiaDir(), 'package.json'), 'utf8')) as { version: string }).version;

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
    ...chunks.map((f): [string, Buffer, string] => [
      `chunks/${f}`,
      fs.readFileSync(path.join(dir, 'dist', 'chunks', f)),
      'text/javascript',
    ]),
    ...LOCAL_LOCALES.map((l): [string, Buffer, string] => [
      `locales/${l}.json`,
      Buffer.from(localeText(l, fs.readFileSync(path.join(dir, 'locales', `${l}.json`), 'utf8'))),
      'application/json',
    ]),
    ...FONTS.map((f): [string, Buffer, string] => [
      `fonts/${path.basename(f.file[1])}`,
      fs.readFileSync(path.join(packageDir(f.file[0]), f.file[1])),
      'font/woff2',
    ]),
  ];
  const hash = createHash('sha256').update(base).update(script);
  for (const [name, body] of inputs) hash.update(name).update(body);
  const folder = `cms-${hash.digest('hex').slice(0, 10)}`;
  const files: AdminFile[] = [
    {
      path: `${folder}/sveltia-cms.js`,
      body: Buffer.from(localScript(script, `${base}admin/${folder}/fonts/`)),
      type: 'text/javascript',
    },
    ...inputs.map(([name, body, type]) => ({ path: `${folder}/${name}`, body, type })),
  ];
  cached = { base, files: { folder, files } };
  return cached.files;
}

/**
 * Sveltia's translations with the hints that misled editors reworded: the
 * local repository is this site's project folder (Sveltia names the last
 * part of the configured repository, which without a Git host is only a
 * stand-in, e.g. "repo").
 */
const HINTS: Record<string, Record<string, string>> = {
  'zh-CN': {
    work_with_local_repo_description:
      '在弹出的对话框中，选择本网站项目的文件夹（包含 content 文件夹和 package.json 的 Git 仓库根目录）。',
  },
  'zh-TW': {
    work_with_local_repo_description:
      '在彈出的對話框中，選擇本網站專案的資料夾（包含 content 資料夾和 package.json 的 Git 儲存庫根目錄）。',
  },
};

export function localeText(locale: string, json: string): string {
  const messages = JSON.parse(json) as Record<string, unknown>;
  for (const [key, text] of Object.entries(HINTS[locale] ?? {})) {
    if (typeof messages[key] !== 'string')
      throw new Error(
        `Sveltia CMS ${sveltiaVersion()} 的 ${locale} 翻译中没有 ${key}：请更新 src/cms/admin-files.ts 中的提示`,
      );
    messages[key] = text;
  }
  return JSON.stringify(messages);
}

/**
 * Hides Sveltia's token sign-in button (found by its label, in any of its
 * languages: 使用访问令牌登录, 使用存取權杖登入, Sign In Using Access Token).
 */
export const NO_TOKEN_SIGN_IN =
  'button[data-label*="令牌"], button[data-label*="權杖"], button[data-label*="Access Token" i] { display: none !important; }';

/** Messages Sveltia writes in English whatever the language: in Chinese for editors. */
const ENGLISH_MESSAGES: Array<[string, string]> = [
  [
    'Sveltia CMS only works with HTTPS or localhost URLs.',
    '网页内容管理只能通过 HTTPS 网址，或在本机（localhost）打开。',
  ],
];

/** Sveltia's script with its fonts pointed at `fontBase`; fails loudly if a new Sveltia version moved them. */
export function localScript(script: string, fontBase: string): string {
  let out = script;
  for (const font of FONTS) {
    if (!out.includes(font.cdn)) {
      throw new Error(
        `Sveltia CMS ${sveltiaVersion()} 不再从 ${font.cdn} 加载字体：请更新 src/cms/admin-files.ts 中的字体列表`,
      );
    }
    out = out.replaceAll(font.cdn, `${fontBase}${path.basename(font.file[1])}`);
  }
  for (const [english, chinese] of ENGLISH_MESSAGES) out = out.replaceAll(`\`${english}\``, JSON.stringify(chinese));
  if (out.includes('cdn.jsdelivr.net'))
    throw new Error('Sveltia CMS 的脚本中还有未替换的 CDN 地址（cdn.jsdelivr.net）：请更新 src/cms/admin-files.ts');
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
    // The browser says only "Failed to fetch" when a server cannot be reached: say it in Chinese, naming the server.
    return fetch0.call(this, input, init).catch(function (e) {
      if (!e || e.name !== 'TypeError') throw e;
      var host = url;
      try { host = new URL(url, location.href).host; } catch (x) {}
      throw new TypeError('无法连接 ' + host + '：请检查网络连接；如果一直如此，请网站管理员核对 site.yaml 中 cms 的设置（apiRoot、baseUrl）。');
    });
  };
})();`;
}

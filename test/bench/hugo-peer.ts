/**
 * The peer in the build benchmark: what a web team would pick instead of
 * Gongkai for speed — Hugo for the pages, then stock Pagefind over Hugo's
 * HTML for search — built from the same generated corpus.
 *
 * The Hugo site is made here, in a temporary folder: a minimal layout with
 * `lang="zh-CN"`, the document's metadata as a table and its body inside
 * `data-pagefind-body`, and the corpus's Markdown (`.mdx` renamed `.md`; the
 * generated MDX holds no components). Attachments are left out: stock
 * Pagefind does not read them. Pagefind is the binary Gongkai itself runs
 * (node_modules/@pagefind), the extended one with Chinese word splitting.
 *
 * Hugo comes from the Debian package; when it is missing it is installed
 * with apt-get when running as root, otherwise the peer is skipped with a
 * message saying so.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { measure, type Measured } from './measure.ts';

const PAGE_FOLDERS = ['catalogue', 'news', 'policies', 'interpretations', 'reports', 'pages'];

const CONFIG = `baseURL = "https://jtt.shili.gov.cn/"
languageCode = "zh-CN"
defaultContentLanguage = "zh"
hasCJKLanguage = true
title = "示例省交通运输厅"
disableKinds = ["taxonomy", "term", "RSS"]
`;

// Lists show ten entries a page (Hugo's default paginator); they are not indexed.
const LIST = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.publishDate }}</li>{{ end }}</ul>
{{ with .Paginator }}{{ if .HasNext }}<a href="{{ .Next.URL }}">下一页</a>{{ end }}{{ end }}</body></html>
`;

const SINGLE = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main data-pagefind-body><h1>{{ .Title }}</h1>
<table>{{ range $k, $v := .Params }}{{ if and (ne $k "attachments") (ne $k "title") (ne $k "draft") (ne $k "iscjklanguage") }}<tr><th>{{ $k }}</th><td>{{ $v }}</td></tr>{{ end }}{{ end }}</table>
{{ .Content }}</main></body></html>
`;

/** Why the peer cannot run here, or undefined when Hugo is (now) installed. */
export function ensureHugo(): string | undefined {
  const found = () => spawnSync('hugo', ['version'], { encoding: 'utf8' });
  let probe = found();
  if (probe.status === 0) return undefined;
  if (process.getuid?.() !== 0) return 'Hugo 未安装且当前用户不是 root，跳过对照组（安装：apt-get install -y hugo）';
  console.log('peer: installing Hugo (apt-get install -y hugo) …');
  const install = spawnSync('apt-get', ['install', '-y', 'hugo'], {
    encoding: 'utf8',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  probe = found();
  if (probe.status === 0) return undefined;
  return `Hugo 安装失败，跳过对照组：${(install.stderr || install.stdout).trim().split('\n').slice(-2).join(' ')}`;
}

export function hugoVersion(): string {
  return spawnSync('hugo', ['version'], { encoding: 'utf8' }).stdout.trim().split(' ').slice(0, 2).join(' ');
}

export function pagefindBinary(repo: string): string {
  const bin = path.join(repo, 'node_modules/@pagefind/linux-x64/bin');
  return (
    ['pagefind_extended', 'pagefind'].map((name) => path.join(bin, name)).find((file) => fs.existsSync(file)) ??
    'pagefind'
  );
}

/** Lays out the Hugo site in `dir` from Gongkai's content folder. */
export function prepareHugoSite(content: string, dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'layouts/_default'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'hugo.toml'), CONFIG);
  fs.writeFileSync(path.join(dir, 'layouts/_default/list.html'), LIST);
  fs.writeFileSync(path.join(dir, 'layouts/index.html'), LIST);
  fs.writeFileSync(path.join(dir, 'layouts/_default/single.html'), SINGLE);
  for (const folder of PAGE_FOLDERS) {
    const from = path.join(content, folder);
    if (!fs.existsSync(from)) continue;
    for (const file of fs.readdirSync(from, { recursive: true }) as string[]) {
      if (!/\.mdx?$/.test(file)) continue;
      const target = path.join(dir, 'content', folder, hugoName(file));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(path.join(from, file), target);
    }
  }
}

/** The Hugo copy of a content file (relative to the content folder). */
export const hugoName = (file: string) => file.replace(/\.mdx$/, '.md');

export interface PeerRun {
  scenario: string;
  hugo: Measured;
  pagefind?: Measured;
  pages: number;
}

function htmlCount(dir: string): number {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).length;
}

/** One full peer build: Hugo, then Pagefind over its output under a memory limit. */
export async function buildPeer(scenario: string, repo: string, dir: string, limitBytes: number): Promise<PeerRun> {
  const hugo = await measure('hugo', ['--quiet', '--source', dir, '--destination', path.join(dir, 'public')], {
    cwd: dir,
  });
  if (hugo.status !== 0)
    throw new Error(`peer ${scenario}: Hugo failed (exit ${hugo.status})\n${hugo.stderr.slice(-3000)}`);
  const pages = htmlCount(path.join(dir, 'public'));
  const pagefind = await measure(pagefindBinary(repo), ['--site', path.join(dir, 'public'), '--silent'], {
    cwd: dir,
    limitBytes,
  });
  if (pagefind.status !== 0 && pagefind.killedAtGib === undefined) {
    throw new Error(`peer ${scenario}: Pagefind failed (exit ${pagefind.status})\n${pagefind.stderr.slice(-3000)}`);
  }
  return { scenario, hugo, pagefind, pages };
}

/**
 * Real web servers for the server matrix (test/servers/): `astro preview`,
 * and Debian's nginx, Apache httpd and Caddy running the configs shipped in
 * deploy/. Each runs in the foreground as a child of the test, on 127.0.0.1
 * and a free port, with its own temporary folder for config, PID and logs,
 * and is stopped by the test (by its own PID).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from './paths.ts';

export type ServerKind = 'astro preview' | 'nginx' | 'nginx gzip *' | 'apache' | 'caddy';
export const SERVER_KINDS: ServerKind[] = ['astro preview', 'nginx', 'nginx gzip *', 'apache', 'caddy'];

export interface SiteRoot {
  /** The folder the server serves as its document root. */
  root: string;
  /** The site's base path (GONGKAI_BASE), e.g. `/` or `/xxgk-portal/`. */
  base: string;
  /** The built site (for astro preview, which serves the build folder itself). */
  dist: string;
}

export interface WebServer {
  kind: ServerKind;
  url: string;
  stop: () => Promise<void>;
  log: () => string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** A deploy/ file with the lines a site owner would change replaced; each must be found. */
function fromDeploy(file: string, replacements: Array<[string | RegExp, string]>): string {
  let text = fs.readFileSync(path.join(projectRoot, 'deploy', file), 'utf8');
  for (const [from, to] of replacements) {
    if (typeof from === 'string' ? !text.includes(from) : text.search(from) < 0)
      throw new Error(`deploy/${file}: "${String(from)}" not found`);
    text = text.replace(from, to);
  }
  return text;
}

const MODULES = '/usr/lib/apache2/modules';

/** Debian puts nginx and apache2 in /usr/sbin, which a non-root PATH may lack. */
function program(name: string): string {
  const sbin = `/usr/sbin/${name}`;
  return fs.existsSync(sbin) ? sbin : name;
}

function configure(
  kind: ServerKind,
  dir: string,
  port: number,
  site: SiteRoot,
): { command: string; args: string[]; env?: NodeJS.ProcessEnv } {
  const notFound = `${site.base}404.html`;
  const hant = `${site.base}zh-hant/`;
  if (kind === 'astro preview') {
    return {
      command: process.execPath,
      args: [
        path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'),
        'preview',
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
      ],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', GONGKAI_OUT_DIR: site.dist, GONGKAI_BASE: site.base },
    };
  }
  if (kind === 'nginx' || kind === 'nginx gzip *') {
    const replacements: Array<[string | RegExp, string]> = [
      ['listen 80;', `listen 127.0.0.1:${port};`],
      ['root /srv/gongkai/site;', `root ${site.root};`],
      ['error_page 404 /404.html;', `error_page 404 ${notFound};`],
      ['location /zh-hant/ {', `location ${hant} {`],
      ['error_page 404 /zh-hant/404.html;', `error_page 404 ${hant}404.html;`],
    ];
    // The second nginx: compress every type on the fly, index parts and attachments included.
    if (kind === 'nginx gzip *')
      replacements.push([/gzip_types [^;]+;/, 'gzip_types *;'], ['gzip_min_length 1024;', 'gzip_min_length 1;']);
    fs.writeFileSync(path.join(dir, 'site.conf'), fromDeploy('nginx.conf', replacements));
    fs.mkdirSync(path.join(dir, 'temp'));
    fs.writeFileSync(
      path.join(dir, 'nginx.conf'),
      `worker_processes 1;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log warn;\nevents { worker_connections 256; }\n` +
        `http {\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  access_log off;\n` +
        ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/temp;\n`).join('') +
        `  include ${dir}/site.conf;\n}\n`,
    );
    return { command: program('nginx'), args: ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'] };
  }
  if (kind === 'apache') {
    const conf = fromDeploy('apache.conf', [
      ['<VirtualHost *:80>', `<VirtualHost 127.0.0.1:${port}>`],
      [/\/srv\/gongkai\/site/g, site.root],
      ['ErrorDocument 404 /404.html', `ErrorDocument 404 ${notFound}`],
      ['<Location /zh-hant/>', `<Location ${hant}>`],
      ['ErrorDocument 404 /zh-hant/404.html', `ErrorDocument 404 ${hant}404.html`],
    ]);
    fs.writeFileSync(path.join(dir, 'site.conf'), conf);
    const modules = ['mpm_event', 'authz_core', 'mime', 'dir', 'rewrite', 'headers', 'filter', 'deflate', 'brotli'];
    fs.writeFileSync(
      path.join(dir, 'httpd.conf'),
      `ServerRoot ${dir}\nListen 127.0.0.1:${port}\nPidFile ${dir}/httpd.pid\nErrorLog ${dir}/error.log\nLogLevel warn\nServerName 127.0.0.1\n` +
        `Mutex file:${dir}\nDefaultRuntimeDir ${dir}\n` +
        modules.map((m) => `LoadModule ${m}_module ${MODULES}/mod_${m}.so\n`).join('') +
        `TypesConfig /etc/mime.types\nInclude ${dir}/site.conf\n`,
    );
    return { command: program('apache2'), args: ['-f', path.join(dir, 'httpd.conf'), '-DFOREGROUND'] };
  }
  const caddyfile = fromDeploy('Caddyfile', [
    [/^jtt\.example\.gov\.cn \{/m, `{\n\tadmin off\n\tauto_https off\n}\n\nhttp://127.0.0.1:${port} {`],
    ['root * /srv/gongkai/site', `root * ${site.root}`],
    ['rewrite @notfound /404.html', `rewrite @notfound ${notFound}`],
    ['path /zh-hant/*', `path ${hant}*`],
    ['rewrite @notfoundhant /zh-hant/404.html', `rewrite @notfoundhant ${hant}404.html`],
  ]);
  fs.writeFileSync(path.join(dir, 'Caddyfile'), caddyfile);
  return {
    command: program('caddy'),
    args: ['run', '--config', path.join(dir, 'Caddyfile'), '--adapter', 'caddyfile'],
    env: { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
  };
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}:\n${log()}`);
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`not answering at ${url} after 30 s:\n${log()}`);
}

export async function startServer(kind: ServerKind, site: SiteRoot): Promise<WebServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `gongkai-${kind.replace(/\W+/g, '-')}-`));
  const port = await freePort();
  const { command, args, env } = configure(kind, dir, port, site);
  let output = '';
  const child = spawn(command, args, { cwd: projectRoot, env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const log = () => {
    const errorLog = path.join(dir, 'error.log');
    return output + (fs.existsSync(errorLog) ? fs.readFileSync(errorLog, 'utf8') : '');
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(`${url}${site.base}`, child, log);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${kind}: ${(error as Error).message}`);
  }
  return {
    kind,
    url,
    log,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The atomic publish seen through a real web server: nginx serving `dist`
 * (the link to the current release) answers every request for the home
 * page with the whole page during repeated publishes. nginx resolves the
 * link on each request, so it serves the new release at once and never a
 * missing one.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stagingDirFor, swapIntoPlace } from '../../src/publish/staged-output.ts';
import { testTmp } from '../support/paths.ts';

const root = path.join(testTmp, 'publish-nginx');
const out = path.join(root, 'dist');
const NGINX = '/usr/sbin/nginx';
let nginx: ChildProcess | undefined;
let port = 0;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function publish(n: number): void {
  const staging = stagingDirFor(out);
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  fs.writeFileSync(
    path.join(staging, 'index.html'),
    `<!doctype html><title>第${n}版</title><p>${'政务公开'.repeat(2000)}</p></html>`,
  );
  swapIntoPlace(staging, out);
}

beforeAll(async () => {
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(path.join(root, 'temp'), { recursive: true });
  publish(0);
  port = await freePort();
  const temp = path.join(root, 'temp');
  const conf = path.join(root, 'nginx.conf');
  fs.writeFileSync(
    conf,
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}daemon off;
worker_processes 1;
pid ${temp}/nginx.pid;
error_log ${temp}/error.log;
events {}
http {
  access_log off;
  client_body_temp_path ${temp}/body; proxy_temp_path ${temp}/proxy; fastcgi_temp_path ${temp}/fastcgi; uwsgi_temp_path ${temp}/uwsgi; scgi_temp_path ${temp}/scgi;
  server { listen 127.0.0.1:${port}; root ${out}; location / { try_files $uri $uri/index.html =404; } }
}
`,
  );
  nginx = spawn(NGINX, ['-c', conf, '-p', temp], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not start: ${fs.readFileSync(path.join(temp, 'error.log'), 'utf8')}`);
}, 30_000);

afterAll(() => {
  nginx?.kill('SIGTERM');
  fs.rmSync(root, { recursive: true, force: true });
});

describe('publishing under nginx', () => {
  it('answers every request with a whole page while the site is published again and again', async () => {
    expect(spawnSync(NGINX, ['-v']).status).toBe(0);
    const script = `
      let ok = 0, bad = 0, stop = false;
      process.on('message', () => { stop = true; });
      process.send('ready');
      (async () => {
        while (!stop) {
          try {
            const r = await fetch('http://127.0.0.1:${port}/');
            const text = await r.text();
            if (r.status === 200 && text.endsWith('</html>')) ok++; else bad++;
          } catch { bad++; }
        }
        process.send({ ok, bad });
        process.exit(0);
      })();`;
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const result = new Promise<{ ok: number; bad: number }>((resolve) =>
      child.on('message', (m) => typeof m === 'object' && resolve(m as { ok: number; bad: number })),
    );
    await new Promise<void>((resolve) => child.once('message', () => resolve()));
    for (let n = 1; n <= 100; n++) {
      publish(n);
      await new Promise((r) => setTimeout(r, 5));
    }
    child.send('stop');
    const { ok, bad } = await result;
    console.log(`publish under nginx: ${ok} whole pages, ${bad} failed requests during 100 publishes`);
    expect(ok).toBeGreaterThan(100);
    expect(bad).toBe(0);
    const last = await (await fetch(`http://127.0.0.1:${port}/`)).text();
    expect(last).toContain('第100版');
  }, 120_000);
});

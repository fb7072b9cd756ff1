/**
 * A minimal static file server for built sites, on 127.0.0.1 and a free
 * port, as any plain web host would serve them (directory → index.html,
 * unknown path → 404.html with status 404).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

export interface StaticServer {
  url: string;
  /** Bytes sent per request path, for transfer measurements. */
  sent: Map<string, number>;
  close: () => Promise<void>;
}

/**
 * Serves `root` at `prefix` (e.g. `/portal/`, as a host serving the site from
 * a sub-path would). `handle` may answer a request first (e.g. the
 * application endpoint a test plays); it returns true when it did.
 */
export async function serveDirectory(
  root: string,
  prefix = '/',
  handle?: (req: http.IncomingMessage, res: http.ServerResponse) => boolean,
): Promise<StaticServer> {
  const sent = new Map<string, number>();
  const server = http.createServer((req, res) => {
    if (handle?.(req, res)) return;
    const requested = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const urlPath = requested.startsWith(prefix) ? `/${requested.slice(prefix.length)}` : '/__outside_the_prefix__';
    let file = path.join(root, urlPath);
    if (!file.startsWith(root)) file = path.join(root, '404.html');
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!fs.existsSync(file)) {
      status = 404;
      file = path.join(root, '404.html');
    }
    const body = fs.readFileSync(file);
    sent.set(requested, (sent.get(requested) ?? 0) + body.length);
    res.writeHead(status, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

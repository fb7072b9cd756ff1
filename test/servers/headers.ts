/**
 * Header checks for the server matrix: one file of each kind, fetched raw
 * (no decompression, no redirects followed) so the test sees exactly what
 * the server sent.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect } from 'vitest';
import { sampleDist } from '../support/paths.ts';
import type { ServerKind } from '../support/web-servers.ts';

/** The site's policy (deploy/): the same string in every config. */
export const SITE_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
const IMMUTABLE = 'public, max-age=31536000, immutable';

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function get(url: string, acceptEncoding?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
  });
}

function decoded(raw: Raw): string {
  const encoding = raw.headers['content-encoding'];
  const body =
    encoding === 'br'
      ? zlib.brotliDecompressSync(raw.body)
      : encoding === 'gzip'
        ? zlib.gunzipSync(raw.body)
        : raw.body;
  return body.toString('utf8');
}

export interface HeaderRow {
  server: ServerKind;
  kind: string;
  path: string;
  status: number;
  cacheControl: string;
  encoding: string;
  vary: string;
  type: string;
  other: string;
}

/** One file of each kind from the built site. */
function samplePaths() {
  const html = fs.readFileSync(path.join(sampleDist, 'index.html'), 'utf8');
  const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)![1]!;
  const filesDir = fs
    .readdirSync(path.join(sampleDist, 'files'))
    .find((d) => fs.readdirSync(path.join(sampleDist, 'files', d)).some((f) => /^\d+\.[0-9a-f]{8,}\.pdf$/.test(f)))!;
  const digestFile = fs
    .readdirSync(path.join(sampleDist, 'files', filesDir))
    .find((f) => /^\d+\.[0-9a-f]{8,}\.pdf$/.test(f))!;
  const stableFile = digestFile.replace(/\.[0-9a-f]{8,}\./, '.');
  const shard = fs.readdirSync(path.join(sampleDist, 'search-index')).find((d) => /^y.*-[0-9a-f]{12,}$/.test(d))!;
  return {
    css,
    attachmentByDigest: `/files/${filesDir}/${digestFile}`,
    attachmentStable: `/files/${filesDir}/${stableFile}`,
    shardEntry: `/search-index/${shard}/pagefind-entry.json`,
  };
}

export async function checkHeaders(server: ServerKind, origin: string, baseUrl: string): Promise<HeaderRow[]> {
  const rows: HeaderRow[] = [];
  const p = samplePaths();
  const fetchRow = async (kind: string, urlPath: string, acceptEncoding = 'gzip, deflate, br', at = origin) => {
    const raw = await get(at + urlPath, acceptEncoding);
    const h = raw.headers;
    rows.push({
      server,
      kind,
      path:
        new URL(urlPath, at).pathname +
        (acceptEncoding === 'gzip, deflate, br' ? '' : ` (Accept-Encoding: ${acceptEncoding || 'none'})`),
      status: raw.status,
      cacheControl: String(h['cache-control'] ?? ''),
      encoding: String(h['content-encoding'] ?? ''),
      vary: String(h.vary ?? ''),
      type: String(h['content-type'] ?? ''),
      other: [
        h.etag ? 'ETag' : '',
        h.location ? `Location: ${h.location}` : '',
        h['content-disposition'] ? `Content-Disposition: ${h['content-disposition']}` : '',
      ]
        .filter(Boolean)
        .join(', '),
    });
    return raw;
  };

  const home = await fetchRow('HTML', '/');
  expect(home.status).toBe(200);
  expect(home.headers['cache-control']).toBe('no-cache');
  expect(home.headers.etag).toBeTruthy();
  expect(home.headers['content-security-policy']).toBe(SITE_CSP);
  expect(home.headers['x-content-type-options']).toBe('nosniff');
  expect(home.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(home.headers['permissions-policy']).toContain('camera=()');
  expect(home.headers['content-type']).toMatch(/^text\/html; charset=utf-8$/i);
  expect(decoded(home)).toBe(fs.readFileSync(path.join(sampleDist, 'index.html'), 'utf8'));

  const css = await fetchRow('immutable asset', p.css);
  expect(css.headers['cache-control']).toBe(IMMUTABLE);
  expect(css.headers['content-type']).toMatch(/^text\/css/);
  const sw = await fetchRow('service worker', '/sw.js');
  expect(sw.headers['cache-control']).toBe('no-cache');
  expect(sw.headers['content-type']).toMatch(/javascript/);
  const digest = await fetchRow('attachment by digest', p.attachmentByDigest);
  expect([digest.status, digest.headers['cache-control'], digest.headers['content-type']]).toEqual([
    200,
    IMMUTABLE,
    'application/pdf',
  ]);
  const stable = await fetchRow('attachment, stable address', p.attachmentStable);
  expect([stable.status, stable.headers['cache-control'], stable.headers['content-type']]).toEqual([
    200,
    'no-cache',
    'application/pdf',
  ]);
  expect(stable.body.equals(digest.body)).toBe(true);
  const shard = await fetchRow('search shard (digest folder)', p.shardEntry);
  expect(shard.headers['cache-control']).toBe(IMMUTABLE);
  const manifest = await fetchRow('search manifest', '/search-index/manifest.json');
  expect(manifest.headers['cache-control']).toBe('no-cache');
  await fetchRow('search character map', '/search-index/t2s.gkz');
  await fetchRow('feed', '/rss.xml');

  // Stored .br/.gz copies: Debian's nginx has no Brotli module, so it sends gzip or nothing.
  const br = await fetchRow('HTML, brotli', '/', 'br');
  expect(br.headers['content-encoding']).toBe(server.startsWith('nginx') ? undefined : 'br');
  const gz = await fetchRow('HTML, gzip', '/', 'gzip');
  expect(gz.headers['content-encoding']).toBe('gzip');
  const plain = await fetchRow('HTML, no compression', '/', '');
  expect(plain.headers['content-encoding']).toBeUndefined();
  for (const raw of [br, gz, plain]) expect(decoded(raw)).toBe(decoded(home));
  for (const raw of [home, br, gz])
    if (raw.headers['content-encoding']) expect(String(raw.headers.vary)).toMatch(/accept-encoding/i);

  const missing = await fetchRow('404 page', '/no-such-page/');
  expect(missing.status).toBe(404);
  expect(decoded(missing)).toContain('<title>页面未找到');
  const slash = await fetchRow('folder without /', '/wzdt');
  expect([301, 308]).toContain(slash.status);
  expect(new URL(String(slash.headers.location), origin + '/').pathname).toBe('/wzdt/');
  const hant = await fetchRow('繁體 page', '/zh-hant/');
  expect(hant.status).toBe(200);
  expect(decoded(hant)).toContain('lang="zh-Hant"');
  const admin = await fetchRow('web CMS', '/admin/');
  expect(admin.headers['content-security-policy']).toContain("'unsafe-eval'");
  expect(admin.headers['content-security-policy']).not.toBe(SITE_CSP);

  const baseMissing = await fetchRow('404 under base path', 'no-such-page/', 'gzip', baseUrl);
  expect(baseMissing.status).toBe(404);
  expect(decoded(baseMissing)).toContain('<title>页面未找到');
  return rows;
}

export function headerTable(rows: HeaderRow[]): string {
  const lines = [
    '| server | file | path | status | Cache-Control | Content-Encoding | Vary | Content-Type | other |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.server} | ${r.kind} | ${r.path} | ${r.status} | ${r.cacheControl} | ${r.encoding} | ${r.vary} | ${r.type} | ${r.other} |`,
    );
  return `${lines.join('\n')}\n\nContent-Security-Policy (pages): ${SITE_CSP}\n`;
}

/**
 * The search page reads the character map and router buckets whatever the
 * web server does with compression: served as stored (gzip bytes), labelled
 * `Content-Encoding: gzip` (the browser inflates them; `astro preview`,
 * nginx and Apache do this for `.gz` files), or compressed again on the fly.
 * A real HTTP server and Node's fetch, which inflates encoded bodies as a
 * browser does.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAR_MAP_FILE } from '../../src/utils/search-index-files.ts';
import { bucketFileName } from '../../src/utils/search-router.ts';
import { decodeIndexText, fetchIndexText, isGzip } from '../../src/browser/search/fetch-text.ts';

const TEXT = '體\t体\n號\t号\n交通\t*\n';
const stored = gzipSync(Buffer.from(TEXT));

// What each path sends: body and headers, as the servers in the issue do.
const answers: Record<string, { body: Buffer; headers: Record<string, string> }> = {
  '/stored': { body: stored, headers: { 'content-type': 'application/octet-stream' } },
  '/labelled': { body: stored, headers: { 'content-type': 'text/plain', 'content-encoding': 'gzip' } },
  '/twice': { body: gzipSync(stored), headers: { 'content-encoding': 'gzip' } },
  '/plain': { body: Buffer.from(TEXT), headers: { 'content-type': 'text/plain; charset=utf-8' } },
};
let server: http.Server;
let origin: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const answer = answers[req.url ?? ''];
    if (!answer) return res.writeHead(404).end();
    res.writeHead(200, answer.headers).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('fetchIndexText', () => {
  it.each(Object.keys(answers))('returns the text when the server sends it %s', async (path) => {
    await expect(fetchIndexText(origin + path)).resolves.toBe(TEXT);
  });

  it('says which file failed', async () => {
    await expect(fetchIndexText(`${origin}/missing`)).rejects.toThrow(`${origin}/missing: 404`);
  });
});

describe('decodeIndexText', () => {
  it('decides from the bytes: gzip data is inflated, text is kept', async () => {
    expect(isGzip(stored)).toBe(true);
    expect(isGzip(Buffer.from(TEXT))).toBe(false);
    expect(isGzip(new Uint8Array([0x1f]))).toBe(false);
    await expect(decodeIndexText(stored)).resolves.toBe(TEXT);
    await expect(decodeIndexText(Buffer.from(TEXT))).resolves.toBe(TEXT);
    await expect(decodeIndexText(new Uint8Array())).resolves.toBe('');
  });
});

it('names compressed index parts so that no server takes them for .gz downloads', () => {
  expect(CHAR_MAP_FILE).toBe('t2s.gkz');
  expect(bucketFileName(3, 256)).toBe('r03.gkz');
  expect(`${CHAR_MAP_FILE} ${bucketFileName(3)}`).not.toMatch(/\.(gz|br|zst)\b/);
});

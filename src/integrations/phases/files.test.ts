/**
 * The files phase alone, with a real store in a temporary folder: body
 * images go where Astro's image pipeline reads them (a sanitised SVG's text,
 * not its file), attachments under both their versioned and their plain name.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileStore, type PublishedFiles } from '../../publish/published-files.ts';
import { placeAttachments, placeBodyImages } from './files.ts';

let dir = '';
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-files-phase-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const sha = (c: string) => c.repeat(64);

describe('files phase', () => {
  it('puts body images and attachments into the staging folder', () => {
    const png = path.join(dir, 'a.png');
    const svg = path.join(dir, 'b.svg');
    const pdf = path.join(dir, '通知.pdf');
    fs.writeFileSync(png, 'png bytes');
    fs.writeFileSync(svg, '<svg onload="x()"/>');
    fs.writeFileSync(pdf, 'pdf bytes');
    const published = {
      images: new Map([
        [png, { sha256: sha('a'), format: 'png', width: 1, height: 1, made: false }],
        [svg, { sha256: sha('b'), format: 'svg', width: 1, height: 1, made: false, safeSvg: '<svg/>' }],
      ]),
      attachments: [{ source: pdf, indexNo: '000014348/2026-00001', n: 1, sha256: sha('c') }],
    } as unknown as PublishedFiles;
    const staging = path.join(dir, 'staging');
    const store = new FileStore(path.join(dir, 'store'));
    placeBodyImages({ published, store, staging });
    expect(fs.readFileSync(path.join(staging, '_astro/body', `${'a'.repeat(16)}.png`), 'utf8')).toBe('png bytes');
    expect(fs.readFileSync(path.join(staging, '_astro/body', `${'b'.repeat(16)}.svg`), 'utf8')).toBe('<svg/>');
    placeAttachments({ published, store }, staging);
    const placed = (fs.readdirSync(staging, { recursive: true }) as string[]).filter((f) => f.endsWith('.pdf'));
    expect(placed).toHaveLength(2);
    for (const f of placed) expect(fs.readFileSync(path.join(staging, f), 'utf8')).toBe('pdf bytes');
    // One of them carries the version (the digest's start) in its name.
    expect(placed.some((f) => f.includes('cccccccc'))).toBe(true);
  });
});

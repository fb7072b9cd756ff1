/**
 * Images in bodies (src/markdown/local-images.ts, src/view-models/body-images.ts):
 * the renderer leaves a placeholder for each image beside the entry and
 * collects it; the page turns each into a <picture> with AVIF, WebP and a
 * fallback at capped widths, width and height set, alt text kept. Here
 * `getImage` is a stand-in that records what it was asked for; the built
 * sample site shows the real one (test/build/images-and-attachments.test.ts).
 */
import * as cheerio from 'cheerio';
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GetImageResult, UnresolvedImageTransform } from 'astro';
import { fallbackFormat, sizesFor, widthsFor, withPictures, type GetImage } from '../../src/view-models/body-images.ts';
import { renderBodyFile, renderMarkdown } from '../../src/markdown/render-body.ts';

let dir = '';
const asked: UnresolvedImageTransform[] = [];

/** Stands in for astro:assets' getImage: URLs that say what was asked. */
const fakeGetImage: GetImage = async (options) => {
  asked.push(options);
  const o = options as UnresolvedImageTransform & { widths: number[]; width: number; format: string };
  const url = (w: number) => `/_astro/body/x_${w}.${o.format}`;
  return {
    src: url(o.width),
    srcSet: { values: [], attribute: o.widths.map((w) => `${url(w)} ${w}w`).join(', ') },
  } as unknown as GetImageResult;
};
const ctx = { getImage: fakeGetImage, base: '/', dev: false };

function entry(body: string): string {
  const file = path.join(dir, `entry-${Math.random().toString(36).slice(2)}.md`);
  fs.writeFileSync(file, `---\ntitle: 测试\n---\n\n${body}\n`);
  return file;
}

async function page(body: string): Promise<cheerio.CheerioAPI> {
  const file = entry(body);
  const { html, images } = renderBodyFile(file);
  return cheerio.load(await withPictures(html, images, file, ctx));
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-images-'));
  fs.mkdirSync(path.join(dir, 'images'));
  await sharp({ create: { width: 2000, height: 1000, channels: 3, background: '#336699' } })
    .jpeg()
    .toFile(path.join(dir, 'images', '照片 1.jpg'));
  await sharp({ create: { width: 600, height: 450, channels: 4, background: '#00000000' } })
    .png()
    .toFile(path.join(dir, 'chart.png'));
  fs.writeFileSync(
    path.join(dir, 'logo.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40"/></svg>',
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('widths, sizes and formats', () => {
  it('offers 480, 960 and 1440 pixels, never wider than the original', () => {
    expect(widthsFor(3000)).toEqual([480, 960, 1440]);
    expect(widthsFor(1440)).toEqual([480, 960, 1440]);
    expect(widthsFor(1200)).toEqual([480, 960, 1200]);
    expect(widthsFor(600)).toEqual([480, 600]);
    expect(widthsFor(300)).toEqual([300]);
  });

  it('tells the browser how wide the image is shown', () => {
    expect(sizesFor(1440)).toBe('(min-width: 1200px) 1168px, calc(100vw - 32px)');
    expect(sizesFor(600)).toBe('(min-width: 632px) 600px, calc(100vw - 32px)');
  });

  it('falls back to JPEG for photographs and PNG for the rest', () => {
    expect(fallbackFormat('jpg')).toBe('jpg');
    expect(fallbackFormat('tiff')).toBe('jpg');
    expect(fallbackFormat('png')).toBe('png');
    expect(fallbackFormat('webp')).toBe('png');
  });
});

describe('a body with images', () => {
  it('leaves a placeholder per image beside the entry, and the others as lazy images', () => {
    const file = entry('![照片](images/照片%201.jpg)\n\n![标识](/emblem.svg) ![外部](https://www.gov.cn/a.png)');
    const { html, images } = renderBodyFile(file);
    expect(images).toEqual([{ src: 'images/%E7%85%A7%E7%89%87%201.jpg', alt: '照片' }]);
    expect(html).toContain('<gongkai-image data-i="0"></gongkai-image>');
    expect(html).toContain('<img src="/emblem.svg" alt="标识" loading="lazy" decoding="async">');
    expect(html).toContain('<img src="https://www.gov.cn/a.png" alt="外部" loading="lazy" decoding="async">');
  });

  it('collects images written as references too', async () => {
    const $ = await page('见![图表][表一]。\n\n[表一]: chart.png');
    expect($('picture img').attr('alt')).toBe('图表');
  });

  it('renders a body without collecting when asked for plain HTML', () => {
    expect(renderMarkdown('![图](chart.png)')).toContain(
      '<img src="chart.png" alt="图" loading="lazy" decoding="async">',
    );
  });

  it('costs nothing when there is no image', async () => {
    asked.length = 0;
    const file = entry('只有文字。');
    const { html, images } = renderBodyFile(file);
    expect(images).toEqual([]);
    expect(await withPictures(html, images, file, ctx)).toBe(html);
    expect(asked).toEqual([]);
  });

  it('makes a picture: AVIF and WebP sources, a JPEG fallback, widths capped, width and height, alt kept', async () => {
    asked.length = 0;
    const $ = await page('正文第一段。\n\n![2025年道路运输“安全”<示意>](images/照片%201.jpg)');
    const picture = $('picture');
    expect(picture).toHaveLength(1);
    expect(
      picture
        .find('source')
        .map((_i, s) => $(s).attr('type'))
        .get(),
    ).toEqual(['image/avif', 'image/webp']);
    expect(picture.find('source').first().attr('srcset')).toBe(
      '/_astro/body/x_480.avif 480w, /_astro/body/x_960.avif 960w, /_astro/body/x_1440.avif 1440w',
    );
    const img = picture.find('img');
    expect(img.attr('src')).toBe('/_astro/body/x_1440.jpg');
    expect(img.attr('alt')).toBe('2025年道路运输“安全”<示意>');
    expect([img.attr('width'), img.attr('height')]).toEqual(['1440', '720']);
    expect(img.attr('sizes')).toBe('(min-width: 1200px) 1168px, calc(100vw - 32px)');
    expect(img.attr('loading')).toBe('eager');
    expect(asked.map((a) => a.format)).toEqual(['avif', 'webp', 'jpg']);
    const src = asked[0]!.src as { src: string; width: number; height: number; format: string };
    expect(src).toEqual({
      src: expect.stringMatching(/^\/_astro\/body\/[0-9a-f]{16}\.jpg$/),
      width: 2000,
      height: 1000,
      format: 'jpg',
    });
    expect(Object.keys(src)).not.toContain('fsPath');
    expect((src as unknown as { fsPath: string }).fsPath).toBe(path.join(dir, 'images', '照片 1.jpg'));
  });

  it('loads images further down the body lazily, and keeps PNG as the fallback of a PNG', async () => {
    const $ = await page(`${'长段落。'.repeat(100)}\n\n![图表](chart.png)`);
    const img = $('picture img');
    expect(img.attr('loading')).toBe('lazy');
    expect(img.attr('src')).toBe('/_astro/body/x_600.png');
    expect([img.attr('width'), img.attr('height')]).toEqual(['600', '450']);
  });

  it('shows SVG as it is, with its size', async () => {
    const $ = await page('![本厅标识](logo.svg)');
    expect($('picture')).toHaveLength(0);
    const img = $('img');
    expect(img.attr('src')).toMatch(/^\/_astro\/body\/[0-9a-f]{16}\.svg$/);
    expect([img.attr('width'), img.attr('height'), img.attr('alt')]).toEqual(['120', '40', '本厅标识']);
  });

  it('puts the base path before the originals, and reads them in place on the dev server', async () => {
    asked.length = 0;
    const file = entry('![图表](chart.png)');
    const { html, images } = renderBodyFile(file);
    await withPictures(html, images, file, { ...ctx, base: '/portal/' });
    expect((asked[0]!.src as { src: string }).src).toMatch(/^\/portal\/_astro\/body\/[0-9a-f]{16}\.png$/);
    asked.length = 0;
    await withPictures(html, images, file, { ...ctx, dev: true });
    expect((asked[0]!.src as { src: string }).src).toBe(`/@fs${path.join(dir, 'chart.png')}`);
  });

  it('shows the alt text of an image whose file cannot be read', async () => {
    fs.writeFileSync(path.join(dir, 'broken.png'), 'not a png');
    const $ = await page('见图：![流程图](broken.png)');
    expect($('img, picture')).toHaveLength(0);
    expect($('p').text()).toBe('见图：流程图');
  });

  it('never lets alt text out of its attribute', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !/[[\]\\\n\r]/.test(s) && s.trim() === s),
        async (alt) => {
          const $ = await page(`![${alt}](chart.png)`);
          expect($('picture')).toHaveLength(1);
          expect($('picture *').length).toBe(3);
          expect($('img').attr('alt')).toBe($(cheerio.load(renderMarkdown(`![${alt}](x.png)`))('img')).attr('alt'));
        },
      ),
      { numRuns: 60 },
    );
  });
});

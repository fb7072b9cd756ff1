/**
 * Images and attachments on the built sample site: images in bodies become
 * <picture>s whose every size exists at its stated width, with width and
 * height set and alt text kept; attachments are published under a URL with
 * their content digest (and their lasting URL), byte for byte, with type and
 * size beside the link; only the attachment marked `accessible: false` gets
 * the "申请无障碍格式" link.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { formatFileSize } from '../../src/utils/file-info.ts';
import { htmlFiles, readPage } from '../support/html.ts';
import { projectRoot, sampleDist } from '../support/paths.ts';

const dist = sampleDist;
const content = path.join(projectRoot, 'content');
const GRAPHIC = '/xxgk/11990000MB0000001X-2026-00002/';
const NEWS = '/xwzx/zwdt/2026/spring-festival-transport-summary/';

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
/** `a.avif 480w, b.avif 960w` → [[a.avif, 480], [b.avif, 960]]. */
const candidates = (srcset: string) =>
  srcset.split(',').map((c) => {
    const [url, w] = c.trim().split(/\s+/);
    return [url!, Number(w!.replace(/w$/, ''))] as const;
  });

describe('images in bodies', () => {
  it.each([
    [GRAPHIC, 'png', 'png', [480, 960, 1440], 810, '柱状图：四个许可事项的办理时限'],
    [NEWS, 'jpg', 'jpeg', [480, 960, 1440], 810, '柱状图：2026年春运40天全省营业性道路客运每天发送旅客人数'],
  ])(
    '%s shows a picture with AVIF, WebP and %s at every width, each file made at its width',
    async (page, fallback, sharpFormat, widths, height, alt) => {
      const $ = readPage(dist, page);
      const picture = $('.doc-body picture');
      expect(picture).toHaveLength(1);
      const sources = picture.find('source');
      expect(sources.map((_i, s) => $(s).attr('type')).get()).toEqual(['image/avif', 'image/webp']);
      const img = picture.find('img');
      expect(img.attr('alt')).toMatch(new RegExp(`^${alt}`));
      expect([img.attr('width'), img.attr('height')]).toEqual([String(widths.at(-1)), String(height)]);
      expect(img.attr('loading')).toMatch(/^(lazy|eager)$/);
      expect(img.attr('decoding')).toBe('async');
      expect(img.attr('src')).toMatch(new RegExp(`^/_astro/body/[0-9a-f]{16}_[\\w-]+\\.${fallback}$`));
      const sets: [string, string][] = [
        ['avif', sources.eq(0).attr('srcset')!],
        ['webp', sources.eq(1).attr('srcset')!],
        [sharpFormat, img.attr('srcset')!],
      ];
      for (const [format, srcset] of sets) {
        const list = candidates(srcset);
        expect(list.map(([, w]) => w)).toEqual(widths);
        for (const [url, w] of list) {
          const file = path.join(dist, url);
          expect(fs.existsSync(file), url).toBe(true);
          const meta = await sharp(file).metadata();
          expect([meta.format === 'heif' ? 'avif' : meta.format, meta.width]).toEqual([format, w]);
        }
      }
      expect(fs.existsSync(path.join(dist, img.attr('src')!))).toBe(true);
      for (const s of [...sources.toArray(), img[0]!])
        expect($(s).attr('sizes')).toBe('(min-width: 1200px) 1168px, calc(100vw - 32px)');
    },
  );

  it('loads an image lazily when the body does not open with it', () => {
    // The news chart comes after a paragraph, a heading and a table.
    expect(readPage(dist, NEWS)('.doc-body picture img').attr('loading')).toBe('lazy');
  });

  it('leaves no original in the output: only the sizes the pages use', () => {
    const files = fs.readdirSync(path.join(dist, '_astro', 'body'));
    expect(files.filter((f) => /^[0-9a-f]{16}\.(png|jpg)$/.test(f))).toEqual([]);
    const used = new Set(
      htmlFiles(dist).flatMap((page) =>
        [...fs.readFileSync(path.join(dist, page), 'utf8').matchAll(/\/_astro\/body\/([^\s"',]+)/g)].map((m) => m[1]!),
      ),
    );
    expect(files.sort()).toEqual([...used].sort());
  });
});

describe('attachments', () => {
  const pages = htmlFiles(dist).filter((p) => p.startsWith('/xxgk/'));
  const withAttachments = pages
    .map((p) => [p, readPage(dist, p)] as const)
    .filter(([, $]) => $('.attachments').length > 0);

  it('are published under their content digest and their lasting address, byte for byte, with type and size', () => {
    expect(withAttachments.length).toBeGreaterThanOrEqual(4);
    let count = 0;
    for (const [page, $] of withAttachments) {
      $('.attachments li').each((_i, li) => {
        const link = $(li).find('a[download]');
        const href = link.attr('href')!;
        const m = /^\/files\/([^/]+)\/(\d+)\.([0-9a-f]{10})\.([a-z]+)$/.exec(href);
        expect(m, `${href} on ${page}`).not.toBeNull();
        const file = path.join(dist, href);
        const digest = sha256(file);
        expect(digest.slice(0, 10)).toBe(m![3]);
        const lasting = path.join(dist, 'files', m![1]!, `${m![2]}.${m![4]}`);
        expect(fs.readFileSync(lasting)).toEqual(fs.readFileSync(file));
        const bytes = fs.statSync(file).size;
        expect($(li).find('.file-info').text()).toMatch(
          new RegExp(`^（[^，]+，${formatFileSize(bytes).replace('.', '\\.')}）$`),
        );
        count++;
      });
    }
    expect(count).toBeGreaterThanOrEqual(6);
  });

  it('are the very files beside the entry', () => {
    const source = path.join(content, 'catalogue', 'rsxx', '附件2-报考诚信承诺书.pdf');
    const [, $] = withAttachments.find(([, $]) => $('.attachments').text().includes('附件2：报考诚信承诺书'))!;
    const link = $('.attachments a[download="附件2-报考诚信承诺书.pdf"]');
    expect(fs.readFileSync(path.join(dist, link.attr('href')!))).toEqual(fs.readFileSync(source));
    expect(link.attr('href')).toContain(`.${sha256(source).slice(0, 10)}.pdf`);
    expect(link.parent().find('.file-info').text()).toBe(`（PDF文档，${formatFileSize(fs.statSync(source).size)}）`);
  });

  it('offer "申请无障碍格式" only for the attachment marked not accessible, naming it', () => {
    // The document with one sample file of each type gets its requests from the attachment check (test/build/attachment-contents.test.ts).
    const requests = withAttachments
      .filter(([page]) => !page.includes('11990000MB0000001X-2026-00009'))
      .flatMap(([page, $]) =>
        $('.format-request')
          .toArray()
          .map((a) => [page, $, $(a)] as const),
      );
    expect(requests).toHaveLength(1);
    const [page, $, a] = requests[0]!;
    expect(a.text()).toBe('申请无障碍格式');
    expect(a.attr('aria-label')).toBe('申请无障碍格式：附件2：报考诚信承诺书');
    expect(a.closest('li').find('a[download]').text()).toBe('附件2：报考诚信承诺书');
    const url = new URL(a.attr('href')!);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('xxgk@jtt.shili.gov.cn');
    expect(url.searchParams.get('subject')).toBe('申请无障碍格式：附件2：报考诚信承诺书');
    expect(url.searchParams.get('body')).toContain(`https://jtt.shili.gov.cn${page.replace(/index\.html$/, '')}`);
    // The other attachment of the same page has none.
    expect($('.attachments li').filter((_i, li) => $(li).find('.format-request').length === 0).length).toBeGreaterThan(
      0,
    );
  });
});

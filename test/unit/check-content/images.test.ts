/** Images in bodies: alt text required, the file must exist (beside the entry, or served by the site). */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/checks/check-content.ts';
import { IMAGE_ALT_EXPECTED, IMAGE_FILE_EXPECTED, IMAGE_FORMAT_EXPECTED } from '../../../src/checks/check-images.ts';
import path from 'node:path';
import { addToPolicy, freshContentFolders, POLICY, shown, write } from '../../support/content-cases.ts';
import { replaceIn } from '../../support/fixture-content.ts';

const freshContent = freshContentFolders();

describe('images', () => {
  it('reports an image without alt text, at its line', () => {
    const dir = freshContent();
    write(dir, 'policies/2025/images/chart.png', 'png');
    addToPolicy(dir, '![](images/chart.png)');
    expect(checkContent(dir).errors).toEqual([
      {
        file: shown(dir, POLICY),
        line: 23,
        field: '正文 › 图片',
        expected: IMAGE_ALT_EXPECTED,
        found: '![](images/chart.png)，没有替代文字',
      },
    ]);
    expect(IMAGE_ALT_EXPECTED).toBe(
      '图片应有替代文字：在 ![ ] 的方括号中写明图片内容，供读屏软件朗读，例如 ![2025年全省客运量变化图](chart.png)',
    );
  });

  it('reports an image whose file does not exist, and one outside the content folder', () => {
    const dir = freshContent();
    addToPolicy(dir, ['![信用评价流程图](images/flow.png)', '![密码](../../../../../../etc/passwd)']);
    expect(checkContent(dir).errors).toEqual([
      {
        file: shown(dir, POLICY),
        line: 23,
        field: '正文 › 图片',
        expected: IMAGE_FILE_EXPECTED,
        found: '![信用评价流程图](images/flow.png)，没有这个图片文件',
      },
      {
        file: shown(dir, POLICY),
        line: 25,
        field: '正文 › 图片',
        expected: IMAGE_FILE_EXPECTED,
        found: '![密码](../../../../../../etc/passwd)，没有这个图片文件',
      },
    ]);
    expect(IMAGE_FILE_EXPECTED).toBe('与本文件在同一文件夹（或其子文件夹）中的图片文件，或 https:// 开头的完整网址');
  });

  it('accepts images with alt text whose file is there, site files, full URLs, and ignores code', () => {
    const dir = freshContent();
    write(dir, 'policies/2025/images/信用 评价.png', 'png');
    addToPolicy(dir, [
      '![信用评价流程](images/信用%20评价.png "流程")',
      '![网站标识](/favicon.svg)',
      '![外部图片](https://www.gov.cn/images/logo.png)',
      '`![](inline-code.png)`',
      '```markdown',
      '![](fenced-code.png)',
      '```',
    ]);
    expect(checkContent(dir).errors).toEqual([]);
  });

  it('reports an image in a format the image pipeline does not read', () => {
    const dir = freshContent();
    write(dir, 'policies/2025/scan.bmp', 'BM');
    write(dir, 'policies/2025/photo.HEIC', 'heic');
    addToPolicy(dir, ['![扫描的通知](scan.bmp)', '![现场照片](photo.HEIC)']);
    expect(checkContent(dir).errors).toEqual([
      {
        file: shown(dir, POLICY),
        line: 23,
        field: '正文 › 图片',
        expected: IMAGE_FORMAT_EXPECTED,
        found: '![扫描的通知](scan.bmp)，是 BMP 文件',
      },
      {
        file: shown(dir, POLICY),
        line: 25,
        field: '正文 › 图片',
        expected: IMAGE_FORMAT_EXPECTED,
        found: '![现场照片](photo.HEIC)，是 HEIC 文件',
      },
    ]);
    expect(IMAGE_FORMAT_EXPECTED).toBe(
      '图片格式为 jpg、jpeg、png、webp、avif、gif、svg、tif、tiff 之一；其他格式（如 BMP、HEIC）请先另存为 JPG 或 PNG',
    );
  });

  it('lists the images beside published entries for the image pipeline, not those of unpublished ones', () => {
    const dir = freshContent();
    write(dir, 'policies/2025/images/chart.png', 'png');
    addToPolicy(dir, ['![信用等级分布图](images/chart.png)', '![标识](/favicon.svg)', '![又一次](images/chart.png)']);
    write(dir, 'policies/2024/chart.png', 'png');
    replaceIn(dir, 'policies/2024/withheld.md', '内部事务。', '内部事务。\n\n![内部图](chart.png)');
    const { errors, bodyImages } = checkContent(dir);
    expect(errors).toEqual([]);
    const image = path.join(dir, 'policies/2025/images/chart.png');
    expect([...bodyImages]).toEqual([
      [
        path.join(dir, POLICY),
        [
          { path: image, file: shown(dir, POLICY), line: 23, shown: '![信用等级分布图](images/chart.png)' },
          { path: image, file: shown(dir, POLICY), line: 27, shown: '![又一次](images/chart.png)' },
        ],
      ],
    ]);
  });

  it('checks images written as references ([label]: target) like inline ones', () => {
    const dir = freshContent();
    write(dir, 'policies/2025/images/flow.png', 'png');
    addToPolicy(dir, [
      '见![信用评价流程][流程图]和![][Missing  Alt]，![方括号] 不是图片。',
      '[流程图]: images/flow.png',
      '[missing alt]: <images/no such.png>',
    ]);
    const { errors, bodyImages } = checkContent(dir);
    expect(errors).toEqual([
      {
        file: shown(dir, POLICY),
        line: 23,
        field: '正文 › 图片',
        expected: IMAGE_ALT_EXPECTED,
        found: '![](images/no such.png)，没有替代文字',
      },
      {
        file: shown(dir, POLICY),
        line: 23,
        field: '正文 › 图片',
        expected: IMAGE_FILE_EXPECTED,
        found: '![](images/no such.png)，没有这个图片文件',
      },
    ]);
    expect(bodyImages.get(path.join(dir, POLICY))).toEqual([
      {
        path: path.join(dir, 'policies/2025/images/flow.png'),
        file: shown(dir, POLICY),
        line: 23,
        shown: '![信用评价流程](images/flow.png)',
      },
    ]);
  });
});

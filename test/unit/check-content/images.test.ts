/** Images in bodies: alt text required, the file must exist (beside the entry, or served by the site). */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/checks/check-content.ts';
import { IMAGE_ALT_EXPECTED, IMAGE_FILE_EXPECTED } from '../../../src/checks/check-images.ts';
import { addToPolicy, freshContentFolders, POLICY, shown, write } from '../../support/content-cases.ts';

const freshContent = freshContentFolders();

describe('images', () => {
  it('reports an image without alt text, at its line', () => {
    const dir = freshContent();
    write(dir, 'policies/2025/images/chart.png', 'png');
    addToPolicy(dir, '![](images/chart.png)');
    expect(checkContent(dir).errors).toEqual([
      { file: shown(dir, POLICY), line: 23, field: '正文 › 图片', expected: IMAGE_ALT_EXPECTED, found: '![](images/chart.png)，没有替代文字' },
    ]);
    expect(IMAGE_ALT_EXPECTED).toBe('图片应有替代文字：在 ![ ] 的方括号中写明图片内容，供读屏软件朗读，例如 ![2025年全省客运量变化图](chart.png)');
  });

  it('reports an image whose file does not exist, and one outside the content folder', () => {
    const dir = freshContent();
    addToPolicy(dir, ['![信用评价流程图](images/flow.png)', '![密码](../../../../../../etc/passwd)']);
    expect(checkContent(dir).errors).toEqual([
      { file: shown(dir, POLICY), line: 23, field: '正文 › 图片', expected: IMAGE_FILE_EXPECTED, found: '![信用评价流程图](images/flow.png)，没有这个图片文件' },
      { file: shown(dir, POLICY), line: 25, field: '正文 › 图片', expected: IMAGE_FILE_EXPECTED, found: '![密码](../../../../../../etc/passwd)，没有这个图片文件' },
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
});

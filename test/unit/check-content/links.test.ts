/**
 * Links in bodies that point into the site must reach a page or file it
 * has: documents by 索引号, columns (and their further pages and years),
 * stand-alone pages, news, attachments, data lists, fixed pages and files
 * in public/. The URL space is built once, so thousands of entries with
 * links check quickly.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/checks/check-content.ts';
import { SCRIPT_URL_EXPECTED } from '../../../src/checks/check-images.ts';
import { LINK_EXPECTED } from '../../../src/checks/check-links.ts';
import { addToPolicy, freshContentFolders, markdown, shown, write, writeNews } from '../../support/content-cases.ts';
import { replaceIn } from '../../support/fixture-content.ts';

const freshContent = freshContentFolders();
const DOC = '/xxgk/11990000MB0000001X-2025-00003/';

describe('links inside content', () => {
  it('reports a link to a page the site does not have, with its text and line', () => {
    const dir = freshContent();
    replaceIn(
      dir,
      'interpretations/freight-rules-qa.md',
      '为了促进道路运输行业诚信经营。',
      '为了促进道路运输行业诚信经营，详见[原文件](/xxgk/11990000MB0000001X-2025-00099/)。',
    );
    expect(checkContent(dir).errors).toEqual([
      {
        file: shown(dir, 'interpretations/freight-rules-qa.md'),
        line: 14,
        field: '正文 › 链接“原文件”',
        expected: LINK_EXPECTED,
        found: '[原文件](/xxgk/11990000MB0000001X-2025-00099/)，本站没有 /xxgk/11990000MB0000001X-2025-00099/',
      },
    ]);
    expect(LINK_EXPECTED).toBe(
      '指向本站已有的页面或文件（文件页 /xxgk/索引号/、栏目页、独立页面、附件等），或 https:// 开头的外部网址',
    );
  });

  it('reports links to an unknown column, a missing page on the own domain, and a relative link that leaves the page', () => {
    const dir = freshContent();
    addToPolicy(dir, [
      '[栏目](/zwgk/fdzdgknr/nosuch/)',
      '[关于](https://jtt.shili.gov.cn/about-us)',
      '[附件](附件1-评价指标.pdf)',
      '[第99页](/zwgk/fdzdgknr/ghjh/2025/x9/)',
    ]);
    expect(checkContent(dir).errors.map((e) => [e.line, e.field, e.found])).toEqual([
      [23, '正文 › 链接“栏目”', '[栏目](/zwgk/fdzdgknr/nosuch/)，本站没有 /zwgk/fdzdgknr/nosuch/'],
      [25, '正文 › 链接“关于”', '[关于](https://jtt.shili.gov.cn/about-us)，本站没有 /about-us/'],
      [27, '正文 › 链接“附件”', `[附件](附件1-评价指标.pdf)，本站没有 ${DOC}附件1-评价指标.pdf`],
      [29, '正文 › 链接“第99页”', '[第99页](/zwgk/fdzdgknr/ghjh/2025/x9/)，本站没有 /zwgk/fdzdgknr/ghjh/2025/x9/'],
    ]);
  });

  it('accepts links to everything the site has, and to other sites', () => {
    const dir = freshContent();
    writeNews(
      dir,
      'news/links.md',
      '链接',
      [
        `[办法](${DOC}) [不带斜杠](${DOC.slice(0, -1)}) [小标题](${DOC}#第一条-目的) [完整网址](https://jtt.shili.gov.cn${DOC})`,
        '[规划计划](/zwgk/fdzdgknr/ghjh/) [第2页](/zwgk/fdzdgknr/ghjh/p2/) [2025年](/zwgk/fdzdgknr/ghjh/2025/) [年报](/zwgk/nb/)',
        `[附件](/files/11990000MB0000001X-2025-00003/1.pdf) [关于](/about/) [指南](/zwgk/zn/) [会议](/xwzx/zwdt/meeting/) [动态](/xwzx/zwdt/p2/)`,
        '[处罚](/sjqd/xzcf/) [下载](/sjqd/xzcf.csv) [搜索](/search/?q=信用) [申请](/ysqgk/sq/) [留言](/hdjl/lxxd/) [标识](/favicon.svg)',
        '[政府网](https://www.gov.cn/) [邮件](mailto:a@b.cn) [电话](tel:12328) [本页](#top) [首页](/)',
        '[参考][ref]',
        '',
        `[ref]: ${DOC}`,
        '`[代码](/nosuch/)`',
      ].join('\n'),
    );
    expect(checkContent(dir).errors).toEqual([]);
  });

  it('does not check links of entries that are not published', () => {
    const dir = freshContent();
    replaceIn(dir, 'policies/2024/withheld.md', '内部事务。', '内部事务，见[草稿](/nosuch/)。');
    expect(checkContent(dir).errors).toEqual([]);
  });

  it('checks 2,000 entries with links to each other in one pass over a set of URLs', () => {
    const dir = freshContent();
    const n = 2_000;
    const no = (i: number) => `11990000MB0000001X/2023-${String(i).padStart(5, '0')}`;
    for (let i = 1; i <= n; i++) {
      const links = [1, 2, 3]
        .map((k) => `[相关${k}](/xxgk/${no(((i + k * 7) % n) + 1).replace('/', '-')}/)`)
        .join('，');
      write(
        dir,
        `catalogue/ghjh/links/${i}.md`,
        markdown(
          [
            'title: 互相链接',
            `indexNo: ${no(i)}`,
            'publisher: 示例省交通运输厅',
            'publishDate: "2023-05-01 10:00"',
            'topic: 其他',
            'category: ghjh',
          ],
          `见${links}。`,
        ),
      );
    }
    const started = performance.now();
    const report = checkContent(dir);
    const ms = performance.now() - started;
    expect(report.errors).toEqual([]);
    expect(ms).toBeLessThan(15_000);
  });
});

describe('script URLs', () => {
  it('reports a javascript: link or image, which the page would drop', () => {
    const dir = freshContent();
    addToPolicy(dir, '[点这里](javascript:alert(1)) ![图](vbscript:x)');
    expect(checkContent(dir).errors.map((e) => [e.line, e.field, e.expected, e.found])).toEqual([
      [23, '正文 › 图片', SCRIPT_URL_EXPECTED, '![图](vbscript:x)，是脚本地址，网页上不会显示这张图片'],
      [23, '正文 › 链接“点这里”', SCRIPT_URL_EXPECTED, '[点这里](javascript:alert(1))，是脚本地址，网页上只显示文字'],
    ]);
    expect(SCRIPT_URL_EXPECTED).toBe(
      '网址以 https://、http://、mailto:、tel: 或 / 开头，或写本站的相对路径；不能使用 javascript: 等脚本地址',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { feedResponse } from './rss-response.ts';

describe('feedResponse', () => {
  it('writes RSS 2.0 with links made absolute on the site and drops characters XML cannot hold', async () => {
    const response = await feedResponse(
      {
        title: '通知公告\u0007_示例',
        description: '描述',
        page: '/sub/xwzx/tzgg/',
        items: [
          {
            title: 'A & B\u0001',
            link: '/sub/xwzx/tzgg/2025/a/',
            pubDate: new Date('2025-03-10T01:30:00Z'),
            description: '<b>x</b>\u001f',
            categories: ['gz\u0002'],
          },
        ],
      },
      new URL('https://example.gov.cn/'),
    );
    const xml = await response.text();
    expect(xml).toContain('<language>zh-CN</language>');
    expect(xml).toContain('<title>通知公告_示例</title>');
    expect(xml).toContain('<link>https://example.gov.cn/sub/xwzx/tzgg/</link>');
    expect(xml).toContain('<link>https://example.gov.cn/sub/xwzx/tzgg/2025/a/</link>');
    expect(xml).toContain('<title>A &amp; B</title>');
    expect(xml).toContain('<category>gz</category>');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });
});

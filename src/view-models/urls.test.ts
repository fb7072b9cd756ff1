import { describe, expect, it, vi } from 'vitest';
import '../../test/support/mock-content.ts';

vi.mock('astro:config/client', () => ({ base: '/gk' }));
const { urls, href } = await import('./urls.ts');
const { getSite } = await import('./site.ts');

describe('urls', () => {
  it('puts the configured base path before every site path', () => {
    expect(urls.home()).toBe('/gk/');
    expect(urls.newsItem('zwdt', '2025/a')).toBe('/gk/xwzx/zwdt/2025/a/');
    expect(urls.newsColumn('zwdt', 2)).toBe('/gk/xwzx/zwdt/p2/');
    expect(urls.document('11990000MB0000001X/2025-00007')).toBe('/gk/xxgk/11990000MB0000001X-2025-00007/');
    expect(href('/contact/')).toBe('/gk/contact/');
  });
});

describe('getSite', () => {
  it('reads site.yaml of the content folder once', () => {
    const site = getSite();
    expect(site.name).toBe('示例省交通运输厅');
    expect(site.pageSize).toBe(20);
    expect(getSite()).toBe(site);
  });
});

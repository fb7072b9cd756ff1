import { describe, expect, it } from 'vitest';
import type { SiteSettings } from '../schemas/site.ts';
import { formatRequestHref } from './format-request.ts';

const site = (extra: Partial<SiteSettings> = {}) =>
  ({ domain: 'jtt.example.gov.cn', contact: { email: 'xxgk@example.gov.cn' }, ...extra }) as SiteSettings;
const doc = {
  title: '关于道路货运的通知',
  indexNo: '11990000MB0000001X/2025-00007',
  url: '/xxgk/11990000MB0000001X-2025-00007/',
};
const href = (p: string) => `/base${p}`;

describe('formatRequestHref', () => {
  it('writes a mailto to the 公开 office naming document, 索引号, attachment and page', () => {
    const link = formatRequestHref(site(), doc, '附件1 申请表', href);
    const url = new URL(link);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('xxgk@example.gov.cn');
    const subject = decodeURIComponent(/subject=([^&]*)/.exec(link)![1]!);
    const body = decodeURIComponent(/body=([^&]*)/.exec(link)![1]!);
    expect(subject).toBe('申请无障碍格式：附件1 申请表');
    expect(body).toContain('文件：关于道路货运的通知\r\n');
    expect(body).toContain('索引号：11990000MB0000001X/2025-00007\r\n');
    expect(body).toContain('附件：附件1 申请表\r\n');
    expect(body).toContain('网址：https://jtt.example.gov.cn/xxgk/11990000MB0000001X-2025-00007/');
    // Line breaks are CRLF (RFC 6068) and nothing unescaped breaks the query.
    expect(body).not.toMatch(/[^\r]\n/);
    expect(link.split('?')[1]).not.toMatch(/[\s#]/);
  });

  it('uses a site path channel under the base path', () => {
    expect(formatRequestHref(site({ accessibleFormatRequest: '/contact/' }), doc, 'a', href)).toBe('/base/contact/');
  });

  it('keeps another channel, or a mailto that has its own query, as written', () => {
    expect(formatRequestHref(site({ accessibleFormatRequest: 'https://x.example/form' }), doc, 'a', href)).toBe(
      'https://x.example/form',
    );
    expect(formatRequestHref(site({ accessibleFormatRequest: 'mailto:a@b.cn?subject=x' }), doc, 'a', href)).toBe(
      'mailto:a@b.cn?subject=x',
    );
  });

  it('writes a named mailto channel with the request filled in', () => {
    const link = formatRequestHref(site({ accessibleFormatRequest: 'mailto:wza@example.gov.cn' }), doc, 'a', href);
    expect(link.startsWith('mailto:wza@example.gov.cn?subject=')).toBe(true);
  });
});

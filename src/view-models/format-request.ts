/**
 * The "申请无障碍格式" link beside an attachment marked `accessible: false`.
 * By default an e-mail to the 政府信息公开工作机构 (the address every site
 * has, 条例 art. 12) with the document, its 索引号, the attachment and the
 * page address already written in: one activation of the link, no form to
 * find and fill in, and the office knows at once which file is meant. The
 * information is already public, so this is a request for help (条例 art.
 * 43), not a 依申请公开 application with its identity papers. A site can
 * name another channel (`accessibleFormatRequest` in site.yaml).
 */
import type { SiteSettings } from '../schemas/site.ts';

export interface FormatRequestDocument {
  title: string;
  indexNo: string;
  /** Site path of the document page. */
  url: string;
}

const mailtoPart = (s: string) => encodeURIComponent(s.replaceAll('\n', '\r\n'));

/** @param href prefixes a site path with the base path */
export function formatRequestHref(
  site: SiteSettings,
  doc: FormatRequestDocument,
  attachmentTitle: string,
  href: (sitePath: string) => string,
): string {
  const channel = site.accessibleFormatRequest ?? `mailto:${site.contact.email}`;
  if (channel.startsWith('/')) return href(channel);
  if (!channel.startsWith('mailto:') || channel.includes('?')) return channel;
  const subject = `申请无障碍格式：${attachmentTitle}`;
  const body = [
    '您好：',
    '',
    '我无法阅读以下附件，请提供无障碍格式（例如可朗读的文字版、Word 文档或大字版）。',
    '',
    `文件：${doc.title}`,
    `索引号：${doc.indexNo}`,
    `附件：${attachmentTitle}`,
    `网址：https://${site.domain}${doc.url}`,
    '',
    '希望的格式：',
    '联系方式：',
  ].join('\n');
  return `${channel}?subject=${mailtoPart(subject)}&body=${mailtoPart(body)}`;
}

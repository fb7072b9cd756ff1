/**
 * What a search result says about its document, shared by the search page
 * and the 依申请公开 "查一查" step: its 有效性 (a 废止 or 失效 policy must not
 * look current, and names the policy that replaces it), 发布机构, 发文字号
 * and date, written as the site's pages write them (2025年09月08日).
 */
import { formatChineseDate } from '../../utils/dates.ts';
import { inReadersScript } from '../page-links.ts';

type Meta = Record<string, string | undefined>;

/** "现行有效", "已废止" or "已失效" as a tag, or nothing for documents without 有效性. */
export function validityTag(meta: Meta): HTMLSpanElement | null {
  if (!meta.validity) return null;
  const tag = document.createElement('span');
  const current = meta.validity === '有效';
  tag.className = current ? 'badge badge-current' : 'badge';
  tag.textContent = current ? '现行有效' : `已${meta.validity}`;
  return tag;
}

/** The line under the title: 栏目, 发布机构, 发文字号, 发布日期. */
export function metaLine(meta: Meta, options: { column?: boolean; indexNo?: boolean } = {}): string {
  return [
    options.column !== false && meta.column && `栏目：${meta.column}`,
    meta.publisher && `发布机构：${meta.publisher}`,
    meta.docNo && `发文字号：${meta.docNo}`,
    meta.date && `发布日期：${formatChineseDate(meta.date)}`,
    options.indexNo && meta.indexNo && `索引号：${meta.indexNo}`,
  ]
    .filter(Boolean)
    .join('　');
}

/** "本文件已废止，现行文件：《…》" with a link, for a 废止/失效 document. */
export function replacementNote(meta: Meta): HTMLParagraphElement | null {
  if (!meta.validity || meta.validity === '有效') return null;
  const p = document.createElement('p');
  p.className = 'result-replaced';
  p.append(`本文件已${meta.validity}，仅供查阅`);
  if (meta.replacedByUrl && meta.replacedByTitle) {
    const a = document.createElement('a');
    a.href = inReadersScript(meta.replacedByUrl);
    a.textContent = meta.replacedByTitle;
    p.append('；现行文件：', a);
  }
  p.append('。');
  return p;
}

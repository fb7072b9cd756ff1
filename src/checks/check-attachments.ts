/**
 * The content check over what is inside attachments (run by `npm run check`
 * and by the build, after the per-file check): personal data in the text of
 * every page, paragraph and spreadsheet cell, with the same detectors as
 * titles and bodies (an entry with `piiReviewed` is exempt, as for bodies);
 * and whether a screen reader can read the file (image-only or untagged
 * PDF, OFD), which the page then shows with "申请无障碍格式" unless the
 * editor says `accessible: true`. Text is read once per version of a file
 * (extraction.ts); this pass only reads the cached results.
 */
import path from 'node:path';
import type { FileDigests } from '../catalogue/file-digests.ts';
import type { CheckedEntry } from '../catalogue/entry.ts';
import { PERSONAL_DATA_EXPECTED } from './check-personal-data.ts';
import { indexNumbersOf } from '../catalogue/entry.ts';
import { registerOfEntries } from '../catalogue/index-registry.ts';
import { SourceLines, type LineMemo } from './source-lines.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { fileExtension } from '../utils/file-info.ts';
import type { ContentProblem } from '../schemas/format-issues.ts';
import { entryKey } from '../catalogue/index-number.ts';
import { findPersonalData } from './personal-data.ts';
import { AttachmentTexts, type ExtractionStats, type ExtractJob } from '../attachments/extraction.ts';
import { isReadable } from '../attachments/readable-types.ts';
import type { ExtractResult } from '../attachments/types.ts';
import fs from 'node:fs';
import { AttachmentFindings, type AttachmentFinding, type FoundInAttachment } from './attachment-findings.ts';

/** What pages and the search need to know about one version of an attachment. */
export interface AttachmentFacts {
  /** Text was read (the search has it). */
  hasText: boolean;
  /** Pages or sheets, but no text: a scan. */
  imageOnly: boolean;
  /** Why a screen reader cannot read it; none: it can (or it is not a type this knows). */
  notFriendly?: string | undefined;
  /** DOCX/XLSX: an HTML view is published beside the download. */
  hasView: boolean;
  /** The cached extraction result (JSON), read by the HTML view page. */
  resultFile: string;
}

export interface AttachmentCheck {
  errors: ContentProblem[];
  warnings: ContentProblem[];
  /** By SHA-256 of the file. */
  facts: Map<string, AttachmentFacts>;
  stats: ExtractionStats;
  /** Attachments of published entries, image-only ones, ones a screen reader cannot read. */
  counts: { attachments: number; imageOnly: number; notFriendly: number; unreadable: number };
}

/** Findings shown per attachment; a column of thousands of numbers is one problem, not thousands of lines. */
const SHOWN_PER_FILE = 3;

const EXPECTED_ACCESSIBLE =
  '读屏软件能朗读的附件（带标签的 PDF、DOCX、XLSX 等）；页面已自动为它显示"申请无障碍格式"。已另行提供可读版本或确认可读的，在该附件下写 accessible: true；确认不可读的写 accessible: false（不再提醒）';

function notFriendlyReason(ext: string, r: ExtractResult): string | undefined {
  if (!r.ok) return undefined;
  if (ext === 'pdf' && r.imageOnly) return '图片型 PDF：没有可提取的文字（扫描件），读屏软件无法朗读';
  if (ext === 'pdf' && !r.tagged) return '未加标签的 PDF：读屏软件无法得知阅读顺序、标题和表格结构';
  if (ext === 'ofd' && r.imageOnly) return 'OFD 扫描件：没有可提取的文字，读屏软件无法朗读';
  if (ext === 'ofd') return 'OFD 版式文件：常用读屏软件无法朗读';
  return undefined;
}

/** Facts and personal data of one version, from its extracted text (read only when not remembered). */
function findIn(texts: AttachmentTexts, job: ExtractJob): FoundInAttachment {
  const result = texts.read(job.sha256) ?? { ok: false, reason: '读取结果丢失' };
  if (!result.ok)
    return { hasText: false, imageOnly: false, hasView: false, unreadable: result.reason, shown: [], total: 0 };
  const shown: AttachmentFinding[] = [];
  let total = 0;
  for (const part of result.parts) {
    for (const f of findPersonalData(part.text)) {
      total++;
      if (shown.length < SHOWN_PER_FILE) shown.push({ kind: f.kind, masked: f.masked, where: part.where });
    }
  }
  return {
    hasText: result.parts.length > 0,
    imageOnly: result.imageOnly,
    notFriendly: notFriendlyReason(job.ext, result),
    hasView: Boolean(result.html),
    shown,
    total,
  };
}

interface Listed {
  entry: CheckedEntry;
  i: number;
  file: string;
  job: ExtractJob;
  accessible: boolean | undefined;
}

/** Every attachment of the published entries, with its digest. */
export function listAttachments(entries: readonly CheckedEntry[], site: SiteSettings, digests: FileDigests): Listed[] {
  const { numbers } = indexNumbersOf(entries, site, registerOfEntries(entries));
  const out: Listed[] = [];
  for (const entry of entries) {
    const list = (entry.data.attachments as { file: string; accessible?: boolean }[] | undefined) ?? [];
    if (list.length === 0 || !numbers.has(entryKey(entry))) continue;
    list.forEach((a, i) => {
      const source = path.join(path.dirname(entry.path), a.file);
      if (!fs.existsSync(source)) return;
      const job = {
        source,
        sha256: digests.sha256(source),
        ext: fileExtension(a.file).toLowerCase(),
        bytes: fs.statSync(source).size,
      };
      out.push({ entry, i, file: a.file, job, accessible: a.accessible });
    });
  }
  return out;
}

export async function checkAttachments(
  entries: readonly CheckedEntry[],
  site: SiteSettings,
  digests: FileDigests,
  cacheDir: string,
  options: { workers?: number; lineMemo?: LineMemo } = {},
): Promise<AttachmentCheck> {
  const listed = listAttachments(entries, site, digests);
  const texts = new AttachmentTexts(cacheDir);
  const stats = await texts.extractAll(
    listed.map((l) => l.job),
    options,
  );
  const lines = new SourceLines(options.lineMemo);
  const findings = new AttachmentFindings(cacheDir);
  const errors: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const facts = new Map<string, AttachmentFacts>();
  const counts = { attachments: listed.length, imageOnly: 0, notFriendly: 0, unreadable: 0 };
  for (const l of listed) {
    if (!isReadable(l.job.ext)) continue;
    const found = findings.of(l.job.sha256, () => findIn(texts, l.job));
    // The line is looked up only for an attachment with something to report.
    const place = () => ({ file: l.entry.file, line: lines.field(l.entry.path, ['attachments', l.i, 'file']) });
    const field = `附件 › 第 ${l.i + 1} 个（${path.basename(l.file)}）`;
    if (!facts.has(l.job.sha256)) {
      const { hasText, imageOnly, notFriendly, hasView } = found;
      facts.set(l.job.sha256, { hasText, imageOnly, notFriendly, hasView, resultFile: texts.resultFile(l.job.sha256) });
    }
    if (found.unreadable !== undefined) {
      counts.unreadable++;
      warnings.push({
        ...place(),
        field,
        expected: '能读取内容的附件（用于全文搜索和个人信息检查）',
        found: `无法读取：${found.unreadable}`,
      });
      continue;
    }
    if (found.imageOnly) counts.imageOnly++;
    if (found.notFriendly && l.accessible !== true) counts.notFriendly++;
    if (found.notFriendly && l.accessible === undefined)
      warnings.push({ ...place(), field, expected: EXPECTED_ACCESSIBLE, found: found.notFriendly });
    if (l.entry.data.piiReviewed || found.shown.length === 0) continue;
    const shown: ContentProblem[] = found.shown.map((f) => ({
      ...place(),
      field: `${field} › ${f.where}`,
      expected: PERSONAL_DATA_EXPECTED,
      found: `含有${f.kind} ${f.masked}`,
    }));
    if (found.total > shown.length)
      shown[shown.length - 1]!.found += `（该附件共 ${found.total} 处，只列出前 ${shown.length} 处）`;
    errors.push(...shown);
  }
  findings.save();
  return { errors, warnings, facts, stats, counts };
}

/** The lines the check report ends with: counts, and what reading cost by type when files were read. */
export function attachmentSummary(check: AttachmentCheck): string {
  const { counts, stats } = check;
  const lines = [
    `附件 ${counts.attachments} 个：读取内容 ${stats.files} 个（本次读取 ${stats.read}，沿用缓存 ${stats.cached}，用时 ${(stats.ms / 1000).toFixed(1)} 秒），图片型（无文字层）${counts.imageOnly} 个，读屏软件无法朗读 ${counts.notFriendly} 个，无法读取 ${counts.unreadable} 个。`,
  ];
  const types = Object.entries(stats.byType).sort(([a], [b]) => a.localeCompare(b));
  if (types.length) {
    // Worker time per file and per MB, summed over the workers (wall time is above).
    const cost = types.map(([ext, c]) => {
      const mb = c.bytes / 1024 / 1024;
      return `${ext.toUpperCase()} ${c.files} 个 ${mb.toFixed(1)} MB ${(c.ms / 1000).toFixed(1)} 秒（每个 ${Math.round(c.ms / c.files)} 毫秒，每 MB ${(c.ms / 1000 / Math.max(mb, 0.001)).toFixed(2)} 秒）`;
    });
    lines.push(`附件读取用时：${cost.join('；')}`);
  }
  return lines.join('\n');
}

/**
 * The content check's report as the editor reads it in the terminal:
 * errors, then warnings, then column freshness, then notices, each grouped by file; every problem
 * starts with its place, `content/policies/2025/x.md:7`, which editors'
 * terminals and VS Code open at that line.
 */
import { placeOf, type ContentProblem } from '../schemas/format-issues.ts';

export interface ReportLists {
  errors: readonly ContentProblem[];
  warnings: readonly ContentProblem[];
  /** Things an editor should know that are not mistakes (e.g. an entry that is not published). */
  notices?: readonly ContentProblem[] | undefined;
  /** 检查指标 reminders: blank or stale columns (check-freshness.ts). */
  freshness?: readonly ContentProblem[] | undefined;
}

function grouped(list: readonly ContentProblem[]): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const p of list) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  return [...byFile]
    .map(
      ([file, ps]) =>
        `${file}\n${ps.map((p) => `  · ${p.line === undefined ? '' : `${placeOf(p)} `}${p.field}\n      要求：${p.expected}\n      实际：${p.found}`).join('\n')}`,
    )
    .join('\n');
}

/** The whole report as text for the terminal, grouped by file; empty when there is nothing to say. */
export function reportToText(report: ReportLists): string {
  const parts: string[] = [];
  if (report.errors.length) parts.push(`发现 ${report.errors.length} 个错误，网站未生成：\n${grouped(report.errors)}`);
  if (report.warnings.length)
    parts.push(`${report.warnings.length} 个提醒（不影响生成）：\n${grouped(report.warnings)}`);
  if (report.freshness?.length)
    parts.push(`${report.freshness.length} 条栏目更新提醒（检查指标，不影响生成）：\n${grouped(report.freshness)}`);
  if (report.notices?.length) parts.push(`${report.notices.length} 条说明：\n${grouped(report.notices)}`);
  return parts.join('\n\n');
}

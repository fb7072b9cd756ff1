/**
 * `replacedBy` chains between policies (指引: a 修改、废止、失效 document is
 * marked on the published original, which points readers to what applies
 * now). Every policy names at most one successor, so the chains form a
 * graph of out-degree one: one walk with a memo per policy finds each
 * chain's end and every cycle, linear in the number of policies.
 *
 * Errors: a policy naming itself; a cycle (A → B → A: no current document
 * at the end); a replaced policy still marked 有效 (it must be 废止 or 失效,
 * with its date). Warnings: a successor that is itself 废止/失效 and
 * replaced (point to the current one, named in the message); a successor
 * published before the document it replaces (probably the wrong way round).
 * A successor that does not exist is reported by cross-check.ts.
 */
import { describeFound, type ContentProblem } from '../schemas/format-issues.ts';
import type { CheckedEntry } from '../catalogue/entry.ts';
import type { SourceLines } from './source-lines.ts';

const FIELD = '替代文件（replacedBy）';

interface ChainEnd {
  /** The last policy of the chain (the one that is not replaced), or undefined when the chain runs into a cycle. */
  end: CheckedEntry | undefined;
}

export function replacementProblems(
  entries: readonly CheckedEntry[],
  lines: SourceLines,
  errors: ContentProblem[],
  warnings: ContentProblem[],
): void {
  const policies = new Map<string, CheckedEntry>();
  for (const e of entries) if (e.collection === 'policies') policies.set(e.id, e);
  const successor = (e: CheckedEntry): CheckedEntry | undefined => {
    const id = e.data.replacedBy as string | undefined;
    return id === undefined || id === e.id ? undefined : policies.get(id);
  };
  const at = (e: CheckedEntry, field: string) => ({ file: e.file, line: lines.field(e.path, [field]) || 1 });

  // Where each policy's chain ends: one walk per unvisited policy, each policy walked once.
  const ends = new Map<CheckedEntry, ChainEnd>();
  for (const start of policies.values()) {
    const path: CheckedEntry[] = [];
    const onPath = new Map<CheckedEntry, number>();
    let e: CheckedEntry | undefined = start;
    let result: ChainEnd | undefined;
    while (e && !result) {
      const known = ends.get(e);
      if (known) result = known;
      else if (onPath.has(e)) {
        const cycle = path.slice(onPath.get(e));
        const shown = [...cycle, cycle[0]!].map((c) => c.id).join(' → ');
        for (const member of cycle) {
          errors.push({
            ...at(member, 'replacedBy'),
            field: FIELD,
            expected: '替代关系不能循环：沿替代文件一路找下去，最后应是一份现行有效、没有被替代的文件',
            found: `循环替代：${shown}`,
          });
          ends.set(member, { end: undefined });
        }
        result = { end: undefined };
      } else {
        onPath.set(e, path.length);
        path.push(e);
        const next = successor(e);
        if (!next) result = { end: e };
        e = next;
      }
    }
    for (const p of path) if (!ends.has(p)) ends.set(p, result!);
  }

  for (const e of policies.values()) {
    const id = e.data.replacedBy as string | undefined;
    if (id === undefined) continue;
    if (id === e.id) {
      errors.push({
        ...at(e, 'replacedBy'),
        field: FIELD,
        expected: '另一份政策文件的文件名：文件不能替代它自己',
        found: `${describeFound(id)}，就是本文件`,
      });
      continue;
    }
    if (e.data.validity === '有效') {
      errors.push({
        ...(lines.field(e.path, ['validity']) > 1 ? at(e, 'validity') : at(e, 'replacedBy')),
        field: '有效性（validity）',
        expected: '已被替代的文件，有效性应为“废止”或“失效”，并填写失效或废止日期（validityDate）',
        found: `"有效"，但已填写替代文件 ${id}`,
      });
    }
    const next = policies.get(id);
    if (!next) continue; // a missing successor: cross-check.ts
    if ((next.data.publishDate as string) < (e.data.publishDate as string)) {
      warnings.push({
        ...at(e, 'replacedBy'),
        field: FIELD,
        expected: `替代文件晚于被替代的文件发布（本文件发布于 ${e.data.publishDate as string}）；请确认没有把两份文件的关系写反`,
        found: `${describeFound(id)} 发布于 ${next.data.publishDate as string}，早于本文件`,
      });
    }
    const end = ends.get(next)?.end;
    if (next.data.validity !== '有效' && successor(next) && end) {
      warnings.push({
        ...at(e, 'replacedBy'),
        field: FIELD,
        expected: `直接指向现行文件 ${end.id}（${end.data.title as string}）：读者从本文件应一步找到现在适用的文件`,
        found: `${describeFound(id)}，该文件本身已${next.data.validity as string}，又被 ${next.data.replacedBy as string} 替代`,
      });
    }
  }
}

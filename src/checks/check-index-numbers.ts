/**
 * The 索引号 register checks (rule: utils/index-number.ts): a published page
 * is never renumbered without the check saying so, with the file, the old
 * and the new URL, and what to do.
 *   - a written `indexNo` that differs from the register: error;
 *   - a number recorded for a file that is gone (deleted, withdrawn): error;
 *   - a file with neither a written nor a registered number gets a
 *     provisional one: a warning, an error when GONGKAI_STRICT=1 (CI of a
 *     site that wants every published number committed);
 *   - a malformed or duplicated register line: error.
 */
import path from 'node:path';
import type { ContentProblem } from '../schemas/format-issues.ts';
import { entryKey, type ChangedIndexNumber } from '../catalogue/index-number.ts';
import { indexNumberSlug } from '../utils/site-paths.ts';
import { REGISTER_FILE, type IndexRegister } from '../catalogue/index-registry.ts';
import type { CheckedEntry } from '../catalogue/entry.ts';

interface IndexNumberCheckInput {
  root: string;
  /** The published disclosure entries. */
  entries: readonly CheckedEntry[];
  register: IndexRegister;
  assigned: { numbers: Map<string, string>; generated: Set<string>; changed: ChangedIndexNumber[] };
  at: (e: CheckedEntry, ...fieldPath: PropertyKey[]) => { file: string; line: number | undefined };
}

const FIELD = '索引号（indexNo）';
/** How a provisional number's problem begins: `npm run number` is what fixes it, so it does not block that command. */
export const PROVISIONAL = '没有填写也没有登记';
const urlOf = (indexNo: string) => `/xxgk/${indexNumberSlug(indexNo)}/`;

/** Whether provisional numbers fail the build (GONGKAI_STRICT=1). */
export const strictIndexNumbers = () => process.env.GONGKAI_STRICT === '1';

export function indexNumberProblems(
  input: IndexNumberCheckInput,
  errors: ContentProblem[],
  warnings: ContentProblem[],
): void {
  const { root, entries, register, assigned, at } = input;
  const registerShown = path.relative(process.cwd(), path.join(root, REGISTER_FILE)) || REGISTER_FILE;
  for (const p of register.problems)
    errors.push({ file: registerShown, line: p.line, field: '索引号登记', expected: p.expected, found: p.found });

  const changed = new Map(assigned.changed.map((c) => [c.key, c]));
  const ownerOf = new Map([...register.byKey].map(([key, line]) => [line.indexNo, { key, line }]));
  const strict = strictIndexNumbers();
  const published = new Set(entries.map(entryKey));
  for (const e of entries) {
    const key = entryKey(e);
    const indexNo = assigned.numbers.get(key)!;
    const change = changed.get(key);
    if (change) {
      const line = register.byKey.get(key)!.line;
      errors.push({
        ...at(e, 'indexNo'),
        field: FIELD,
        expected: `登记的索引号 ${change.registered}（${registerShown} 第 ${line} 行）：这个文件已按它发布，网址 ${urlOf(change.registered)}`,
        found: `"${change.written}"，网址会从 ${urlOf(change.registered)} 变为 ${urlOf(change.written)}，收藏和引用原网址的链接都会失效。如是误改，把 indexNo 改回 ${change.registered}；确需改号，把 ${registerShown} 第 ${line} 行的索引号也改为 ${change.written}，并请网站管理员把原网址跳转到新网址`,
      });
      continue;
    }
    const owner = ownerOf.get(indexNo);
    // A number of another published file is the uniqueness check's; this one is about numbers of files since deleted or withdrawn.
    if (owner && owner.key !== key && !published.has(owner.key)) {
      errors.push({
        ...at(e, 'indexNo'),
        field: FIELD,
        expected: `未被使用过的索引号：${indexNo} 已登记给 ${owner.line.file}（${registerShown} 第 ${owner.line.line} 行），那个文件已删除或不再主动公开，但它的网址可能已被收藏和引用，这个号不能再给别的文件`,
        found: `"${indexNo}"。请删去 indexNo 后运行 npm run number 分配新号，或用 npm run new 新建文件`,
      });
      continue;
    }
    if (assigned.generated.has(key)) {
      (strict ? errors : warnings).push({
        ...at(e, 'indexNo'),
        field: FIELD,
        expected: `已登记的索引号：运行 npm run number，把它登记到 ${registerShown} 并提交${strict ? '（GONGKAI_STRICT=1 时未登记的索引号不能发布）' : ''}`,
        found: `${PROVISIONAL}，本次暂定为 ${indexNo}（网址 ${urlOf(indexNo)}）；登记之前，增删其他文件可能使它改变`,
      });
    }
  }
}

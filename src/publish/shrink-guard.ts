/**
 * An emptied content folder (a bad merge, a wrong checkout, a deleted
 * folder) passes every check, and would replace the whole portal with an
 * empty one. So a build compares the entries it would publish with the
 * published site's, counted the same way (the search index's records: every
 * 主动公开 document and the text of its attachments, news item and
 * interaction entry; the published count is read from the site's own
 * `search-index/manifest.json`, so it needs no cache; the build's count is
 * the records integrations/phases/check.ts makes): if the new count is
 * zero, or lower by more than the site's `shrinkLimit` percent (default
 * 50), the build stops before writing anything, unless the shrink is
 * confirmed with GONGKAI_CONFIRM_SHRINK=1 or `npm run build -- --confirm-shrink`.
 */
import fs from 'node:fs';
import path from 'node:path';

export const CONFIRM_SHRINK_ENV = 'GONGKAI_CONFIRM_SHRINK';
export const CONFIRM_SHRINK_FLAG = '--confirm-shrink';

/** How many entries the site published in `outDir` has, from its search manifest; undefined when there is no published site. */
export function publishedEntryCount(outDir: string): number | undefined {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(outDir, 'search-index', 'manifest.json'), 'utf8')) as {
      shards?: { records?: number }[];
    };
    if (!Array.isArray(manifest.shards)) return undefined;
    return manifest.shards.reduce((n, s) => n + (typeof s.records === 'number' ? s.records : 0), 0);
  } catch {
    return undefined;
  }
}

export const shrinkConfirmed = (env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv) =>
  /^(1|true|yes)$/i.test(env[CONFIRM_SHRINK_ENV] ?? '') || argv.includes(CONFIRM_SHRINK_FLAG);

/**
 * The reason to stop, in words for editors, or undefined when the build may go on.
 * @param limit percent (site.yaml `shrinkLimit`)
 */
export function shrinkProblem(
  before: number | undefined,
  after: number,
  limit: number,
  confirmed: boolean,
): string | undefined {
  if (before === undefined || before === 0 || confirmed) return undefined;
  const dropped = ((before - after) / before) * 100;
  if (after > 0 && dropped <= limit) return undefined;
  const what =
    after === 0
      ? '减为 0 个（内容文件夹可能被清空或合并出错）'
      : `减为 ${after} 个，减少 ${dropped.toFixed(0)}%，超过网站设置 shrinkLimit 的 ${limit}%`;
  return (
    `已发布的网站有 ${before} 个条目，这次生成会${what}，已停止，已发布的网站没有改变。` +
    `如确需发布，请设置环境变量 ${CONFIRM_SHRINK_ENV}=1 后重新生成（或运行 npm run build -- ${CONFIRM_SHRINK_FLAG}）。`
  );
}

/**
 * `npm run number`: records the 索引号 of every published file that is not
 * yet in the register (`content/index-numbers.txt`, utils/index-registry.ts):
 * the number written in the file, else the provisional number the build
 * gives it today, so the URL already published stays. Existing lines are
 * never changed or removed. Refuses to write while the check reports a
 * 索引号 error (a changed or reused number), since registering would hide it.
 *
 *   npm run number
 */
import path from 'node:path';
import { checkContent, reportToText } from '../checks/check-content.ts';
import { PROVISIONAL } from '../checks/check-index-numbers.ts';
import { indexNumbersOf, isPublishedDisclosure } from '../catalogue/entry.ts';
import { contentRoot } from '../utils/content-root.ts';
import { cacheDirSetting } from '../utils/build-dirs.ts';
import { entryKey } from '../catalogue/index-number.ts';
import { indexNumberSlug } from '../utils/site-paths.ts';
import { addToIndexRegister, readIndexRegister, REGISTER_FILE } from '../catalogue/index-registry.ts';
import { ContentError, loadSiteSettings } from '../schemas/site-settings.ts';

export function registerIndexNumbers(root: string, cacheFile?: string): { code: number; text: string } {
  const site = loadSiteSettings(root);
  const report = checkContent(root, cacheFile ? { cacheFile } : {});
  const blocking = report.errors.filter(
    (p) => (p.field === '索引号（indexNo）' || p.field === '索引号登记') && !p.found.startsWith(PROVISIONAL),
  );
  if (blocking.length) {
    return {
      code: 1,
      text: `索引号有以下错误，改正后再运行 npm run number：\n\n${reportToText({ errors: blocking, warnings: [] })}`,
    };
  }
  const register = readIndexRegister(root);
  const { numbers } = indexNumbersOf(report.entries, site, register);
  const additions = report.entries
    .filter((e) => isPublishedDisclosure(e) && !register.byKey.has(entryKey(e)))
    .map((e) => ({ indexNo: numbers.get(entryKey(e))!, file: path.relative(root, e.path).replaceAll('\\', '/') }));
  const added = addToIndexRegister(root, additions);
  const shown = path.relative(process.cwd(), path.join(root, REGISTER_FILE));
  if (added.length === 0) return { code: 0, text: `所有已发布文件的索引号都已登记在 ${shown}，没有新增。` };
  const listed = added.slice(0, 20).map((l) => `  ${l.indexNo}  ${l.file}  →  /xxgk/${indexNumberSlug(l.indexNo)}/`);
  const more = added.length > listed.length ? [`  ……另有 ${added.length - listed.length} 个`] : [];
  return {
    code: 0,
    text: [
      `在 ${shown} 中登记了 ${added.length} 个文件的索引号：`,
      ...listed,
      ...more,
      '请把这个文件和内容文件一起提交。',
    ].join('\n'),
  };
}

if (import.meta.main) {
  try {
    const cacheFile = path.join(cacheDirSetting(), 'content-check.json');
    const { code, text } = registerIndexNumbers(contentRoot(), cacheFile);
    console.log(text);
    process.exitCode = code;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}

/**
 * `npm run new -- <type> [flags]`: creates a new content file that passes
 * the content check. Missing essentials are asked for on a terminal (or
 * taken from their defaults with --yes); the next 索引号 is assigned and
 * written into the file; the file's path and its URL are printed.
 *
 *   npm run new -- policy --title "示例省交通运输厅关于……的通知" --kind 行政规范性文件 --doc-no "示交规〔2026〕6号"
 *   npm run new -- news --title "……" --column tzgg --date "2026-03-09 10:30"
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, reportToText } from '../checks/check-content.ts';
import { indexNumbersOf } from '../catalogue/entry.ts';
import { contentRoot } from '../utils/content-root.ts';
import { nextIndexNumber } from '../catalogue/index-number.ts';
import { ContentError, loadSiteSettings } from '../schemas/site-settings.ts';
import { addToIndexRegister, readIndexRegister } from '../catalogue/index-registry.ts';
import { entryTypes, newEntryFile, type EntryType } from './entry-template.ts';
import { Asker, collectAnswers, UsageError } from './questions.ts';

const USAGE = `用法：npm run new -- <类型> [选项]
类型：${Object.entries(entryTypes)
  .map(([k, t]) => `${k}（${t.name}）`)
  .join('、')}
选项：--title 标题  --date "YYYY-MM-DD HH:MM"（发布日期，默认现在）  --slug 文件名（小写英文、数字和 -）
      --column 栏目代码（news、catalogue）  --kind 文件类别  --doc-no 发文字号（policy）
      --policy 被解读文件（interpretation，如 2026/road-rules）  --topic 一级\\二级  --publisher 发布机构或来源
      --year 报告年度（report：生成该年度格式的 statistics 统计表和六个部分的标题）
      --yes 不提问，未填写的项目用默认值`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      date: { type: 'string' },
      slug: { type: 'string' },
      column: { type: 'string' },
      kind: { type: 'string' },
      'doc-no': { type: 'string' },
      policy: { type: 'string' },
      topic: { type: 'string' },
      publisher: { type: 'string' },
      year: { type: 'string' },
      yes: { type: 'boolean', short: 'y' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const root = contentRoot();
  const site = loadSiteSettings(root);
  const cacheFile = path.join(
    process.env.GONGKAI_CACHE_DIR ?? path.join('node_modules', '.astro'),
    'content-check.json',
  );
  const before = checkContent(root, { cacheFile });
  const interactive = !values.yes && process.stdin.isTTY === true;
  const asker = new Asker(interactive);
  try {
    const answers = await collectAnswers(asker, {
      type: positionals[0],
      flags: { ...values, docNo: values['doc-no'] },
      site,
      policyIds: new Set(before.entries.filter((e) => e.collection === 'policies').map((e) => e.id)),
      exists: (relative) => fs.existsSync(path.join(root, relative)),
    });
    const type = answers.type as EntryType;
    const indexNo =
      type === 'news'
        ? undefined
        : nextIndexNumber(
            // Registered numbers of deleted files too: a number is never given twice.
            [
              ...indexNumbersOf(before.entries, site, readIndexRegister(root)).numbers.values(),
              ...readIndexRegister(root).numbers.values(),
            ],
            site.indexNumber.template,
            site.indexNumber.orgCode,
            Number(answers.publishDate.slice(0, 4)),
          );
    const file = newEntryFile(answers, site, indexNo, process.env.GONGKAI_BASE ?? '/');
    const full = path.join(root, file.relative);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, file.text, { flag: 'wx' });
    if (indexNo) addToIndexRegister(root, [{ indexNo, file: file.relative }]);
    const shown = path.relative(process.cwd(), full);
    console.log(`已创建 ${shown}${indexNo ? `（索引号 ${indexNo}）` : ''}`);
    console.log(`发布后的网址：${file.url}`);
    const after = checkContent(root, { cacheFile });
    const own = {
      errors: after.errors.filter((p) => p.file === shown),
      warnings: after.warnings.filter((p) => p.file === shown),
    };
    if (own.errors.length || own.warnings.length) {
      console.log(`\n${reportToText(own)}`);
      return own.errors.length ? 1 : 0;
    }
    console.log('检查通过。请编辑正文（和内容概述 summary），然后运行 npm run check。');
    return 0;
  } finally {
    asker.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    const badOption = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (error instanceof UsageError || error instanceof ContentError || badOption) {
      const message = (error as Error).message;
      console.error(`${message}${badOption || (error instanceof UsageError && error.showUsage) ? `\n\n${USAGE}` : ''}`);
      process.exitCode = 1;
    } else throw error;
  },
);

/**
 * What `npm run new` does, apart from the process it runs in: the content
 * folder, the check cache, whether a terminal can be asked, and where
 * messages go are given, so the tests run it in their own process (one test
 * still runs the command line itself, and one on a terminal).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, reportToText } from '../checks/check-content.ts';
import { indexNumbersOf } from '../catalogue/entry.ts';
import { nextIndexNumber } from '../catalogue/index-number.ts';
import { ContentError, loadSiteSettings } from '../schemas/site-settings.ts';
import { addToIndexRegister, readIndexRegister } from '../catalogue/index-registry.ts';
import { entryTypes, newEntryFile, type EntryType } from './entry-template.ts';
import { Asker, collectAnswers, UsageError } from './questions.ts';

export interface NewEntryOptions {
  /** The content folder. */
  root: string;
  /** The content check's cache file. */
  cacheFile: string;
  /** Whether missing essentials may be asked for (standard input is a terminal). */
  terminal: boolean;
  /** The site's base path, for the printed URL. */
  base: string;
  print: (line: string) => void;
  printError: (line: string) => void;
}

const USAGE = `用法：npm run new -- <类型> [选项]
类型：${Object.entries(entryTypes)
  .map(([k, t]) => `${k}（${t.name}）`)
  .join('、')}
选项：--title 标题  --date "YYYY-MM-DD HH:MM"（发布日期，默认现在）  --slug 文件名（小写英文、数字和 -）
      --column 栏目代码（news、catalogue）  --kind 文件类别  --doc-no 发文字号（policy）
      --policy 被解读文件（interpretation，如 2026/road-rules）  --topic 一级\\二级  --publisher 发布机构或来源
      --year 报告年度（report：生成该年度格式的 statistics 统计表和六个部分的标题）
      --yes 不提问，未填写的项目用默认值`;

async function newEntry(argv: string[], options: NewEntryOptions): Promise<number> {
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
    options.print(USAGE);
    return 0;
  }
  const { root, cacheFile, print } = options;
  const site = loadSiteSettings(root);
  const before = checkContent(root, { cacheFile });
  const interactive = !values.yes && options.terminal;
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
    const file = newEntryFile(answers, site, indexNo, options.base);
    const full = path.join(root, file.relative);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, file.text, { flag: 'wx' });
    if (indexNo) addToIndexRegister(root, [{ indexNo, file: file.relative }]);
    const shown = path.relative(process.cwd(), full);
    print(`已创建 ${shown}${indexNo ? `（索引号 ${indexNo}）` : ''}`);
    print(`发布后的网址：${file.url}`);
    const after = checkContent(root, { cacheFile });
    const own = {
      errors: after.errors.filter((p) => p.file === shown),
      warnings: after.warnings.filter((p) => p.file === shown),
    };
    if (own.errors.length || own.warnings.length) {
      print(`\n${reportToText(own)}`);
      return own.errors.length ? 1 : 0;
    }
    print('检查通过。请编辑正文（和内容概述 summary），然后运行 npm run check。');
    return 0;
  } finally {
    asker.close();
  }
}

/**
 * Runs `npm run new` with the command line's arguments; returns the exit
 * code. A usage or content error is printed (1); any other error is thrown.
 */
export async function runNewEntry(argv: string[], options: NewEntryOptions): Promise<number> {
  try {
    return await newEntry(argv, options);
  } catch (error: unknown) {
    const badOption = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (error instanceof UsageError || error instanceof ContentError || badOption) {
      const message = (error as Error).message;
      options.printError(
        `${message}${badOption || (error instanceof UsageError && error.showUsage) ? `\n\n${USAGE}` : ''}`,
      );
      return 1;
    }
    throw error;
  }
}

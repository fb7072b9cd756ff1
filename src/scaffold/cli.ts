/**
 * `npm run new -- <type> [flags]`: creates a new content file that passes
 * the content check. Missing essentials are asked for on a terminal (or
 * taken from their defaults with --yes); the next 索引号 is assigned and
 * written into the file; the file's path and its URL are printed.
 *
 *   npm run new -- policy --title "示例省交通运输厅关于……的通知" --kind 行政规范性文件 --doc-no "示交规〔2026〕6号"
 *   npm run new -- news --title "……" --column tzgg --date "2026-03-09 10:30"
 */
import path from 'node:path';
import { contentRoot } from '../utils/content-root.ts';
import { cacheDirSetting } from '../utils/build-dirs.ts';
import { runNewEntry } from './new-entry.ts';

process.exitCode = await runNewEntry(process.argv.slice(2), {
  root: contentRoot(),
  cacheFile: path.join(cacheDirSetting(), 'content-check.json'),
  terminal: process.stdin.isTTY === true,
  base: process.env.GONGKAI_BASE ?? '/',
  print: (line) => console.log(line),
  printError: (line) => console.error(line),
});

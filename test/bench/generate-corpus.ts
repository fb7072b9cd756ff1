/**
 * Synthetic content corpus for benchmarks: a complete `content/` folder of N
 * documents that passes `checkContent()` and builds, plus search-recall
 * ground truth.
 *
 *   node_modules/.bin/node test/bench/generate-corpus.ts --docs 10000 --out tmp/corpus-10k \
 *     [--seed 42] [--traditional-share 0.05] [--mdx-share 0.1] [--attachment-share 0.28]
 *
 * Output:
 *   site.yaml, pages/            copied from content/
 *   catalogue/<key>/<yyyy>/…     45 %  (every leaf column whose source is catalogue)
 *   news/<yyyy>/<mm>/…           30 %  (zwdt / tzgg)
 *   policies/<yyyy>/…            18 %  (规章 1 %, 行政规范性文件 35 %, 其他文件 64 %)
 *   interpretations/<yyyy>/…      5 %  (each points at an existing policy)
 *   reports/<yyyy>/…              2 %  (预决算 / 工作要点 / 其他报告; ≤ 1 年度报告 a year)
 *   …-附件1.{pdf,xlsx,docx,ofd}   on 28 % of non-news documents (about 20 % of all): distinct
 *                                generated files, half PDF (corpus/attachment-files.ts)
 *   ground-truth.json            [{ id, query, kind, expectedUrls }]; kinds `attachment` and
 *                                `attachment-trad` are phrases written only into attachments
 * A year folder holding more than FOLDER_LIMIT entries is split by month.
 *
 * Deterministic for a seed. Bodies are generated, scanned for the ground
 * truth and written one at a time; only light metadata is kept per document.
 *
 * The parts live in test/bench/corpus/ (planning, bodies, output, ground
 * truth); this file is the public entry and the command line.
 *
 * Ground truth follows the search oracle (test/support/recall-oracle.ts):
 * a page is expected when its title or Markdown body, folded to simplified
 * characters, contains every space-separated part of the query (folded the
 * same way); 发文字号 / 索引号 queries expect exactly their document. The
 * stand-alone pages count too. Common-term queries are kept only when at
 * most 200 pages match. Needle terms are written into bodies only, never
 * into titles, summaries or metadata, so every page showing them is known.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from './corpus/cli.ts';
import { generateCorpus } from './corpus/generate.ts';

export { generateCorpus };
export type { CorpusOptions, CorpusSummary } from './corpus/options.ts';

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    await generateCorpus(parseArgs(process.argv.slice(2)));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

/**
 * The questions `npm run new` asks: each essential comes from its flag, or
 * is asked for on a terminal (with the default shown), or takes its
 * default; every answer is checked before a file is written, so the file
 * passes the content check.
 */
import readline from 'node:readline';
import type { SiteSettings } from '../schemas/site.ts';
import { flattenCatalogue } from '../catalogue/catalogue-tree.ts';
import { isRealDate } from '../utils/dates.ts';
import { checkDocNumber } from '../utils/doc-number.ts';
import { topic } from '../schemas/fields.ts';
import {
  DEFAULT_TOPIC,
  entryTypes,
  policyKindsForNew,
  SLUG,
  type EntryType,
  type NewEntryAnswers,
} from './entry-template.ts';

export class UsageError extends Error {
  /** Whether to print the usage text after the message. */
  readonly showUsage: boolean;
  constructor(message: string, showUsage = false) {
    super(message);
    this.showUsage = showUsage;
  }
}

/** Asks on the terminal when interactive; otherwise every question takes its default (or fails without one). */
export class Asker {
  private readonly rl: readline.Interface | undefined;
  /** Lines in order, buffered: pasted answers are not lost between questions. */
  private readonly lines: AsyncIterator<string> | undefined;
  constructor(interactive: boolean) {
    if (!interactive) return;
    this.rl = readline.createInterface({ input: process.stdin, output: process.stdout });
    this.rl.on('SIGINT', () => this.rl!.close());
    this.lines = this.rl[Symbol.asyncIterator]();
  }

  private async question(prompt: string): Promise<string> {
    this.rl!.setPrompt(prompt);
    this.rl!.prompt();
    const next = await this.lines!.next();
    if (next.done) throw new UsageError('\n已取消，没有写入文件。');
    return next.value;
  }

  /** `check` returns a problem (asked again on a terminal, fatal otherwise) or undefined. */
  async ask(
    question: string,
    given: string | undefined,
    fallback: string | undefined,
    check: (v: string) => string | undefined,
  ): Promise<string> {
    if (given !== undefined) {
      const problem = check(given.trim());
      if (problem) throw new UsageError(`${question}：${problem}`);
      return given.trim();
    }
    if (!this.rl) {
      if (fallback === undefined) throw new UsageError(`缺少${question}（在终端中运行会逐项提问，或用选项填写）`, true);
      return fallback;
    }
    for (;;) {
      const answer =
        (await this.question(`${question}${fallback ? `（默认 ${fallback}）` : ''}：`)).trim() || fallback || '';
      const problem = check(answer);
      if (!problem) return answer;
      console.log(`  ${problem}`);
    }
  }

  close(): void {
    this.rl?.close();
  }
}

export interface QuestionContext {
  type: string | undefined;
  flags: Partial<
    Record<'title' | 'date' | 'slug' | 'column' | 'kind' | 'docNo' | 'policy' | 'topic' | 'publisher' | 'year', string>
  >;
  site: SiteSettings;
  policyIds: ReadonlySet<string>;
  /** Whether a file exists, relative to the content folder. */
  exists: (relative: string) => boolean;
}

/** Now in Beijing time, `YYYY-MM-DD HH:MM`. */
function beijingNow(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

const oneOf = (values: readonly string[], what: string) => (v: string) =>
  values.includes(v) ? undefined : `${what}应为以下之一：${values.join('、')}`;

export async function collectAnswers(asker: Asker, ctx: QuestionContext): Promise<NewEntryAnswers> {
  const { flags, site } = ctx;
  const typeNames = Object.keys(entryTypes);
  const type = (await asker.ask(
    `类型（${typeNames.join(' / ')}）`,
    ctx.type,
    undefined,
    oneOf(typeNames, '类型'),
  )) as EntryType;
  // A 年度报告 is named after its year: the year first, then the title it suggests.
  const year =
    type === 'report'
      ? Number(
          await asker.ask('报告年度（四位数年份）', flags.year, String(Number(beijingNow().slice(0, 4)) - 1), (v) =>
            /^\d{4}$/.test(v) && Number(v) >= 2008 ? undefined : '应为2008年以后的四位数年份，例如 2025',
          ),
        )
      : undefined;
  const title = await asker.ask(
    '标题',
    flags.title,
    year ? `${site.name}${year}年政府信息公开工作年度报告` : undefined,
    (v) => (v ? undefined : '标题不能为空'),
  );
  const date = await asker.ask('发布日期（YYYY-MM-DD HH:MM）', flags.date, beijingNow(), (v) =>
    /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/.test(v) && isRealDate(v.slice(0, 10))
      ? undefined
      : '格式应为 YYYY-MM-DD HH:MM，例如 2026-03-09 10:30',
  );
  const publishDate = date.length === 10 ? `${date} 00:00` : date;
  const answers: NewEntryAnswers = { type, title, publishDate, slug: '', year };

  if (type === 'policy') {
    answers.kind = await asker.ask(
      `文件类别（${policyKindsForNew.join(' / ')}）`,
      flags.kind,
      '其他文件',
      oneOf(policyKindsForNew, '文件类别'),
    );
    answers.docNo = await asker.ask('发文字号（没有可留空）', flags.docNo, '', (v) =>
      v ? (checkDocNumber(v) ?? undefined) : undefined,
    );
  }
  if (type === 'interpretation') {
    answers.policy = await asker.ask(
      '被解读的政策文件（content/policies 下的路径，不含 .md，如 2026/road-rules）',
      flags.policy,
      undefined,
      (v) => (ctx.policyIds.has(v) ? undefined : `没有政策文件 ${v || '（空）'}`),
    );
  }
  if (type === 'news') {
    const keys = site.newsColumns.map((c) => c.key);
    answers.column = await asker.ask(
      `栏目（${site.newsColumns.map((c) => `${c.key} ${c.name}`).join(' / ')}）`,
      flags.column,
      keys[0],
      oneOf(keys, '栏目'),
    );
  }
  if (type === 'catalogue') {
    const leaves = [...flattenCatalogue(site.catalogue).values()]
      .filter((c) => c.isLeaf && c.node.source === 'catalogue')
      .map((c) => c.node);
    answers.column = await asker.ask(
      `目录栏目（${leaves.map((n) => `${n.key} ${n.name}`).join(' / ')}）`,
      flags.column,
      undefined,
      oneOf(
        leaves.map((n) => n.key),
        '目录栏目',
      ),
    );
  }
  if (type !== 'news') {
    answers.topic = await asker.ask('主题分类（一级\\二级）', flags.topic, DEFAULT_TOPIC, (v) => {
      const result = topic.safeParse(v);
      return result.success ? undefined : result.error.issues[0]!.message;
    });
  }
  answers.publisher = flags.publisher ?? site.name;

  const folder = `${entryTypes[type].collection}/${type === 'catalogue' ? answers.column : publishDate.slice(0, 4)}`;
  const base = publishDate.slice(0, 10).replaceAll('-', '');
  let suggested = type === 'report' ? `${year}-annual-report` : base;
  const first = suggested;
  for (let n = 2; ctx.exists(`${folder}/${suggested}.md`); n++) suggested = `${first}-${n}`;
  answers.slug = await asker.ask('文件名（小写英文或拼音、数字和 -，不含 .md）', flags.slug, suggested, (v) => {
    if (!SLUG.test(v)) return '只能使用小写英文字母、数字和 -，例如 road-freight-rules';
    return ctx.exists(`${folder}/${v}.md`) ? `${folder}/${v}.md 已存在，请换一个文件名` : undefined;
  });
  return answers;
}

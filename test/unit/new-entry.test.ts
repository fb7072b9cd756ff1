/**
 * `npm run new`: run with flags into a copy of the fixture content, it
 * writes a file in the right folder with the next 索引号, prints the path
 * and URL, and the result passes the content check. The first case runs the
 * command line as a process and one runs it on a terminal; the others call
 * what the command line calls, in this process, with the same arguments.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';
import { runNewEntry } from '../../src/scaffold/new-entry.ts';
import { freshContentFolders, shown } from '../support/content-cases.ts';
import { projectRoot } from '../support/paths.ts';

const freshContent = freshContentFolders();

const cacheDir = (dir: string) => path.join(dir, '..', `${path.basename(dir)}-cache`);

/** `npm run new` as a process: what it prints and its exit code. */
function runCli(dir: string, args: string[]) {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'src/scaffold/cli.ts'), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, GONGKAI_CONTENT_DIR: dir, GONGKAI_CACHE_DIR: cacheDir(dir) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** The same in this process (no terminal, as under the spawned process's ignored standard input). */
async function runNew(dir: string, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runNewEntry(args, {
    root: dir,
    cacheFile: path.join(cacheDir(dir), 'content-check.json'),
    terminal: false,
    base: '/',
    print: (line) => out.push(`${line}\n`),
    printError: (line) => err.push(`${line}\n`),
  });
  return { code, out: out.join(''), err: err.join('') };
}

describe('npm run new', () => {
  it('writes a policy with the next 索引号 that passes the check, and prints its path and URL', () => {
    const dir = freshContent();
    const run = runCli(dir, [
      'policy',
      '--title',
      '示例省交通运输厅关于加强冬季道路运输安全管理的通知',
      '--kind',
      '行政规范性文件',
      '--doc-no',
      '示交规〔2025〕9号',
      '--date',
      '2025-12-01 09:00',
      '--slug',
      'winter-safety',
      '--topic',
      '工业、交通\\公路',
    ]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const file = path.join(dir, 'policies/2025/winter-safety.md');
    const text = fs.readFileSync(file, 'utf8');
    // The fixture's highest 2025 serial is 00004 (the interpretation); generated ones follow it.
    const indexNo = /^indexNo: (.*)$/m.exec(text)![1]!;
    expect(indexNo).toMatch(/^11990000MB0000001X\/2025-\d{5}$/);
    expect(run.out).toContain(`已创建 ${shown(dir, 'policies/2025/winter-safety.md')}（索引号 ${indexNo}）`);
    expect(run.out).toContain(`发布后的网址：/xxgk/${indexNo.replace('/', '-')}/`);
    expect(run.out).toContain('检查通过');
    const report = checkContent(dir);
    expect(report.errors).toEqual([]);
    const entry = report.entries.find((e) => e.file === shown(dir, 'policies/2025/winter-safety.md'))!;
    expect(entry.data).toMatchObject({
      kind: '行政规范性文件',
      docNo: '示交规〔2025〕9号',
      publishDate: '2025-12-01 09:00',
      indexNo,
    });
    // No other entry has that number, generated ones included.
    const numbers = report.entries.map((e) => e.data.indexNo).filter(Boolean);
    expect(numbers.filter((n) => n === indexNo)).toHaveLength(1);
  });

  it('writes news, an interpretation and a catalogue item in their folders', async () => {
    const dir = freshContent();
    const news = await runNew(dir, [
      'news',
      '--title',
      '全省春运工作会议召开',
      '--column',
      'tzgg',
      '--date',
      '2026-01-05 10:00',
      '--yes',
    ]);
    expect(news.code).toBe(0);
    expect(news.out).toContain(`已创建 ${shown(dir, 'news/2026/20260105.md')}`);
    expect(news.out).toContain('发布后的网址：/xwzx/tzgg/2026/20260105/');
    const qa = await runNew(dir, [
      'interpretation',
      '--title',
      '一图读懂信用管理办法',
      '--policy',
      '2025/freight-rules',
      '--date',
      '2026-01-06',
      '--yes',
    ]);
    expect(qa.code).toBe(0);
    // The fixture already has a 2026 entry (its number generated): the new one comes after it.
    expect(qa.out).toContain(
      `已创建 ${shown(dir, 'interpretations/2026/20260106.md')}（索引号 11990000MB0000001X/2026-00002）`,
    );
    const plan = await runNew(dir, [
      'catalogue',
      '--title',
      '2026年综合交通运输工作要点',
      '--column',
      'ghjh',
      '--date',
      '2026-01-07 08:00',
      '--slug',
      'work-points',
      '--yes',
    ]);
    expect(plan.code).toBe(0);
    expect(plan.out).toMatch(/已创建 .*catalogue\/ghjh\/work-points\.md（索引号 11990000MB0000001X\/2026-\d{5}）/);
    const report = checkContent(dir);
    expect(report.errors).toEqual([]);
    expect(report.entries.find((e) => e.id === 'ghjh/work-points')?.data).toMatchObject({
      category: 'ghjh',
      title: '2026年综合交通运输工作要点',
    });
  });

  it('writes a 年度报告 skeleton with the statistics block of the report year’s format and the six headings', async () => {
    const dir = freshContent();
    for (const [year, format] of [
      ['2023', '2021'],
      ['2019', '2019'],
      ['2016', undefined],
    ] as const) {
      const run = await runNew(dir, ['report', '--year', year, '--date', `${Number(year) + 1}-01-20 10:00`, '--yes']);
      expect(run.err, year).toBe('');
      const relative = `reports/${Number(year) + 1}/${year}-annual-report.md`;
      expect(run.out).toContain(`已创建 ${shown(dir, relative)}`);
      const text = fs.readFileSync(path.join(dir, relative), 'utf8');
      expect(text).toContain(`title: 示例省交通运输厅${year}年政府信息公开工作年度报告\n`);
      expect(text).toContain('reportType: 年度报告');
      expect(text).toContain('## 一、总体情况');
      expect(text).toContain('## 六、其他需要报告的事项');
      const entry = checkContent(dir).entries.find((e) => e.file === shown(dir, relative))!;
      expect(entry.data.year).toBe(Number(year));
      if (!format) {
        expect(text).not.toContain('statistics:');
        continue;
      }
      const statistics = entry.data.statistics as { format: string; applications: Record<string, unknown> };
      expect(statistics.format).toBe(format);
      // The 2021 format splits （六）其他处理 into three rows; the 2019 trial format has one.
      expect(typeof statistics.applications.other === 'object' && !Array.isArray(statistics.applications.other)).toBe(
        format === '2021',
      );
    }
    expect(checkContent(dir).errors).toEqual([]);
  });

  // On a terminal (util-linux `script` gives the command one), the essentials are asked for in turn.
  it.skipIf(!fs.existsSync('/usr/bin/script'))('asks for what the flags do not give, on a terminal', () => {
    const dir = freshContent();
    const cli = path.join(projectRoot, 'src/scaffold/cli.ts');
    const answers = ['news', '全省春运工作会议召开', '2026-01-05 10:00', 'tzgg', 'spring-meeting', ''].join('\r');
    const run = spawnSync('/usr/bin/script', ['-qec', `"${process.execPath}" "${cli}"`, '/dev/null'], {
      cwd: projectRoot,
      encoding: 'utf8',
      input: answers,
      env: { ...process.env, GONGKAI_CONTENT_DIR: dir, GONGKAI_CACHE_DIR: cacheDir(dir) },
      timeout: 30_000,
    });
    expect(run.stdout).toContain('栏目（zwdt 政务动态 / tzgg 通知公告）（默认 zwdt）：');
    expect(run.stdout).toContain('发布后的网址：/xwzx/tzgg/2026/spring-meeting/');
    const text = fs.readFileSync(path.join(dir, 'news/2026/spring-meeting.md'), 'utf8');
    expect(text).toContain('title: 全省春运工作会议召开\ncolumn: tzgg\npublishDate: "2026-01-05 10:00"');
  });

  it('refuses what would not pass, saying why, and writes nothing', async () => {
    const dir = freshContent();
    const count = () => (fs.readdirSync(dir, { recursive: true }) as string[]).length;
    const before = count();
    expect(await runNew(dir, ['policy', '--yes'])).toMatchObject({ code: 1, err: expect.stringContaining('缺少标题') });
    expect(await runNew(dir, ['interpretation', '--title', 'x', '--policy', '2025/nope', '--yes'])).toMatchObject({
      code: 1,
      err: expect.stringContaining('没有政策文件 2025/nope'),
    });
    expect((await runNew(dir, ['policy', '--title', 'x', '--doc-no', '示交规〔2025〕09号', '--yes'])).err).toContain(
      '序号不能以0开头',
    );
    expect((await runNew(dir, ['news', '--title', 'x', '--column', 'nosuch', '--yes'])).err).toContain(
      '栏目应为以下之一：zwdt、tzgg',
    );
    expect((await runNew(dir, ['policy', '--title', 'x', '--slug', '道路', '--yes'])).err).toContain(
      '只能使用小写英文字母、数字和 -',
    );
    expect((await runNew(dir, ['poster', '--title', 'x'])).err).toContain(
      '类型应为以下之一：policy、interpretation、news、catalogue、report',
    );
    expect((await runNew(dir, ['policy', '--titel', 'x'])).err).toContain('用法：npm run new');
    expect(count()).toBe(before);
  });
});

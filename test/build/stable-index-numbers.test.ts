/**
 * Stable 索引号 in a real build: documents added with a higher written
 * number or back-dated without one leave every published page at its URL;
 * an edited number stops the build with the file, both URLs and the fix;
 * GONGKAI_STRICT=1 refuses an unregistered number.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { replaceIn, writeFixtureContent } from '../support/fixture-content.ts';
import { pageExists, readPage } from '../support/html.ts';
import { testTmp } from '../support/paths.ts';

const content = path.join(testTmp, 'stable-numbers-content');
const dist = path.join(testTmp, 'stable-numbers-dist');

/** The registered number of a fixture file, read from the fixture's register. */
function registered(file: string): string {
  const line = fs
    .readFileSync(path.join(content, 'index-numbers.txt'), 'utf8')
    .split('\n')
    .find((l) => l.endsWith(` ${file}`));
  return line!.split(' ')[0]!;
}
const urlOf = (indexNo: string) => `/xxgk/${indexNo.replaceAll('/', '-')}/`;

const plan = (name: string, title: string, date: string, indexNo?: string) =>
  [
    '---',
    `title: ${title}`,
    'publisher: 示例省交通运输厅',
    `publishDate: "${date}"`,
    'topic: 工业、交通\\公路',
    'category: ghjh',
    ...(indexNo ? [`indexNo: ${indexNo}`] : []),
    '---',
    '',
    `${title}正文。`,
    '',
  ].join('\n');

describe('a build after documents were added and back-dated', () => {
  let result: BuildResult;
  let kept: { file: string; title: string; indexNo: string }[];
  beforeAll(() => {
    writeFixtureContent(content);
    // Files the fixture does not number itself (their number is in the register only), one per year.
    kept = [
      {
        file: 'catalogue/ghjh/plan-01.md',
        title: '规划计划测试条目1',
        indexNo: registered('catalogue/ghjh/plan-01.md'),
      },
      {
        file: 'catalogue/ghjh/plan-02.md',
        title: '规划计划测试条目2',
        indexNo: registered('catalogue/ghjh/plan-02.md'),
      },
    ];
    const dir = path.join(content, 'catalogue', 'ghjh');
    // Before the register, each of these renumbered every unnumbered document of its year.
    fs.writeFileSync(
      path.join(dir, 'late-high.md'),
      plan('late-high', '写明较大索引号的新文件', '2025-12-30 10:00', '11990000MB0000001X/2025-00090'),
    );
    fs.writeFileSync(
      path.join(dir, 'back-dated-2024.md'),
      plan('back-dated-2024', '补发的2024年文件', '2024-01-02 09:00'),
    );
    fs.writeFileSync(
      path.join(dir, 'back-dated-2025.md'),
      plan('back-dated-2025', '补发的2025年文件', '2025-01-02 09:00'),
    );
    fs.rmSync(path.join(dir, 'plan-03.md'));
    fs.rmSync(dist, { recursive: true, force: true });
    result = buildSite(content, dist);
  });

  it('keeps every registered page at its URL', () => {
    expect(result.status, result.output).toBe(0);
    for (const k of kept) {
      expect(k.indexNo).toMatch(/^11990000MB0000001X\/202[45]-\d{5}$/);
      expect(readPage(dist, urlOf(k.indexNo))('h1').text()).toContain(k.title);
    }
  });

  it('gives new unnumbered files numbers no file ever had, and says they are provisional', () => {
    expect(result.output).toContain('catalogue/ghjh/back-dated-2025.md');
    const provisional = /back-dated-2025\.md[\s\S]*?本次暂定为 (\S+?)（网址 (\S+?)）/.exec(result.output);
    expect(provisional, result.output).not.toBeNull();
    // After the highest serial written or registered in 2025 (the new file's 00090).
    expect(provisional![1]).toBe('11990000MB0000001X/2025-00091');
    expect(readPage(dist, provisional![2]!)('h1').text()).toContain('补发的2025年文件');
    // The deleted file's number is not handed out again: its page is simply gone.
    expect(pageExists(dist, urlOf(registered('catalogue/ghjh/plan-03.md')))).toBe(false);
  });
});

describe('a build where a published number was edited', () => {
  it('stops before publishing, naming the file, the old and the new URL and what to do', () => {
    writeFixtureContent(content);
    const old = registered('catalogue/ghjh/plan-01.md');
    replaceIn(
      content,
      'catalogue/ghjh/plan-01.md',
      'category: ghjh',
      'category: ghjh\nindexNo: 11990000MB0000001X/2025-00077',
    );
    const out = path.join(testTmp, 'stable-numbers-edited-dist');
    fs.rmSync(out, { recursive: true, force: true });
    const result = buildSite(content, out);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('catalogue/ghjh/plan-01.md');
    expect(result.output).toContain(`网址会从 ${urlOf(old)} 变为 /xxgk/11990000MB0000001X-2025-00077/`);
    expect(result.output).toContain(`如是误改，把 indexNo 改回 ${old}`);
    expect(fs.existsSync(path.join(out, 'index.html'))).toBe(false);
  });

  it('refuses an unregistered number when GONGKAI_STRICT=1', () => {
    writeFixtureContent(content);
    fs.writeFileSync(
      path.join(content, 'catalogue', 'ghjh', 'unregistered.md'),
      plan('unregistered', '没有登记的文件', '2025-03-01 10:00'),
    );
    const out = path.join(testTmp, 'stable-numbers-strict-dist');
    fs.rmSync(out, { recursive: true, force: true });
    const result = buildSite(content, out, { GONGKAI_STRICT: '1' });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('catalogue/ghjh/unregistered.md');
    expect(result.output).toContain('运行 npm run number');
  });
});

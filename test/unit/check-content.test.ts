/**
 * The content checker over a whole content folder. Each case starts from a
 * fresh copy of the good fixture site in a temp folder, changes one thing and
 * checks the exact problem reported.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, reportToText, type CheckReport } from '../../src/checks/check-content.ts';
import { GENERATED_PLAN_ITEMS, replaceIn, writeFixtureContent } from '../support/fixture-content.ts';

let tmpRoot = '';
let cases = 0;

beforeAll(() => {
  tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-check-'));
});

afterAll(() => {
  if (tmpRoot) fs.rmSync(tmpRoot, { recursive: true, force: true });
});

/** A fresh, complete, good content folder. */
function freshContent(): string {
  const dir = path.join(tmpRoot, `case-${++cases}`);
  writeFixtureContent(dir);
  return dir;
}

/** How the checker names a file: relative to the working directory. */
function shown(dir: string, relative: string): string {
  return path.join(path.relative(process.cwd(), dir) || '.', relative);
}

function write(dir: string, relative: string, content: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
  fs.writeFileSync(path.join(dir, relative), content);
}

function markdown(frontmatter: string[], body = '正文。'): string {
  return ['---', ...frontmatter, '---', '', body, ''].join('\n');
}

function countEntryFiles(dir: string): number {
  let n = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('_')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) n += countEntryFiles(full);
    else if (/\.mdx?$/.test(entry.name)) n++;
  }
  return n;
}

const POLICY_EXPECTED = '已存在的政策文件的文件名（content/policies 下的路径，不含 .md）';

describe('checkContent on the good fixture', () => {
  let dir = '';
  let report: CheckReport;
  beforeAll(() => {
    dir = freshContent();
    report = checkContent(dir);
  });

  it('reports no errors and no warnings', () => {
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(reportToText(report)).toBe('');
  });

  it('returns every entry, with ids and normalised data', () => {
    expect(report.entries).toHaveLength(countEntryFiles(dir));
    expect(report.entries.filter((e) => e.collection === 'catalogue')).toHaveLength(GENERATED_PLAN_ITEMS);
    const policy = report.entries.find((e) => e.collection === 'policies' && e.id === '2025/freight-rules');
    expect(policy?.file).toBe(shown(dir, 'policies/2025/freight-rules.md'));
    expect(policy?.data.publishDate).toBe('2025-03-10 09:30');
    expect(policy?.data.publisher).toEqual(['示例省交通运输厅', '示例省发展和改革委员会']);
    expect(report.entries.some((e) => e.collection === 'pages' && e.id === 'zwgk/zn')).toBe(true);
  });
});

describe('checkContent cross-checks', () => {
  it('reports an interpretation of a policy that does not exist', () => {
    const dir = freshContent();
    replaceIn(dir, 'interpretations/freight-rules-qa.md', 'policy: 2025/freight-rules', 'policy: 2025/does-not-exist');
    expect(checkContent(dir).errors).toEqual([
      {
        file: shown(dir, 'interpretations/freight-rules-qa.md'),
        field: '所解读文件（policy）',
        expected: POLICY_EXPECTED,
        found: '"2025/does-not-exist"，没有这个政策文件',
      },
    ]);
  });

  it('reports replacedBy naming a policy that does not exist', () => {
    const dir = freshContent();
    replaceIn(dir, 'policies/2024/freight-rules-old.md', 'replacedBy: 2025/freight-rules', 'replacedBy: 2025/freight-rule');
    expect(checkContent(dir).errors).toEqual([
      {
        file: shown(dir, 'policies/2024/freight-rules-old.md'),
        field: '替代文件（replacedBy）',
        expected: POLICY_EXPECTED,
        found: '"2025/freight-rule"，没有这个政策文件',
      },
    ]);
  });

  it('reports an indexNo used by two files, against the second one', () => {
    const dir = freshContent();
    replaceIn(
      dir,
      'interpretations/freight-rules-qa.md',
      'indexNo: 11990000MB0000001X/2025-00004',
      'indexNo: 11990000MB0000001X/2025-00003',
    );
    expect(checkContent(dir).errors).toEqual([
      {
        file: shown(dir, 'interpretations/freight-rules-qa.md'),
        field: '索引号（indexNo）',
        expected: `全站唯一的索引号；该号已被 ${shown(dir, 'policies/2025/freight-rules.md')} 使用`,
        found: '"11990000MB0000001X/2025-00003"',
      },
    ]);
  });

  it('warns about an explicit indexNo that does not follow the template', () => {
    const dir = freshContent();
    replaceIn(dir, 'interpretations/freight-rules-qa.md', 'indexNo: 11990000MB0000001X/2025-00004', 'indexNo: OTHER-2025-4');
    const report = checkContent(dir);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([
      {
        file: shown(dir, 'interpretations/freight-rules-qa.md'),
        field: '索引号（indexNo）',
        expected: '符合本站索引号规则 {orgCode}/{yyyy}-{seq:05}',
        found: '"OTHER-2025-4"',
      },
    ]);
  });

  it('reports a catalogue item with an unknown category, listing the valid keys', () => {
    const dir = freshContent();
    write(
      dir,
      'catalogue/misc/unknown.md',
      markdown(['title: 未知栏目条目', 'publisher: 示例省交通运输厅', 'publishDate: "2025-05-01 10:00"', 'topic: 其他', 'category: nosuch']),
    );
    const { errors } = checkContent(dir);
    expect(errors).toHaveLength(1);
    const [e] = errors;
    expect(e!.file).toBe(shown(dir, 'catalogue/misc/unknown.md'));
    expect(e!.field).toBe('所属栏目（category）');
    expect(e!.found).toBe('"nosuch"');
    expect(e!.expected).toMatch(/^以下栏目代码之一：/);
    expect(e!.expected).toContain('ghjh（规划计划）');
    expect(e!.expected).toContain('jyta（建议提案办理）');
    // Only leaves that take catalogue items: no parents, no policy/report/interpretation columns.
    const keys = [...e!.expected.matchAll(/([a-z][a-z0-9-]*)（/g)].map((m) => m[1]);
    expect(keys).toEqual(['jgzn', 'ghjh', 'tjxx', 'xzxk', 'xzcf', 'sf', 'zfcg', 'zdjsxm', 'msbz', 'yjgl', 'jdjc', 'rsxx', 'jyta', 'qzqd']);
  });

  it('reports a catalogue item placed in a parent column', () => {
    const dir = freshContent();
    replaceIn(dir, 'catalogue/ghjh/plan-01.md', 'category: ghjh', 'category: qtxx');
    const { errors } = checkContent(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: shown(dir, 'catalogue/ghjh/plan-01.md'), field: '所属栏目（category）', found: '"qtxx"' });
  });

  it('reports a news item in an unknown column', () => {
    const dir = freshContent();
    replaceIn(dir, 'news/meeting.md', 'column: zwdt', 'column: gonggao');
    expect(checkContent(dir).errors).toEqual([
      {
        file: shown(dir, 'news/meeting.md'),
        field: '栏目（column）',
        expected: '以下栏目代码之一：zwdt（政务动态）、tzgg（通知公告）',
        found: '"gonggao"',
      },
    ]);
  });

  it('reports an attachment that is listed but missing', () => {
    const dir = freshContent();
    fs.rmSync(path.join(dir, 'policies/2025/附件1-评价指标.pdf'));
    const { errors } = checkContent(dir);
    expect(errors).toHaveLength(1);
    const [e] = errors;
    expect(e!.file).toBe(shown(dir, 'policies/2025/freight-rules.md'));
    expect(e!.field).toContain('文件名（attachments[0].file）');
    expect(e!.field.startsWith('附件')).toBe(true);
    expect(e!.expected).toBe('与本文件在同一文件夹中的附件文件');
    expect(e!.found).toBe('"附件1-评价指标.pdf"，文件夹中没有这个文件');
  });

  it('reports a page at a reserved path', () => {
    const dir = freshContent();
    write(dir, 'pages/xxgk/foo.md', markdown(['title: 冒用系统地址', 'updated: 2025-01-01']));
    write(dir, 'pages/search.md', markdown(['title: 搜索', 'updated: 2025-01-01']));
    write(dir, 'pages/zwgk/nb/2024.md', markdown(['title: 年报', 'updated: 2025-01-01']));
    const { errors } = checkContent(dir);
    expect(errors.map((e) => [e.file, e.field, e.found])).toEqual([
      [shown(dir, 'pages/search.md'), '文件位置', '/search/'],
      [shown(dir, 'pages/xxgk/foo.md'), '文件位置', '/xxgk/foo/'],
      [shown(dir, 'pages/zwgk/nb/2024.md'), '文件位置', '/zwgk/nb/2024/'],
    ]);
    expect(errors[0]!.expected).toMatch(/^页面路径不能使用系统保留的地址：index、zwgk、zwgk\/index、xxgk、xwzx、search、/);
  });

  it('reports a page that would replace the 政务公开 hub', () => {
    const dir = freshContent();
    write(dir, 'pages/zwgk.md', markdown(['title: 政务公开', 'updated: 2025-01-01']));
    expect(checkContent(dir).errors.map((e) => [e.field, e.found])).toEqual([['文件位置', '/zwgk/']]);
  });

  it('reports a misspelt field with the name the editor probably meant', () => {
    const dir = freshContent();
    write(dir, 'news/typo.md', markdown(['title: 标题', 'column: zwdt', 'publishDate: "2025-04-02 16:20"', 'source: 办公室', 'sumary: 摘要']));
    expect(checkContent(dir).errors).toEqual([
      {
        file: shown(dir, 'news/typo.md'),
        field: '未知字段（sumary）',
        expected: '只能使用已定义的字段；是不是要写 summary（内容概述）？',
        found: 'sumary: "摘要"',
      },
    ]);
  });

  it('allows page paths that only start with the same letters as a reserved one', () => {
    const dir = freshContent();
    write(dir, 'pages/xxgkzn.md', markdown(['title: 指南', 'updated: 2025-01-01']));
    write(dir, 'pages/zwgk/nbsm.md', markdown(['title: 年报说明', 'updated: 2025-01-01']));
    expect(checkContent(dir).errors).toEqual([]);
  });

  it('reports a file without frontmatter', () => {
    const dir = freshContent();
    write(dir, 'pages/plain.md', '# 没有信息头\n\n正文。\n');
    expect(checkContent(dir).errors).toEqual([
      {
        file: shown(dir, 'pages/plain.md'),
        field: '信息头（frontmatter）',
        expected: '文件开头应有以 --- 开始和结束的信息头（frontmatter）',
        found: '无法读取',
      },
    ]);
  });

  it('reports a file with broken YAML', () => {
    const dir = freshContent();
    write(dir, 'news/broken.md', markdown(['title: [未闭合', 'column: zwdt']));
    const { errors } = checkContent(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: shown(dir, 'news/broken.md'), field: '信息头（frontmatter）', found: '无法读取' });
    expect(errors[0]!.expected).toMatch(/^信息头不是有效的 YAML：\S/);
  });

  it('reports a field written twice as broken YAML', () => {
    const dir = freshContent();
    write(dir, 'pages/twice.md', markdown(['title: 一', 'title: 二', 'updated: 2025-01-01']));
    const { errors } = checkContent(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.file).toBe(shown(dir, 'pages/twice.md'));
    expect(errors[0]!.expected).toMatch(/^信息头不是有效的 YAML：/);
  });

  it('reports schema problems with file, field, expected and found', () => {
    const dir = freshContent();
    replaceIn(dir, 'policies/2024/winter-plan.md', 'docNo: 示交运〔2024〕17号', 'docNo: 示交运〔2024〕017号');
    expect(checkContent(dir).errors).toEqual([
      {
        file: shown(dir, 'policies/2024/winter-plan.md'),
        field: '发文字号（docNo）',
        expected: '序号不能以0开头，例如 3号 而不是 03号',
        found: '"示交运〔2024〕017号"',
      },
    ]);
  });

  it('reports all problems at once, across files and within one file', () => {
    const dir = freshContent();
    replaceIn(dir, 'interpretations/freight-rules-qa.md', 'policy: 2025/freight-rules', 'policy: 2025/nope');
    replaceIn(dir, 'news/meeting.md', 'column: zwdt', 'column: gonggao');
    replaceIn(dir, 'policies/2024/winter-plan.md', 'genre: 通知', 'genre: 说明');
    replaceIn(dir, 'policies/2024/winter-plan.md', 'topic: 工业、交通\\公路', 'topic: 交通');
    write(dir, 'pages/plain.md', '没有信息头\n');
    fs.rmSync(path.join(dir, 'policies/2025/附件1-评价指标.pdf'));
    const { errors } = checkContent(dir);
    expect(errors.map((e) => [e.file, e.field.replace(/^.*（(.*)）$/, '$1')]).sort()).toEqual(
      [
        [shown(dir, 'interpretations/freight-rules-qa.md'), 'policy'],
        [shown(dir, 'news/meeting.md'), 'column'],
        [shown(dir, 'pages/plain.md'), 'frontmatter'],
        [shown(dir, 'policies/2024/winter-plan.md'), 'genre'],
        [shown(dir, 'policies/2024/winter-plan.md'), 'topic'],
        [shown(dir, 'policies/2025/freight-rules.md'), 'attachments[0].file'],
      ].sort(),
    );
  });

  it('leaves entries that are not 主动公开 out of the 索引号 checks', () => {
    const dir = freshContent();
    // withheld.md is 不予公开: a duplicate number there is not an error …
    replaceIn(dir, 'policies/2024/withheld.md', 'kind: 其他文件', 'kind: 其他文件\nindexNo: 11990000MB0000001X/2025-00003');
    expect(checkContent(dir)).toMatchObject({ errors: [], warnings: [] });
    // … nor is a number that does not follow the template.
    replaceIn(dir, 'policies/2024/withheld.md', '11990000MB0000001X/2025-00003', 'NOT-OURS-1');
    expect(checkContent(dir)).toMatchObject({ errors: [], warnings: [] });
  });

  it('does check 索引号 of the same entry once it is 主动公开', () => {
    const dir = freshContent();
    replaceIn(
      dir,
      'policies/2024/withheld.md',
      'disclosure: 不予公开',
      'disclosure: 主动公开\nindexNo: 11990000MB0000001X/2025-00003',
    );
    // 2024/withheld.md is read before 2025/freight-rules.md, so the later file is reported.
    expect(checkContent(dir).errors).toEqual([
      {
        file: shown(dir, 'policies/2025/freight-rules.md'),
        field: '索引号（indexNo）',
        expected: `全站唯一的索引号；该号已被 ${shown(dir, 'policies/2024/withheld.md')} 使用`,
        found: '"11990000MB0000001X/2025-00003"',
      },
    ]);
  });

  it('ignores files and folders starting with _', () => {
    const dir = freshContent();
    const before = checkContent(dir).entries.length;
    write(dir, 'policies/_draft.md', '没有信息头的草稿\n');
    write(dir, 'policies/_old/2023/bad.md', markdown(['title: [坏的']));
    write(dir, 'news/2025/_wip.md', markdown(['title: 草稿', 'column: nosuch']));
    write(dir, 'pages/_drafts/xxgk.md', markdown(['title: 草稿']));
    const report = checkContent(dir);
    expect(report.errors).toEqual([]);
    expect(report.entries).toHaveLength(before);
    expect(report.entries.some((e) => e.id.includes('_'))).toBe(false);
  });
});

describe('checkContent on site.yaml', () => {
  it('reports a broken site.yaml against site.yaml and checks nothing else', () => {
    const dir = freshContent();
    replaceIn(dir, 'site.yaml', 'siteCode: "9900000001"', 'siteCode: "12345"');
    const report = checkContent(dir);
    expect(report.entries).toEqual([]);
    expect(report.errors).toHaveLength(1);
    const [e] = report.errors;
    expect(e!.file).toBe(shown(dir, 'site.yaml'));
    expect(e!.field).toBe('整个文件');
    expect(e!.expected).toBe('有效的网站设置');
    expect(e!.found).toContain('网站设置有 1 处错误');
    expect(e!.found).toContain('字段：网站标识码（siteCode）');
    expect(e!.found).toContain('要求：应为10位数字，或 bm 加8位数字');
    expect(e!.found).toContain('实际："12345"');
  });

  it('reports site.yaml that is not valid YAML', () => {
    const dir = freshContent();
    replaceIn(dir, 'site.yaml', 'name: 示例省交通运输厅', 'name: [示例省交通运输厅');
    const report = checkContent(dir);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]!.file).toBe(shown(dir, 'site.yaml'));
    expect(report.errors[0]!.found).toContain('无法读取');
  });

  it('reports a missing site.yaml', () => {
    const dir = freshContent();
    fs.rmSync(path.join(dir, 'site.yaml'));
    const report = checkContent(dir);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ file: shown(dir, 'site.yaml'), field: '整个文件', expected: '有效的网站设置' });
  });

  it('reports a duplicate catalogue key and still checks the entries', () => {
    const dir = freshContent();
    replaceIn(dir, 'site.yaml', '{ key: qzqd, name: 权责清单', '{ key: jyta, name: 权责清单');
    const report = checkContent(dir);
    expect(report.errors).toEqual([
      {
        file: shown(dir, 'site.yaml'),
        field: '信息公开目录（catalogue）',
        expected: '栏目代码不重复',
        found: '栏目代码“jyta”重复，每个栏目代码只能使用一次',
      },
    ]);
    expect(report.entries.length).toBeGreaterThan(0);
  });
});

describe('reportToText', () => {
  it('groups problems by file with 要求 and 实际 lines', () => {
    const dir = freshContent();
    replaceIn(dir, 'policies/2024/winter-plan.md', 'genre: 通知', 'genre: 说明');
    replaceIn(dir, 'policies/2024/winter-plan.md', 'docNo: 示交运〔2024〕17号', 'docNo: 示交运[2024]17号');
    replaceIn(dir, 'news/meeting.md', 'column: zwdt', 'column: gonggao');
    replaceIn(dir, 'interpretations/freight-rules-qa.md', 'indexNo: 11990000MB0000001X/2025-00004', 'indexNo: OTHER-2025-4');
    const report = checkContent(dir);
    expect(report.errors).toHaveLength(3);
    expect(report.warnings).toHaveLength(1);
    const text = reportToText(report);
    const lines = text.split('\n');

    expect(lines[0]).toBe('发现 3 个错误，网站未生成：');
    const policyFile = shown(dir, 'policies/2024/winter-plan.md');
    // Each file is a heading once, however many problems it has.
    expect(lines.filter((l) => l === policyFile)).toHaveLength(1);
    expect(lines.filter((l) => l === shown(dir, 'news/meeting.md'))).toHaveLength(1);
    expect(lines.filter((l) => l.trim().startsWith('要求：'))).toHaveLength(4);
    expect(lines.filter((l) => l.trim().startsWith('实际：'))).toHaveLength(4);
    expect(text).toContain('  · 体裁（genre）\n      要求：应为以下之一：');
    expect(text).toContain('      实际："示交运[2024]17号"');
    expect(text).toContain('      实际："gonggao"');

    // Both problems of the policy follow its heading, before the next file.
    const head = lines.indexOf(policyFile);
    const block = lines.slice(head + 1, head + 7);
    expect(block.filter((l) => l.startsWith('  · '))).toHaveLength(2);

    expect(text).toContain('\n\n1 个提醒（不影响生成）：\n');
    expect(text.split('1 个提醒（不影响生成）：')[1]).toContain(shown(dir, 'interpretations/freight-rules-qa.md'));
  });

  it('prints only warnings when there are no errors', () => {
    const text = reportToText({
      entries: [],
      errors: [],
      warnings: [{ file: 'content/a.md', field: '索引号（indexNo）', expected: '符合规则', found: '"X"' }],
    });
    expect(text).toBe('1 个提醒（不影响生成）：\ncontent/a.md\n  · 索引号（indexNo）\n      要求：符合规则\n      实际："X"');
  });
});

describe('MDX in the bulk collections', () => {
  const plan = ['title: 规划', 'publisher: 示例省交通运输厅', 'publishDate: "2025-05-01 10:00"', 'topic: 工业、交通\\公路', 'category: ghjh'];

  it('accepts plain Markdown in an .mdx file', () => {
    const dir = freshContent();
    write(dir, 'catalogue/ghjh/plain.mdx', markdown(plan, '## 小标题\n\n正文。'));
    expect(checkContent(dir).errors).toEqual([]);
  });

  it('rejects components and imports, pointing editors to content/pages', () => {
    const dir = freshContent();
    write(dir, 'catalogue/ghjh/component.mdx', markdown(plan, "import Chart from '../../components/Chart.astro';\n\n<Chart />"));
    expect(checkContent(dir).errors).toEqual([
      {
        file: shown(dir, 'catalogue/ghjh/component.mdx'),
        field: '正文',
        expected: '此栏目的正文只能使用 Markdown；需要组件（import、<组件>、{表达式}）的内容请放在 content/pages',
        found: '含有 MDX 组件或 import',
      },
    ]);
  });
});

/**
 * 检查指标 freshness: blank columns and columns not updated within their
 * window (defaults from the 检查指标: 动态 2周, 通知公告 and first-level
 * 政策文件 6个月; or updateWithin in site.yaml), the home page within 2周,
 * and the 单项否决 counts, as reminders apart from the warnings, as of the
 * check's `today`.
 */
import { describe, expect, it } from 'vitest';
import { checkContent, reportToText } from '../../../src/checks/check-content.ts';
import { defaultWindow } from '../../../src/checks/check-freshness.ts';
import { daysBetween, parseUpdateWindow, windowStart } from '../../../src/utils/update-window.ts';
import { freshContentFolders, markdown, shown, write } from '../../support/content-cases.ts';
import { replaceIn } from '../../support/fixture-content.ts';

const freshContent = freshContentFolders();
const TODAY = '2026-06-01';
const BLANK_EXPECTED =
  '栏目中有内容（检查指标：不应有空白栏目）；本机关确实没有此类信息的，给该栏目写 emptyNote，例如 emptyNote: 本机关无此类信息，栏目页会显示这句说明';

const freshness = (dir: string, today = TODAY) => checkContent(dir, { today }).freshness;
const byField = (dir: string, field: string, today = TODAY) => freshness(dir, today).filter((f) => f.field === field);

function writeNewsItem(dir: string, name: string, column: string, date: string): void {
  write(
    dir,
    `news/${name}.md`,
    markdown([`title: 新闻${name}`, `column: ${column}`, `publishDate: "${date} 09:00"`, 'source: 办公室'], '正文。'),
  );
}

describe('update windows', () => {
  it('reads 天, 周 and 个月, and 不检查', () => {
    expect(parseUpdateWindow('14天')).toEqual({ amount: 14, unit: '天', text: '14天' });
    expect(parseUpdateWindow('2周')).toEqual({ amount: 2, unit: '周', text: '2周' });
    expect(parseUpdateWindow('不检查')).toBeUndefined();
  });

  it('counts back from today: days, weeks, and calendar months kept within the month', () => {
    expect(windowStart('2026-06-01', parseUpdateWindow('2周')!)).toBe('2026-05-18');
    expect(windowStart('2026-06-01', parseUpdateWindow('14天')!)).toBe('2026-05-18');
    expect(windowStart('2026-06-01', parseUpdateWindow('6个月')!)).toBe('2025-12-01');
    expect(windowStart('2026-05-31', parseUpdateWindow('3个月')!)).toBe('2026-02-28');
    expect(windowStart('2026-01-15', parseUpdateWindow('1个月')!)).toBe('2025-12-15');
    expect(daysBetween('2025-04-02', '2026-06-01')).toBe(425);
  });

  it('defaults by the 检查指标: 动态 and 要闻 2周, 通知公告 and first-level 政策文件 6个月, others none', () => {
    expect(defaultWindow({ name: '政务动态', news: true })).toBe('2周');
    expect(defaultWindow({ name: '交通要闻', news: true })).toBe('2周');
    expect(defaultWindow({ name: '通知公告', news: true })).toBe('6个月');
    expect(defaultWindow({ name: '政策文件', source: 'policies', topLevel: true })).toBe('6个月');
    expect(defaultWindow({ name: '规章', source: 'policies', topLevel: false })).toBeUndefined();
    expect(defaultWindow({ name: '规划计划', source: 'catalogue', topLevel: true })).toBeUndefined();
  });
});

describe('column freshness', () => {
  it('reports a 动态 column not updated for 2 weeks, with its newest item, at its line in site.yaml', () => {
    const dir = freshContent();
    expect(byField(dir, '新闻栏目 › 政务动态（zwdt） › 更新周期')).toEqual([
      {
        file: shown(dir, 'site.yaml'),
        line: 52,
        field: '新闻栏目 › 政务动态（zwdt） › 更新周期',
        expected:
          '每2周至少更新一次，最近一条应不早于 2026-05-18（检查指标：动态、要闻类栏目2周内应有更新；可在 site.yaml 中给栏目写 updateWithin 修改，例如 updateWithin: 1个月）',
        found: '最近一条“省交通运输厅召开全省道路运输安全工作会议”发布于 2025-04-02，已 425 天未更新',
      },
    ]);
    // The last day of the window still counts; the day before does not.
    writeNewsItem(dir, 'edge', 'zwdt', '2026-05-18');
    expect(byField(dir, '新闻栏目 › 政务动态（zwdt） › 更新周期')).toEqual([]);
    expect(byField(dir, '新闻栏目 › 政务动态（zwdt） › 更新周期', '2026-06-02')).toHaveLength(1);
  });

  it('reports the first-level 政策文件 column after 6 months, counting its sub-columns', () => {
    const dir = freshContent();
    const field = '信息公开目录 › 政策文件（zcwj） › 更新周期';
    expect(byField(dir, field)).toEqual([
      {
        file: shown(dir, 'site.yaml'),
        line: 64,
        field,
        expected:
          '每6个月至少更新一次，最近一条应不早于 2025-12-01（检查指标：通知公告、政策文件类栏目6个月内应有更新；可在 site.yaml 中给栏目写 updateWithin 修改，例如 updateWithin: 1个月）',
        found: '最近一条“示例省道路货物运输经营者信用管理办法”发布于 2025-03-10，已 448 天未更新',
      },
    ]);
    expect(byField(dir, field, '2025-09-10')).toEqual([]);
  });

  it('reports a blank column, unless it says why (emptyNote) or shows data lists', () => {
    const dir = freshContent();
    const blank = freshness(dir).filter((f) => f.found === '栏目中没有已发布的条目');
    expect(blank.find((f) => f.field === '信息公开目录 › 机构职能（jgzn）')).toEqual({
      file: shown(dir, 'site.yaml'),
      line: 79,
      field: '信息公开目录 › 机构职能（jgzn）',
      expected: BLANK_EXPECTED,
      found: '栏目中没有已发布的条目',
    });
    expect(blank.find((f) => f.field === '新闻栏目 › 通知公告（tzgg）')!.expected).toBe(
      '栏目中有内容（检查指标：不应有空白栏目）；不再使用的栏目请从 site.yaml 的 newsColumns 中删去',
    );
    const fields = blank.map((f) => f.field);
    // 行政事业性收费 has an emptyNote, 行政许可 shows a data list, 规划计划 has items; parents are not blank themselves.
    for (const quiet of ['行政事业性收费（sf）', '行政许可（xzxk）', '规划计划（ghjh）', '其他法定公开信息（qtxx）']) {
      expect(fields).not.toContain(`信息公开目录 › ${quiet}`);
    }
    replaceIn(
      dir,
      'site.yaml',
      'description: 机构职能、内设机构、办公地址、办公时间、联系方式和负责人信息',
      'description: 机构职能\n    emptyNote: 机构职能见“机构概况”页面。',
    );
    expect(freshness(dir).map((f) => f.field)).not.toContain('信息公开目录 › 机构职能（jgzn）');
  });

  it('takes the window a column sets, or none (不检查)', () => {
    const dir = freshContent();
    replaceIn(
      dir,
      'site.yaml',
      '    description: 本厅重要会议、工作部署和行业动态',
      '    description: 本厅重要会议、工作部署和行业动态\n    updateWithin: 不检查',
    );
    replaceIn(
      dir,
      'site.yaml',
      '    description: 交通运输发展规划、专项规划和年度计划',
      '    description: 交通运输发展规划、专项规划和年度计划\n    updateWithin: 3个月',
    );
    expect(byField(dir, '新闻栏目 › 政务动态（zwdt） › 更新周期')).toEqual([]);
    const [plans] = byField(dir, '信息公开目录 › 规划计划（ghjh） › 更新周期');
    expect(plans!.expected).toBe(
      '每3个月至少更新一次，最近一条应不早于 2026-03-01（本站设置的更新周期 updateWithin: 3个月；可在 site.yaml 中给栏目写 updateWithin 修改，例如 updateWithin: 1个月）',
    );
    expect(plans!.found).toMatch(/^最近一条“规划计划测试条目\d+”发布于 2025-\d\d-\d\d，已 \d+ 天未更新$/);
  });

  it('rejects a window it cannot read, naming the field', () => {
    const dir = freshContent();
    replaceIn(
      dir,
      'site.yaml',
      '    description: 本厅重要会议、工作部署和行业动态',
      '    description: 本厅重要会议、工作部署和行业动态\n    updateWithin: 两周',
    );
    const [error] = checkContent(dir).errors;
    expect(error).toMatchObject({ file: shown(dir, 'site.yaml'), expected: '有效的网站设置' });
    expect(error!.found).toContain('应为更新周期，例如 2周、14天、6个月，或 不检查');
  });

  it('reports a home page without a new item for 2 weeks', () => {
    const dir = freshContent();
    expect(byField(dir, '首页')).toEqual([
      {
        file: shown(dir, 'site.yaml'),
        line: 51,
        field: '首页',
        expected:
          '首页每2周至少有一条新内容，最近一条应不早于 2026-05-18（检查指标：首页2周不更新为单项否决）；首页显示新闻栏目、政策文件和政策解读的最新条目',
        found: '最近一条“省交通运输厅召开全省道路运输安全工作会议”发布于 2025-04-02，已 425 天未更新',
      },
    ]);
    writeNewsItem(dir, 'recent', 'tzgg', '2026-05-25');
    expect(byField(dir, '首页')).toEqual([]);
  });

  it('says when five or more columns are stale, or blank: a 单项否决 under the 检查指标', () => {
    const dir = freshContent();
    const [veto] = byField(dir, '空白栏目（检查指标）');
    expect(veto).toMatchObject({
      file: shown(dir, 'site.yaml'),
      line: 1,
      expected: '空白栏目少于 5 个（检查指标：5个以上空白栏目为单项否决）',
    });
    expect(veto!.found).toMatch(/^\d+ 个空白栏目：通知公告、规章、/);
    expect(byField(dir, '栏目更新（检查指标）')).toEqual([]);
    for (const key of ['jgzn', 'tjxx', 'zfcg'])
      replaceIn(dir, 'site.yaml', `  - key: ${key}\n`, `  - key: ${key}\n    updateWithin: 1周\n`);
    for (const key of ['jgzn', 'tjxx', 'zfcg']) {
      write(
        dir,
        `catalogue/${key}/old.md`,
        markdown([
          'title: 旧条目',
          'publisher: 示例省交通运输厅',
          'publishDate: "2026-01-05 10:00"',
          'topic: 综合政务\\政务公开',
          `category: ${key}`,
        ]),
      );
    }
    const [stale] = byField(dir, '栏目更新（检查指标）');
    expect(stale!.found).toBe('5 个栏目未按时更新：政务动态、政策文件、机构职能、统计信息、政府采购');
  });

  it('is listed on its own and never stops the build', () => {
    const dir = freshContent();
    const report = checkContent(dir, { today: TODAY });
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.freshness.length).toBeGreaterThan(10);
    const text = reportToText(report);
    // After errors and warnings (none here), before the notices.
    expect(
      text.startsWith(
        `${report.freshness.length} 条栏目更新提醒（检查指标，不影响生成）：\n${shown(dir, 'site.yaml')}\n`,
      ),
    ).toBe(true);
    expect(text).toContain('\n\n1 条说明：\n');
    expect(text).not.toContain('网站未生成');
  });

  it('counts only published items', () => {
    const dir = freshContent();
    write(
      dir,
      'catalogue/jgzn/withheld.md',
      markdown([
        'title: 内部机构调整',
        'publisher: 示例省交通运输厅',
        'publishDate: "2026-05-20 10:00"',
        'topic: 综合政务\\政务公开',
        'category: jgzn',
        'disclosure: 不予公开',
      ]),
    );
    expect(byField(dir, '信息公开目录 › 机构职能（jgzn）')).toHaveLength(1);
  });
});

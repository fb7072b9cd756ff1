/** Planning the reports: one 年度报告 a year, then 预决算, 工作要点 and other reports. */
import { FIRST_YEAR, LAST_YEAR, workingTime } from './calendar.ts';
import type { ReportType } from './document.ts';
import { DEPT, publishers, themes } from './phrases.ts';
import { allocate, type Planner } from './planner.ts';
import { themeOf } from './profiles.ts';

export function planReports(plan: Planner, count: number): void {
  const { r, docs, workdays, years, yearWeights, randomDate, pickPublisher, pickTheme, base } = plan;
  const annualCount = Math.min(LAST_YEAR - FIRST_YEAR + 1, Math.floor(count * 0.25));
  for (let k = 0; k < annualCount; k++) {
    const year = LAST_YEAR - k;
    const day = r.pick(workdays.get(year)!.filter((dd) => dd >= `${year}-01-10` && dd <= `${year}-01-31`));
    const d = base('reports', year, `${day} ${workingTime(r)}`, 0, themeOf('openness'));
    d.topic = '综合政务\\政务公开';
    d.reportType = '年度报告';
    d.reportYear = year - 1;
    d.genre = '报告';
    d.title = `${DEPT}${year - 1}年政府信息公开工作年度报告`;
    d.subject = '政府信息公开工作';
    docs.push(d);
  }
  const reportYears = allocate(count - annualCount, yearWeights);
  const reportTypes: [ReportType, number][] = [
    ['预决算', 50],
    ['工作要点', 15],
    ['其他报告', 35],
  ];
  years.forEach((year, k) => {
    for (let c = 0; c < reportYears[k]!; c++) {
      const type = reportTypes[r.weighted(reportTypes.map((t) => t[1]))]![0];
      const pub = type === '工作要点' ? pickPublisher(0.5) : pickPublisher(0.3);
      const theme = type === '预决算' ? themeOf('finance') : type === '工作要点' ? themeOf('openness') : pickTheme(pub);
      const d = base('reports', year, randomDate(year), pub, theme);
      d.reportType = type;
      d.genre = r.chance(0.7) ? '报告' : undefined;
      const pubName = publishers[pub]!.name;
      if (type === '预决算') {
        const isFinal = r.chance(0.5);
        d.reportYear = isFinal ? year - 1 : year;
        d.title = `${pubName}${d.reportYear}年部门${isFinal ? '决算' : '预算'}${r.chance(0.3) ? '公开说明' : ''}`;
        d.subject = isFinal ? '部门决算' : '部门预算';
        d.topic = '财政、金融、审计\\财政';
      } else if (type === '工作要点') {
        d.reportYear = year;
        d.title = `${pubName}${year}年${r.pick(['政务公开工作要点', '政务公开工作实施方案', '政府信息公开工作要点'])}`;
        d.subject = '政务公开工作';
        d.topic = '综合政务\\政务公开';
      } else {
        d.reportYear = year - 1;
        d.subject = r.pick([
          '法治政府建设',
          '优化营商环境工作',
          '安全生产工作',
          `${themes[theme]!.name}工作`,
          '建议提案办理工作',
          '“双随机、一公开”监管工作',
        ]);
        d.title = `${pubName}${year - 1}年${d.subject}${r.pick(['情况报告', '年度报告', '总结'])}`;
      }
      docs.push(d);
    }
  });
}

/** Planning the news: mostly 政务动态, the rest in the site's other news columns. */
import { publishers, themes } from './phrases.ts';
import { allocate, type Planner } from './planner.ts';
import { regSuffixes } from './profiles.ts';
import { fillSlots } from './slots.ts';

/** `columns`: the site's news column keys. */
export function planNews(plan: Planner, count: number, columns: string[]): void {
  const { r, docs, years, yearWeights, randomDate, pickPublisher, pickTheme, base, slotCtx } = plan;
  const newsYears = allocate(count, yearWeights);
  years.forEach((year, k) => {
    for (let c = 0; c < newsYears[k]!; c++) {
      const column =
        columns.length === 1
          ? columns[0]!
          : r.chance(0.7)
            ? columns.includes('zwdt')
              ? 'zwdt'
              : columns[0]!
            : r.pick(columns.filter((x) => x !== 'zwdt'));
      const pub = pickPublisher(0.55);
      const d = base('news', year, randomDate(year), pub, pickTheme(pub));
      d.column = column;
      d.table = r.chance(0.25);
      const theme = themes[d.theme]!;
      d.subject = fillSlots(r.pickSkewed(theme.subjects, 1.2), r, slotCtx(d));
      const shortPub = publishers[pub]!.name.replace(/^示例省/, '省');
      d.title =
        column === 'tzgg'
          ? r.chance(0.25)
            ? `${publishers[pub]!.name}关于公开征求《${publishers[pub]!.place ?? '示例省'}${r.pick(theme.regNouns)}${r.pick(regSuffixes)}（征求意见稿）》意见的公告`
            : `${publishers[pub]!.name}关于${d.subject}${r.pick(['的公告', '的通知', '有关事项的公告'])}`
          : fillSlots(
              r.pick([
                `${shortPub}召开{themeName}工作推进会`,
                `${shortPub}部署${d.subject}`,
                `{city}扎实推进{themeName}工作`,
                `{county}{themeName}工作取得新成效`,
                `${shortPub}赴{place}调研{themeName}工作`,
                `{hw}建设按下“快进键”`,
                `{yr}年全省{themeName}工作会议召开`,
                `${shortPub}开展{themeName}专项督导`,
                `{project}取得重要进展`,
                `${shortPub}召开{yr}年{themeName}新闻发布会`,
              ]),
              r,
              slotCtx(d),
            );
      docs.push(d);
    }
  });
}

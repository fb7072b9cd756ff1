/** Planning the 信息公开目录 items: a column by weight, then a title from that column's templates. */
import { publishers, themes } from './phrases.ts';
import { allocate, type Planner } from './planner.ts';
import { categoryProfiles, themeOf } from './profiles.ts';
import { fillSlots } from './slots.ts';

/** `leaves`: the site's columns that take catalogue items. */
export function planCatalogue(plan: Planner, count: number, leaves: string[]): void {
  const { r, docs, years, yearWeights, randomDate, pickPublisher, base, slotCtx } = plan;
  const leafWeights = leaves.map((k) => categoryProfiles[k]?.weight ?? 0.5);
  const catalogueYears = allocate(count, yearWeights);
  years.forEach((year, k) => {
    for (let c = 0; c < catalogueYears[k]!; c++) {
      const key = leaves[r.weighted(leafWeights)]!;
      const profile = categoryProfiles[key] ?? {
        weight: 0.5,
        themes: ['openness'],
        titles: ['{pub}{yr}年{themeName}信息'],
        tableShare: 0.3,
      };
      const pub = pickPublisher(profile.dept ?? 0.35);
      const prefs = publishers[pub]!.themes.filter((t) => profile.themes.includes(t));
      const theme = themeOf(prefs.length && r.chance(0.6) ? r.pick(prefs) : r.pick(profile.themes));
      const d = base('catalogue', year, randomDate(year), pub, theme);
      d.category = key;
      d.table = r.chance(profile.tableShare);
      if (profile.genres && r.chance(0.6)) d.genre = r.pick(profile.genres);
      d.subject = fillSlots(r.pickSkewed(themes[theme]!.subjects, 1.2), r, slotCtx(d));
      d.title = fillSlots(r.pick(profile.titles), r, slotCtx(d));
      d.wantDocNo = r.chance(0.2);
      if (key === 'tjxx') d.topic = '国民经济管理、国有资产监管\\统计';
      if (key === 'zdjsxm') d.topic = '国民经济管理、国有资产监管\\重大建设项目';
      if (key === 'rsxx') d.topic = '劳动、人事、监察\\人事工作';
      docs.push(d);
    }
  });
}

/** Fills the `{slot}` placeholders of phrase templates with names, numbers and dates. */
import { cnNumber } from './calendar.ts';
import {
  bridges,
  cities,
  companies,
  counties,
  divisions,
  expressways,
  givenNames,
  goods,
  holidays,
  laws,
  platforms,
  ports,
  projects,
  rivers,
  roads,
  serviceAreas,
  stations,
  surnames,
  tunnels,
  weathers,
} from './phrases.ts';
import type { Rng } from './random.ts';

export interface SlotContext {
  year: number;
  place?: string;
  pub: string;
  themeName: string;
}

export function fillSlots(template: string, r: Rng, ctx: SlotContext): string {
  let lastCity = '';
  return template.replace(/\{(\w+)\}/g, (_m, slot: string) => {
    switch (slot) {
      case 'city':
        lastCity = ctx.place && cities.includes(ctx.place) && r.chance(0.5) ? ctx.place : r.pick(cities);
        return lastCity;
      case 'city2': {
        let c = r.pick(cities);
        while (c === lastCity) c = r.pick(cities);
        return c;
      }
      case 'county':
        return ctx.place && counties.includes(ctx.place) && r.chance(0.6) ? ctx.place : r.pick(counties);
      case 'place':
        return ctx.place && r.chance(0.7)
          ? ctx.place
          : r.chance(0.3)
            ? '全省'
            : r.chance(0.6)
              ? r.pick(cities)
              : r.pick(counties);
      case 'river':
        return r.pick(rivers);
      case 'port':
        return r.pick(ports);
      case 'hw':
        return r.pickSkewed(expressways, 1.3);
      case 'road':
        return r.pickSkewed(roads, 1.2);
      case 'bridge':
        return r.pick(bridges);
      case 'tunnel':
        return r.pick(tunnels);
      case 'project':
        return r.pickSkewed(projects, 1.3);
      case 'company':
        return r.pickSkewed(companies, 1.4);
      case 'platform':
        return r.pick(platforms);
      case 'station':
        return r.pick(stations);
      case 'sa':
        return r.pick(serviceAreas);
      case 'person':
        return r.pick(surnames) + r.pick(givenNames);
      case 'law':
        return r.pickSkewed(laws, 1.3);
      case 'division':
        return r.pick(divisions);
      case 'weather':
        return r.pick(weathers);
      case 'goods':
        return r.pick(goods);
      case 'holiday':
        return r.pick(holidays);
      case 'pub':
        return ctx.pub;
      case 'themeName':
        return ctx.themeName;
      case 'n':
        return String(r.int(2, 9));
      case 'nn':
        return String(r.int(10, 99));
      case 'nnn':
        return String(r.int(100, 999));
      case 'nnnn':
        return String(r.int(1000, 9999));
      case 'nk':
        return String(r.int(1000, 30000));
      case 'km':
        return `${(r.next() * 300 + 1).toFixed(1)}公里`;
      case 'wankm':
        return `${(15 + r.next() * 5).toFixed(2)}万公里`;
      case 'pct':
        return r.chance(0.6) ? `${(r.next() * 25 + 0.5).toFixed(1)}%` : `${(r.next() * 39 + 60).toFixed(1)}%`;
      case 'yi':
        return `${(r.next() * 200 + 1).toFixed(1)}亿元`;
      case 'wan':
        return `${r.int(20, 9000)}万元`;
      case 'ton':
        return `${(r.next() * 5000 + 1).toFixed(1)}万吨`;
      case 'teu':
        return `${(r.next() * 300 + 1).toFixed(1)}万标箱`;
      case 'veh':
        return `${r.int(200, 90000)}辆`;
      case 'wanveh':
        return `${(r.next() * 60 + 1).toFixed(1)}万辆`;
      case 'ppl':
        return `${r.int(200, 9000)}人次`;
      case 'wanppl':
        return `${r.int(100, 20000)}万人次`;
      case 'yippl':
        return `${(r.next() * 10 + 1).toFixed(2)}亿人次`;
      case 'yippkm':
        return `${(r.next() * 300 + 10).toFixed(1)}亿人公里`;
      case 'yitkm':
        return `${(r.next() * 900 + 10).toFixed(1)}亿吨公里`;
      case 'wd':
        return `${r.int(2, 15)}个工作日`;
      case 'yr':
        return String(ctx.year);
      case 'py':
        return String(ctx.year - 1);
      case 'ny':
        return String(ctx.year + 1);
      case 'yr2':
        return String(ctx.year + 2);
      case 'yr5':
        return String(ctx.year + 4);
      case 'm':
        return String(r.int(1, 12));
      case 'month':
        return `${r.int(1, 12)}月`;
      case 'd':
        return String(r.int(1, 28));
      case 'q':
        return r.pick(['一', '二', '三', '四']);
      case 'cnn':
        return cnNumber(r.int(2, 9));
      case 'npc': {
        const congress = ctx.year <= 2017 ? '十二届' : ctx.year <= 2022 ? '十三届' : '十四届';
        return `${congress}人大${cnNumber(r.int(1, 5))}次会议`;
      }
      case 'cppcc': {
        const congress = ctx.year <= 2017 ? '十一届' : ctx.year <= 2022 ? '十二届' : '十三届';
        return `${congress}${cnNumber(r.int(1, 5))}次会议`;
      }
      default:
        throw new Error(`unknown slot {${slot}}`);
    }
  });
}

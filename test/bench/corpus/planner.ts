/**
 * What every planning step shares: the one random stream, the calendar, the
 * growing document list and the usual ways of picking a date, a publisher
 * and a theme. The planning steps draw from the stream in a fixed order, and
 * that order is what makes a seed reproduce the same corpus: a step must not
 * be reordered or draw an extra number.
 */
import { FIRST_YEAR, LAST_YEAR, workdaysByYear, workingTime } from './calendar.ts';
import type { Doc, DocCollection } from './document.ts';
import { publishers, themes } from './phrases.ts';
import { themeOf, themeWeights } from './profiles.ts';
import type { Rng } from './random.ts';
import type { SlotContext } from './slots.ts';

export interface Planner {
  r: Rng;
  /** Every planned document; a document's `i` is its place here. */
  docs: Doc[];
  workdays: Map<number, string[]>;
  years: number[];
  /** Relative number of documents per year: growing, and only part of the last year. */
  yearWeights: number[];
  /** A working day of `year` at office hours, `YYYY-MM-DD HH:MM`. */
  randomDate(year: number): string;
  /** The department itself with probability `deptShare`, otherwise any publisher by weight. */
  pickPublisher(deptShare?: number): number;
  /** Mostly one of the publisher's own themes. */
  pickTheme(pub: number): number;
  /** A new document with the fields every collection has; the caller fills in the rest. */
  base(coll: DocCollection, year: number, date: string, pub: number, theme: number): Doc;
  slotCtx(d: Doc): SlotContext;
}

export function newPlanner(r: Rng): Planner {
  const workdays = workdaysByYear();
  const years: number[] = [];
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) years.push(y);
  const capFraction = (workdays.get(LAST_YEAR)!.length || 1) / 261;
  const yearWeights = years.map((y, k) => Math.pow(1.13, k) * (y === LAST_YEAR ? capFraction : 1));

  const publisherWeights = publishers.map((p) => p.weight);
  const publisherTotal = publisherWeights.reduce((a, b) => a + b, 0);
  const themeTotal = themeWeights.reduce((a, b) => a + b, 0);
  const secondTheme = (t: number) => {
    let u = r.weighted(themeWeights, themeTotal);
    if (u === t) u = r.weighted(themeWeights, themeTotal);
    return u;
  };
  const docs: Doc[] = [];

  return {
    r,
    docs,
    workdays,
    years,
    yearWeights,
    randomDate: (year) => `${r.pick(workdays.get(year)!)} ${workingTime(r)}`,
    pickPublisher: (deptShare) =>
      deptShare !== undefined && r.chance(deptShare) ? 0 : r.weighted(publisherWeights, publisherTotal),
    pickTheme: (pub) => {
      const prefs = publishers[pub]!.themes;
      return prefs.length && r.chance(0.75) ? themeOf(r.pick(prefs)) : r.weighted(themeWeights);
    },
    // The property order is the draw order: second theme, topic, then table.
    base: (coll, year, date, pub, theme) => ({
      i: docs.length,
      coll,
      id: '',
      ext: '.md',
      year,
      date,
      theme,
      theme2: secondTheme(theme),
      pub,
      title: '',
      topic: r.pick(themes[theme]!.topics),
      wantDocNo: false,
      trad: false,
      table: r.chance(0.4),
      attach: false,
      subject: '',
    }),
    slotCtx: (d) => ({
      year: d.year,
      place: publishers[d.pub]!.place,
      pub: publishers[d.pub]!.name,
      themeName: themes[d.theme]!.name,
    }),
  };
}

export interface CollectionSizes {
  policies: number;
  interpretations: number;
  news: number;
  catalogue: number;
  reports: number;
}

/** How many of the N documents each collection gets; small corpora drop interpretations and reports first. */
export function collectionSizes(N: number): CollectionSizes {
  let nPolicies = Math.round(N * 0.18);
  let nInterp = nPolicies > 0 ? Math.round(N * 0.05) : 0;
  const nNews = Math.round(N * 0.3);
  const nCatalogue = Math.round(N * 0.45);
  let nReports = N - nPolicies - nInterp - nNews - nCatalogue;
  if (nReports < 0) {
    nInterp = Math.max(0, nInterp + nReports);
    nReports = 0;
  }
  nInterp = Math.min(nInterp, nPolicies * 2);
  nReports = N - nPolicies - nInterp - nNews - nCatalogue;
  if (nReports < 0) {
    nPolicies += nReports;
    nReports = 0;
  }
  return { policies: nPolicies, interpretations: nInterp, news: nNews, catalogue: nCatalogue, reports: nReports };
}

/** Splits `total` in proportion to `weights`, handing the remainder to the largest fractions. */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const counts = raw.map(Math.floor);
  let rest = total - counts.reduce((a, b) => a + b, 0);
  const order = raw.map((v, i) => [v - Math.floor(v), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; rest > 0; k++, rest--) counts[order[k % order.length]![1]]! += 1;
  return counts;
}

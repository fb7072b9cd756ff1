/**
 * Year-over-year charts of the 年报 figures, drawn at build time as plain SVG
 * geometry (components/BarChart.astro prints it): no chart library and no
 * script reach the browser. Each chart also has a one-sentence text
 * alternative and the numbers for a data table beside it.
 */
import { formats, rowValues, TABLE3_TOTAL } from '../schemas/annual-report-format.ts';
import type { FormattedStatistics } from '../schemas/annual-report-statistics.ts';

export interface ChartSeries {
  name: string;
  values: number[];
}

export interface ChartSpec {
  id: string;
  title: string;
  /** 件, shown after each number. */
  unit: string;
  /** One per year: 2020年 … */
  categories: string[];
  series: ChartSeries[];
  /** `grouped`: bars side by side; `share`: one bar per year split by share of its total. */
  mode: 'grouped' | 'share';
}

/** Series colours: each at least 4.5:1 on white, distinct in hue and lightness. */
export const PALETTE = ['#0b4a8b', '#b3261e', '#1b6e3a', '#7a4a00', '#6a3d9a', '#4f5761'];

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  series: number;
  /** The number written on or above the bar, when it fits. */
  label?: string | undefined;
  labelX: number;
  labelY: number;
  /** Light text on the bar (share charts) or dark text above it. */
  labelInside: boolean;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  yTicks: { y: number; label: string }[];
  xLabels: { x: number; label: string }[];
  bars: Bar[];
  legend: { x: number; y: number; series: number; name: string }[];
}

const WIDTH = 640;
const HEIGHT = 320;
const PLOT = { left: 52, top: 52, right: WIDTH - 12, bottom: HEIGHT - 30 };

/** A round axis maximum and a whole-number step for counts: 79 → 80 by 20, 1 → 1 by 1. */
export function niceScale(max: number, ticks = 4): { max: number; step: number } {
  if (max <= 0) return { max: 1, step: 1 };
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(
    1,
    [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!,
  );
  return { max: Math.ceil(max / step) * step, step };
}

const totals = (spec: ChartSpec) =>
  spec.categories.map((_c, i) => spec.series.reduce((sum, s) => sum + s.values[i]!, 0));

export function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((part / whole) * 1000) / 10}%`;
}

export function chartGeometry(spec: ChartSpec): ChartGeometry {
  const { left, top, right, bottom } = PLOT;
  const slot = (right - left) / spec.categories.length;
  const share = spec.mode === 'share';
  const scale = share ? { max: 100, step: 25 } : niceScale(Math.max(0, ...spec.series.flatMap((s) => s.values)));
  const y = (v: number) => bottom - (v / scale.max) * (bottom - top);
  const yTicks = [];
  for (let v = 0; v <= scale.max + 1e-9; v += scale.step) yTicks.push({ y: y(v), label: share ? `${v}%` : String(v) });

  const bars: Bar[] = [];
  const sums = totals(spec);
  spec.categories.forEach((_c, i) => {
    const centre = left + slot * (i + 0.5);
    if (share) {
      const width = slot * 0.56;
      let base = 0;
      spec.series.forEach((s, k) => {
        const v = s.values[i]!;
        const pct = sums[i] ? (v / sums[i]!) * 100 : 0;
        const [y0, y1] = [y(base), y(base + pct)];
        base += pct;
        if (v === 0) return;
        bars.push({
          x: centre - width / 2,
          y: y1,
          width,
          height: y0 - y1,
          series: k,
          label: y0 - y1 >= 14 ? percent(v, sums[i]!) : undefined,
          labelX: centre,
          labelY: (y0 + y1) / 2 + 4,
          labelInside: true,
        });
      });
      return;
    }
    const width = (slot * 0.72) / spec.series.length;
    spec.series.forEach((s, k) => {
      const v = s.values[i]!;
      const x = centre - (width * spec.series.length) / 2 + width * k;
      bars.push({
        x,
        y: y(v),
        width,
        height: bottom - y(v),
        series: k,
        label: String(v),
        labelX: x + width / 2,
        labelY: y(v) - 4,
        labelInside: false,
      });
    });
  });
  const legendWidth = (WIDTH - 16) / Math.max(3, spec.series.length);
  return {
    width: WIDTH,
    height: HEIGHT,
    plot: PLOT,
    yTicks,
    xLabels: spec.categories.map((label, i) => ({ x: left + slot * (i + 0.5), label })),
    bars,
    legend: spec.series.map((s, k) => ({ x: 8 + legendWidth * (k % 6), y: 10, series: k, name: s.name })),
  };
}

/** The chart in one or two sentences, for screen readers (its text alternative). */
export function chartSummary(spec: ChartSpec): string {
  const sums = totals(spec);
  const years = spec.categories.map((c, i) => {
    const parts = spec.series.map((s) =>
      spec.mode === 'share'
        ? `${s.name}${s.values[i]}${spec.unit}（${percent(s.values[i]!, sums[i]!)}）`
        : `${s.name}${s.values[i]}${spec.unit}`,
    );
    return `${c}：${parts.join('，')}`;
  });
  return `${spec.title}。${years.join('；')}。`;
}

/** The outcome groups of 表三 shown in the mix chart, by their tag. */
const OUTCOME_NAMES: Record<string, string> = {
  '（一）': '予以公开',
  '（二）': '部分公开',
  '（三）': '不予公开',
  '（四）': '无法提供',
  '（五）': '不予处理',
  '（六）': '其他处理',
};

function outcomeTotals(stats: FormattedStatistics): Map<string, number> {
  const result = new Map<string, number>(Object.values(OUTCOME_NAMES).map((n) => [n, 0]));
  for (const row of formats[stats.format].table3.rows) {
    if (!row.outcome) continue;
    const tag = /^（[一二三四五六]）/.exec(row.groups[1] ?? row.label)?.[0] ?? '';
    const name = OUTCOME_NAMES[tag]!;
    result.set(name, result.get(name)! + rowValues(stats.applications, row.key)[TABLE3_TOTAL]!);
  }
  return result;
}

/** The overview page's charts, from the reports with statistics, oldest year first. */
export function overviewCharts(reports: ReadonlyArray<{ year: number; statistics: FormattedStatistics }>): ChartSpec[] {
  const list = [...reports].sort((a, b) => a.year - b.year);
  const categories = list.map((r) => `${r.year}年`);
  const total = (s: FormattedStatistics, key: string) => rowValues(s.applications, key)[TABLE3_TOTAL]!;
  const mixes = list.map((r) => outcomeTotals(r.statistics));
  return [
    {
      id: 'chart-applications',
      title: '政府信息公开申请数量',
      unit: '件',
      categories,
      mode: 'grouped',
      series: [
        { name: '本年新收', values: list.map((r) => total(r.statistics, 'newReceived')) },
        { name: '本年办结', values: list.map((r) => total(r.statistics, 'totalProcessed')) },
      ],
    },
    {
      id: 'chart-outcomes',
      title: '申请办理结果构成',
      unit: '件',
      categories,
      mode: 'share',
      series: Object.values(OUTCOME_NAMES).map((name) => ({ name, values: mixes.map((m) => m.get(name)!) })),
    },
    {
      id: 'chart-proactive',
      title: '主动公开的规章和行政规范性文件（本年制发件数）',
      unit: '件',
      categories,
      mode: 'grouped',
      series: [
        { name: '规章', values: list.map((r) => r.statistics.proactive.regulations![0]!) },
        { name: '行政规范性文件', values: list.map((r) => r.statistics.proactive.normativeDocuments![0]!) },
      ],
    },
  ];
}

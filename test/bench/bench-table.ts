/**
 * The build benchmark's table: Gongkai's builds and, with --peer, Hugo +
 * stock Pagefind's, each scenario followed by the ratios Gongkai ÷ peer.
 */

import type { StageTime } from '../../src/publish/stage-timer.ts';

export type BuildStages = { total: number; stages: StageTime[] } | undefined;

export interface Row {
  name: string;
  scenario: string;
  wall: number;
  cpu: number;
  /** Sum of resident memory over the process tree, sampled. */
  treeMb: number;
  /** Largest single process. */
  procMb: number;
  pages?: number;
  outputMb?: number;
  /** The row the Gongkai build of the same scenario is compared with. */
  peer?: boolean;
  note?: string;
}

function render(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}

export function printComparison(docs: number, rows: Row[]): void {
  const scenarios = [...new Set(rows.map((r) => r.scenario))];
  const ordered = scenarios.flatMap((s) => rows.filter((r) => r.scenario === s));
  console.log(`\n${docs} documents`);
  render(
    ['build', 'wall s', 'CPU s', 'tree RSS MB', 'max proc RSS MB', 'pages', 'output MB', 'note'],
    ordered.map((r) => [
      r.name,
      r.wall.toFixed(1),
      r.cpu.toFixed(1),
      r.treeMb.toFixed(0),
      r.procMb.toFixed(0),
      r.pages === undefined ? '' : String(r.pages),
      r.outputMb === undefined ? '' : r.outputMb.toFixed(0),
      r.note ?? '',
    ]),
  );
  const ratios = scenarios.flatMap((s) => {
    const ours = rows.find((r) => r.scenario === s && r.name.startsWith('Gongkai'));
    const peer = rows.find((r) => r.scenario === s && r.peer);
    return ours && peer
      ? [[s, (ours.wall / peer.wall).toFixed(2), (ours.cpu / peer.cpu).toFixed(2), peer.note ?? '']]
      : [];
  });
  if (ratios.length === 0) return;
  console.log('\nGongkai ÷ (Hugo + Pagefind)');
  render(['scenario', 'wall', 'CPU', 'note'], ratios);
}

/**
 * Seconds per build stage, one column per scenario. Stages overlap (the
 * search index is built while pages render), so they do not add up to the
 * wall time; "start-up" is the time before the first stage (Node, Astro and
 * the configuration loading).
 */
export function printStages(runs: Array<{ scenario: string; wall: number; stages: BuildStages }>): void {
  const known = runs.filter((r) => r.stages);
  if (known.length === 0) return;
  const names = [...new Set(known.flatMap((r) => r.stages!.stages.map((s) => s.name)))];
  const cell = (r: (typeof known)[number], name: string) => {
    const s = r.stages!.stages.find((t) => t.name === name);
    return s ? `${s.seconds.toFixed(1)} (${s.start.toFixed(1)}–${s.end.toFixed(1)})` : '';
  };
  const startup = (r: (typeof known)[number]) => (r.stages!.stages[0]?.start ?? 0).toFixed(1);
  console.log('\nGongkai stages: seconds (from–to, seconds after the build process started)');
  render(
    ['stage', ...known.map((r) => r.scenario), ''],
    [
      ['start-up', ...known.map(startup), ''],
      ...names.map((n) => [n, ...known.map((r) => cell(r, n)), '']),
      ['publish done', ...known.map((r) => r.stages!.total.toFixed(1)), ''],
      ['wall (measured)', ...known.map((r) => r.wall.toFixed(1)), ''],
    ],
  );
}

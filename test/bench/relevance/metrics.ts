/** Ranking measures over graded judgments: NDCG@k, reciprocal rank, target at rank 1. */
import type { Judged } from './judgments.ts';

export function ndcgAt(ranked: readonly string[], rel: Record<string, number>, k = 10): number {
  const gain = (g: number) => 2 ** g - 1;
  const dcg = ranked.slice(0, k).reduce((sum, url, i) => sum + gain(rel[url] ?? 0) / Math.log2(i + 2), 0);
  const ideal = Object.values(rel)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0);
  return ideal > 0 ? dcg / ideal : 1;
}

/** 1 / rank of the first document graded 2 or more (0 when none is returned). */
export function reciprocalRank(ranked: readonly string[], rel: Record<string, number>): number {
  const best = Math.max(...Object.values(rel));
  const i = ranked.findIndex((url) => (rel[url] ?? 0) >= Math.min(2, best));
  return i < 0 ? 0 : 1 / (i + 1);
}

export interface QueryScore {
  kind: string;
  q: string;
  ndcg: number;
  rr: number;
  /** The named document came first (undefined when the query names none). */
  targetFirst?: boolean;
  returned: number;
}

export function scoreQuery(j: Judged, ranked: readonly string[]): QueryScore {
  return {
    kind: j.kind,
    q: j.q,
    ndcg: ndcgAt(ranked, j.rel),
    rr: reciprocalRank(ranked, j.rel),
    ...(j.target ? { targetFirst: ranked[0] === j.target } : {}),
    returned: ranked.length,
  };
}

export interface KindSummary {
  kind: string;
  n: number;
  ndcg: number;
  mrr: number;
  /** Share of target queries with the target first, and how many there were. */
  targetFirst: number | null;
  targets: number;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function summarise(scores: readonly QueryScore[]): KindSummary[] {
  const kinds = [...new Set(scores.map((s) => s.kind)), '全部'];
  return kinds.map((kind) => {
    const of = kind === '全部' ? [...scores] : scores.filter((s) => s.kind === kind);
    const targets = of.filter((s) => s.targetFirst !== undefined);
    return {
      kind,
      n: of.length,
      ndcg: mean(of.map((s) => s.ndcg)),
      mrr: mean(of.map((s) => s.rr)),
      targetFirst: targets.length ? targets.filter((s) => s.targetFirst).length / targets.length : null,
      targets: targets.length,
    };
  });
}

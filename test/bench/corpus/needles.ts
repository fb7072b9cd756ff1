/**
 * Needles: rare terms planted into the bodies of a known small set of
 * documents, never into titles, summaries or metadata, so the ground truth
 * knows every page that shows them.
 */
import type { BodyBuilder, GenCtx } from './body-builder.ts';
import type { Doc } from './document.ts';
import { needleFrames, needles, shortNeedles } from './phrases.ts';
import type { Rng } from './random.ts';

/** Every planted term: multi-character needles, then two-character ones. */
export const allNeedles = [...needles, ...shortNeedles];

/** Chooses for each needle between 1 and 20 of the N documents (fewer in a small corpus). */
export function plantNeedles(r: Rng, docs: Doc[], N: number): void {
  const needleCounts = allNeedles.map(() => Math.max(1, Math.min(20, Math.floor(N / 10), r.int(1, 20))));
  if (N > 0) {
    allNeedles.forEach((_n, j) => {
      const chosen = new Set<number>();
      while (chosen.size < Math.min(needleCounts[j]!, N)) chosen.add(r.int(0, N - 1));
      for (const di of [...chosen].sort((a, b) => a - b)) (docs[di]!.needles ??= []).push(j);
    });
  }
}

/** Appends a sentence carrying each of the document's needles to a random paragraph of its body. */
export function insertNeedles(g: GenCtx, b: BodyBuilder): void {
  for (const j of g.doc.needles ?? []) {
    const at = b.paragraphs.length ? b.paragraphs[g.r.int(0, b.paragraphs.length - 1)]! : -1;
    const text = g.r.pick(needleFrames).replace('@', allNeedles[j]!);
    if (at >= 0) b.blocks[at] += text;
    else b.blocks.push(text);
  }
}

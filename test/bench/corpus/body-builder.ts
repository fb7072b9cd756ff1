/**
 * The building blocks of a body: sentences, paragraphs, lists, tables and
 * numbered sections, appended to a body that tracks its size and which
 * paragraphs may receive a planted needle.
 */
import { cnNumber } from './calendar.ts';
import type { Doc } from './document.ts';
import { cities, counties, genericSentences, ports, rareSentences, type TableSpec, type Theme } from './phrases.ts';
import type { Rng } from './random.ts';
import { fillSlots, type SlotContext } from './slots.ts';

export interface BodyBuilder {
  blocks: string[];
  /** Indexes of plain paragraphs (where needle sentences may go). */
  paragraphs: number[];
  bytes: number;
  used: Set<string>;
  tables: number;
}

export const utf8Len = (s: string) => Buffer.byteLength(s, 'utf8');

export function newBody(): BodyBuilder {
  return { blocks: [], paragraphs: [], bytes: 0, used: new Set(), tables: 0 };
}
export function push(b: BodyBuilder, block: string, paragraph = false): void {
  if (paragraph) b.paragraphs.push(b.blocks.length);
  b.blocks.push(block);
  b.bytes += utf8Len(block) + 2;
}

export interface GenCtx {
  r: Rng;
  doc: Doc;
  theme: Theme;
  theme2: Theme;
  slots: SlotContext;
}

/** One sentence: mostly the main theme, sometimes the second theme, generic or rare vocabulary. */
export function sentence(g: GenCtx, b: BodyBuilder): string {
  for (let attempt = 0; attempt < 8; attempt++) {
    const x = g.r.next();
    const template =
      x < 0.7
        ? g.r.pickSkewed(g.theme.sentences)
        : x < 0.83
          ? g.r.pickSkewed(g.theme2.sentences)
          : x < 0.95
            ? g.r.pickSkewed(genericSentences, 1.2)
            : g.r.pick(rareSentences)[1];
    if (b.used.has(template)) continue;
    b.used.add(template);
    return fillSlots(template, g.r, g.slots);
  }
  return fillSlots(g.r.pick(rareSentences)[1], g.r, g.slots);
}

export function paragraph(g: GenCtx, b: BodyBuilder, min = 2, max = 4): string {
  const n = g.r.int(min, max);
  let text = '';
  for (let k = 0; k < n; k++) text += sentence(g, b);
  return text;
}

export function list(g: GenCtx, ordered: boolean): string {
  const items = g.r.shuffle([...g.theme.items]).slice(0, g.r.int(3, Math.min(6, g.theme.items.length)));
  return items
    .map((item, k) => `${ordered ? `${k + 1}.` : '-'} ${fillSlots(item, g.r, g.slots)}${ordered ? '；' : '。'}`)
    .join('\n')
    .replace(/；$/, '。');
}

function tableRows(spec: TableSpec, r: Rng): string[] {
  const pool =
    spec.rows === 'city' ? cities : spec.rows === 'county' ? counties : spec.rows === 'port' ? ports : spec.rows;
  const n = Math.min(pool.length, r.int(4, 8));
  const start = r.int(0, pool.length - n);
  return pool.slice(start, start + n);
}

function cell(kind: TableSpec['cols'][number]['kind'], r: Rng, texts?: string[]): string {
  switch (kind) {
    case 'int':
      return String(r.int(1, 999));
    case 'big':
      return String(r.int(1000, 99999));
    case 'dec':
      return (r.next() * 999 + 0.1).toFixed(1);
    case 'pct':
      return `${(r.next() * 40 - 5).toFixed(1)}%`;
    case 'wan':
      return String(r.int(10, 99999));
    case 'text':
      return r.pick(texts ?? ['—']);
  }
}

export function table(g: GenCtx, b: BodyBuilder, spec: TableSpec = g.theme.table): void {
  b.tables++;
  const rows = tableRows(spec, g.r);
  const numeric = (k: string) => k !== 'text';
  const lines = [
    `| ${spec.rowHeader} | ${spec.cols.map((c) => c.head).join(' | ')} |`,
    `| --- | ${spec.cols.map((c) => (numeric(c.kind) ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${row} | ${spec.cols.map((c) => cell(c.kind, g.r, c.texts)).join(' | ')} |`),
  ];
  const caption =
    spec.caption.startsWith('主要') || spec.caption.includes('单位')
      ? spec.caption
      : `${g.slots.year}年${spec.caption}`;
  push(b, `**表${b.tables} ${caption}**`);
  push(b, lines.join('\n'));
}

const genericHeadings = [
  '总体要求',
  '工作目标',
  '重点任务',
  '保障措施',
  '工作要求',
  '组织实施',
  '职责分工',
  '时间安排',
  '监督管理',
];

/** Numbered sections until the body reaches its target size. */
export function sections(
  g: GenCtx,
  b: BodyBuilder,
  target: number,
  opts: { headings?: string[]; first?: string[]; maxSections?: number; every?: boolean } = {},
): void {
  // Theme headings first, then two of the usual closing sections.
  const headings = opts.headings
    ? g.r.shuffle([...opts.headings])
    : [...g.r.shuffle([...g.theme.headings]), ...g.r.shuffle([...genericHeadings]).slice(0, 2)];
  const order = [...(opts.first ?? []), ...headings.filter((h) => !(opts.first ?? []).includes(h))];
  const tableAt = g.doc.table ? g.r.int(0, 2) : -1;
  const max = opts.maxSections ?? 12;
  for (let s = 0; s < max && (s < 2 || opts.every || b.bytes < target); s++) {
    const heading = order[s % order.length]!;
    push(b, `## ${cnNumber(s + 1)}、${heading}`);
    push(b, paragraph(g, b), true);
    if (g.r.chance(0.45)) push(b, paragraph(g, b, 1, 3), true);
    if (g.r.chance(0.25)) push(b, list(g, g.r.chance(0.5)));
    if (s === tableAt) table(g, b);
  }
  if (g.doc.table && b.tables === 0) table(g, b);
}

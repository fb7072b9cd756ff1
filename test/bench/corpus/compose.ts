/**
 * One document's text: body (with its needles), summary and keywords, in
 * simplified characters. Each document draws from its own random stream, so
 * its text depends only on the seed and its own metadata.
 */
import { catalogueBody, interpretationBody, newsBody, policyBody, reportBody } from './bodies.ts';
import { newBody, type GenCtx } from './body-builder.ts';
import { docCore, type Doc } from './document.ts';
import { insertNeedles } from './needles.ts';
import { publishers, themes } from './phrases.ts';
import { Rng } from './random.ts';
import { fillSlots } from './slots.ts';

export interface ComposedDocument {
  /** The document's generation context; its stream is drawn on after composing (attachment titles). */
  g: GenCtx;
  body: string;
  summary: string;
  keywords: string[];
}

export function composeDocument(d: Doc, docs: Doc[], seed: number): ComposedDocument {
  const g: GenCtx = {
    r: new Rng(seed, d.i + 1),
    doc: d,
    theme: themes[d.theme]!,
    theme2: themes[d.theme2]!,
    slots: {
      year: d.year,
      place: publishers[d.pub]!.place,
      pub: publishers[d.pub]!.name,
      themeName: themes[d.theme]!.name,
    },
  };
  const b = newBody();
  const target = g.r.int(1950, 3500);
  switch (d.coll) {
    case 'policies':
      policyBody(g, b, target, docs);
      break;
    case 'interpretations':
      interpretationBody(g, b, target, docs);
      break;
    case 'news':
      newsBody(g, b, target);
      break;
    case 'catalogue':
      catalogueBody(g, b, target);
      break;
    case 'reports':
      reportBody(g, b, target);
      break;
  }
  insertNeedles(g, b);
  const body = b.blocks.join('\n\n') + '\n';
  // Summary: for news the lede's first sentence (shown in lists, and also in the body);
  // for documents a sentence of their own plus the section headings.
  let summary: string;
  if (d.coll === 'news') {
    const lede = b.blocks[b.paragraphs[0] ?? 0] ?? d.title;
    summary = lede.slice(0, lede.indexOf('。') + 1 || 120).slice(0, 290);
  } else if (d.coll === 'interpretations') {
    summary = `${g.r.pick(['解读', '介绍', '说明'])}《${docCore(docs[d.policy!]!)}》的${g.r.pick(['出台背景、主要内容和施行要求', '起草依据、适用范围和主要措施', '主要变化和办理要求'])}。${fillSlots(g.r.pick(g.theme.sentences), g.r, g.slots)}`;
  } else {
    const heads = b.blocks
      .filter((x) => x.startsWith('## '))
      .map((x) => x.replace(/^## (第[^章]+章　|[^、]+?问：|[一二三四五六七八九十]+、)?/, '').replace(/[？?]$/, ''))
      .slice(0, 3);
    summary = `${fillSlots(g.r.pick(g.theme.sentences), g.r, g.slots)}${heads.length ? `主要包括${heads.join('、')}等内容。` : ''}`;
  }
  const keywords = g.r.shuffle([...g.theme.keywords]).slice(0, g.r.int(3, 4));
  if (d.coll === 'reports' && d.reportType === '年度报告') keywords.push(`${d.reportYear}年`);
  return { g, body, summary, keywords };
}

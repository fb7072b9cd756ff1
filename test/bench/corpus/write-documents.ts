/**
 * Writes the planned documents one at a time: compose the text, convert it
 * to 繁體 where planned, copy the attachment, write the file and scan it for
 * the ground truth. Only one body is held at a time (plus the writes in flight).
 */
import fs from 'node:fs';
import path from 'node:path';
import { attachmentType, makeAttachment } from './attachment-files.ts';
import { composeDocument } from './compose.ts';
import type { Doc, DocCollection } from './document.ts';
import { frontmatter } from './frontmatter.ts';
import type { CorpusOutput } from './output.ts';
import type { Scanner } from './scanner.ts';

export interface DocumentWriting {
  seed: number;
  out: string;
  output: CorpusOutput;
  /** Simplified → Traditional. */
  conv: (s: string) => string;
  /** The search oracle's folding of a page's text (see makeFolder). */
  foldText: (text: string, traditional: boolean) => string;
  scanner: Scanner;
  /** Make attachments (attachment-files.ts); false: no document gets one. */
  attachments: boolean;
}

/** A phrase written only into some attachments, for the search ground truth. */
export interface AttachmentNeedle {
  phrase: string;
  doc: number;
}

/** Fictional place names and record kinds: their pairs appear in no generated body. */
const NEEDLE_PLACES = ['鹭洲', '棠溪', '枫岭', '榕湾', '桦川', '楠溪', '柘塘', '芷汀'];
const NEEDLE_KINDS = ['核定清册', '备案台账', '抽检明细', '验收底册', '巡检图册'];
/** Every how many attachments one gets a needle (up to all pairs). */
const NEEDLE_EVERY = 7;

export interface DocumentTally {
  counts: Record<DocCollection, number>;
  traditional: number;
  mdx: number;
  attachments: number;
  attachmentBytes: number;
  needles: AttachmentNeedle[];
}

export async function writeDocuments(
  docs: Doc[],
  { seed, out, output, conv, foldText, scanner, attachments }: DocumentWriting,
): Promise<DocumentTally> {
  const tally: DocumentTally = {
    counts: { catalogue: 0, news: 0, policies: 0, interpretations: 0, reports: 0 },
    traditional: 0,
    mdx: 0,
    attachments: 0,
    attachmentBytes: 0,
    needles: [],
  };
  const madeDirs = new Set<string>();
  for (const d of docs) {
    const composed = composeDocument(d, docs, seed);
    const { g, keywords } = composed;
    let { body, summary } = composed;
    let title = d.title;
    if (d.trad) {
      body = conv(body);
      summary = conv(summary);
      title = conv(title);
      tally.traditional++;
    }
    if (/[{}<>]/.test(body)) throw new Error(`generated body of ${d.coll}/${d.id} contains braces or angle brackets`);
    const dir = path.join(out, d.coll, path.dirname(d.id));
    if (!madeDirs.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
    }
    let attachment: { file: string; title: string } | undefined;
    if (d.attach && attachments) {
      const k = tally.attachments++;
      const type = attachmentType(k);
      attachment = {
        file: `${path.basename(d.id)}-附件1.${type}`,
        title: `附件1：${g.r.pick(['申请表', '情况统计表', '任务分解表', '名单', '有关材料'])}`,
      };
      // The attachment repeats the document's text (as annexes do), plus a phrase found nowhere else on some.
      const n = Math.floor(k / NEEDLE_EVERY);
      let text = body;
      if (k % NEEDLE_EVERY === 0 && n < NEEDLE_PLACES.length * NEEDLE_KINDS.length) {
        const phrase = `${NEEDLE_PLACES[n % NEEDLE_PLACES.length]}${NEEDLE_KINDS[Math.floor(n / NEEDLE_PLACES.length)]}`;
        text = `${phrase}\n${body}`;
        tally.needles.push({ phrase, doc: d.i });
      }
      const bytes = await makeAttachment(type, text.replace(/[#*|>`_-]/g, ''));
      await output.writeBytes(path.join(dir, attachment.file), bytes);
      tally.attachmentBytes += bytes.length;
    }
    if (d.ext === '.mdx') tally.mdx++;
    tally.counts[d.coll]++;
    await output.writeText(
      path.join(out, d.coll, d.id + d.ext),
      frontmatter(d, conv, docs, summary, keywords, attachment) + body,
    );
    scanner.scan(foldText(`${title}\n${body}`, d.trad), d.i);
  }
  return tally;
}

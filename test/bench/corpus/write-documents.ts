/**
 * Writes the planned documents one at a time: compose the text, convert it
 * to 繁體 where planned, copy the attachment, write the file and scan it for
 * the ground truth. Only one body is held at a time (plus the writes in flight).
 */
import fs from 'node:fs';
import path from 'node:path';
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
  /** The PDF to copy as each attachment; without it no document gets one. */
  pdfSource: string | undefined;
}

export interface DocumentTally {
  counts: Record<DocCollection, number>;
  traditional: number;
  mdx: number;
  attachments: number;
}

export async function writeDocuments(docs: Doc[], { seed, out, output, conv, foldText, scanner, pdfSource }: DocumentWriting): Promise<DocumentTally> {
  const tally: DocumentTally = { counts: { catalogue: 0, news: 0, policies: 0, interpretations: 0, reports: 0 }, traditional: 0, mdx: 0, attachments: 0 };
  const madeDirs = new Set<string>();
  const pdfSize = pdfSource ? fs.statSync(pdfSource).size : 0;
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
    if (d.attach && pdfSource) {
      attachment = { file: `${path.basename(d.id)}-附件1.pdf`, title: `附件1：${g.r.pick(['申请表', '情况统计表', '任务分解表', '名单', '有关材料'])}` };
      await output.copy(pdfSource, path.join(dir, attachment.file), pdfSize);
      tally.attachments++;
    }
    if (d.ext === '.mdx') tally.mdx++;
    tally.counts[d.coll]++;
    await output.writeText(path.join(out, d.coll, d.id + d.ext), frontmatter(d, conv, docs, summary, keywords, attachment) + body);
    scanner.scan(foldText(`${title}\n${body}`, d.trad), d.i);
  }
  return tally;
}

/** The YAML frontmatter of each document, field by field as the collection schemas expect. */
import type { Doc } from './document.ts';
import { givenNames, outlets, publishers, surnames } from './phrases.ts';

const q = (s: string) => JSON.stringify(s);

export function frontmatter(
  d: Doc,
  conv: (s: string) => string,
  docs: Doc[],
  summary: string,
  keywords: string[],
  attachment?: { file: string; title: string },
): string {
  const lines: string[] = ['---'];
  const t = (s: string) => (d.trad ? conv(s) : s);
  lines.push(`title: ${q(t(d.title))}`);
  if (d.coll === 'news') {
    lines.push(`column: ${d.column}`);
    lines.push(`publishDate: ${q(d.date)}`);
    lines.push(`source: ${q(newsSource(d))}`);
    if (d.i % 3 !== 0) lines.push(`author: ${q(newsAuthor(d))}`);
    lines.push(`summary: ${q(summary)}`);
    lines.push('---', '');
    return lines.join('\n');
  }
  if (d.indexNo) lines.push(`indexNo: ${d.indexNo}`);
  const pubs = d.joint ? [publishers[d.pub]!.name, d.joint] : [publishers[d.pub]!.name];
  lines.push(`publisher: ${pubs.length === 1 ? q(pubs[0]!) : `[${pubs.map(q).join(', ')}]`}`);
  if (d.docNo) lines.push(`docNo: ${q(d.docNo)}`);
  if (d.written) lines.push(`writtenDate: ${q(d.written)}`);
  lines.push(`publishDate: ${q(d.date)}`);
  lines.push(`topic: ${q(d.topic)}`);
  if (d.genre) lines.push(`genre: ${d.genre}`);
  switch (d.coll) {
    case 'policies':
      lines.push(`kind: ${d.kind}`);
      lines.push(`validity: ${d.validity ?? '有效'}`);
      if (d.effectiveDate) lines.push(`effectiveDate: ${q(d.effectiveDate)}`);
      if (d.validityDate) lines.push(`validityDate: ${q(d.validityDate)}`);
      if (d.replacedBy !== undefined) lines.push(`replacedBy: ${q(docs[d.replacedBy]!.id)}`);
      if (d.interpretations || d.kind === '规章') lines.push('needsInterpretation: true');
      break;
    case 'interpretations':
      lines.push(`form: ${d.form}`);
      lines.push(`policy: ${q(docs[d.policy!]!.id)}`);
      break;
    case 'reports':
      lines.push(`reportType: ${d.reportType}`);
      lines.push(`year: ${d.reportYear}`);
      // JSON is YAML: one line per report.
      if (d.statistics) lines.push(`statistics: ${JSON.stringify(d.statistics)}`);
      break;
    case 'catalogue':
      lines.push(`category: ${d.category}`);
      break;
  }
  lines.push(`keywords: [${keywords.map((k) => q(t(k))).join(', ')}]`);
  lines.push(`summary: ${q(summary)}`);
  if (attachment) lines.push('attachments:', `  - file: ${q(attachment.file)}`, `    title: ${q(t(attachment.title))}`);
  lines.push('---', '');
  return lines.join('\n');
}

function newsSource(d: Doc): string {
  return d.i % 5 === 0 ? outlets[d.i % outlets.length]! : publishers[d.pub]!.name;
}
function newsAuthor(d: Doc): string {
  return surnames[(d.i * 7) % surnames.length]! + givenNames[(d.i * 13) % givenNames.length]!;
}

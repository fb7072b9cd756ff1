/**
 * Distinct attachment files for the benchmark corpus, one per document that
 * has one, so extraction is measured per file (copies of one file would be
 * read once). Types in a realistic mix: half PDF, then XLSX, DOCX, OFD.
 * Each holds a few pages of the document's own sentences.
 *
 * The PDFs are written here directly (a text layer with a ToUnicode map,
 * the font not embedded) because making thousands with a browser or a font
 * subsetter would take longer than the benchmark: they are smaller and
 * cheaper to read than office-suite PDFs with embedded fonts, so the PDF
 * figures are a lower bound (the sample files give the upper side).
 */
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';

export type AttachmentType = 'pdf' | 'xlsx' | 'docx' | 'ofd';

/** The type of the k-th attachment: 5 of 10 PDF, 2 XLSX, 2 DOCX, 1 OFD. */
export const attachmentType = (k: number): AttachmentType =>
  (['pdf', 'pdf', 'xlsx', 'pdf', 'docx', 'pdf', 'xlsx', 'pdf', 'docx', 'ofd'] as const)[k % 10]!;

const LINE_CHARS = 34;
const LINES_PER_PAGE = 38;

/** Lines of at most LINE_CHARS characters, in pages. */
function pages(text: string, maxPages: number): string[][] {
  const lines: string[] = [];
  for (const para of text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    for (let i = 0; i < para.length; i += LINE_CHARS) lines.push(para.slice(i, i + LINE_CHARS));
  }
  const out: string[][] = [];
  for (let i = 0; i < lines.length && out.length < maxPages; i += LINES_PER_PAGE)
    out.push(lines.slice(i, i + LINES_PER_PAGE));
  return out.length ? out : [['（空白）']];
}

const hex = (s: string) => [...s].map((c) => (c.codePointAt(0)! & 0xffff).toString(16).padStart(4, '0')).join('');

/** A PDF with one CID font (Identity-H) whose ToUnicode map is the identity: code = Unicode. */
export function makePdf(text: string, maxPages = 3): Buffer {
  const ps = pages(text, maxPages);
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1;
  const stream = (content: string, dict = '') =>
    `<< ${dict} /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
  const catalog = add('<< /Type /Catalog /Pages 2 0 R >>');
  const pagesObj = add('PAGES');
  const ranges = Array.from(
    { length: 256 },
    (_v, h) =>
      `<${h.toString(16).padStart(2, '0')}00> <${h.toString(16).padStart(2, '0')}ff> <${h.toString(16).padStart(2, '0')}00>`,
  );
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def 1 begincodespacerange <0000> <ffff> endcodespacerange\n${[
    0, 100, 200,
  ]
    .map((s) => {
      const part = ranges.slice(s, s + 100);
      return `${part.length} beginbfrange\n${part.join('\n')}\nendbfrange`;
    })
    .join('\n')}\nendcmap CMapName currentdict /CMap defineresource pop end end`;
  const toUnicode = add(stream(cmap));
  const descriptor = add(
    '<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -140 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  );
  const cid = add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /CIDToGIDMap /Identity /DW 1000 >>`,
  );
  const font = add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [${cid} 0 R] /ToUnicode ${toUnicode} 0 R >>`,
  );
  const kids: number[] = [];
  for (const lines of ps) {
    const content = `BT /F1 14 Tf ${lines.map((l, i) => `1 0 0 1 50 ${800 - i * 20} Tm <${hex(l)}> Tj`).join(' ')} ET`;
    const contents = add(stream(content));
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R >>`,
      ),
    );
  }
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let pdf = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

export async function makeDocx(text: string): Promise<Buffer> {
  const paragraphs = pages(text, 3).flat();
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] }));
}

export async function makeXlsx(text: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('明细');
  sheet.addRow(['序号', '事项', '责任单位', '金额（万元）']);
  pages(text, 2)
    .flat()
    .forEach((line, i) => sheet.addRow([i + 1, line, line.slice(0, 6), (i * 37) % 1000]));
  return Buffer.from(await book.xlsx.writeBuffer());
}

export function makeOfd(text: string): Buffer {
  const ps = pages(text, 3);
  const ns = 'xmlns:ofd="http://www.ofdspec.org/2016"';
  const files: Record<string, Uint8Array> = {
    'OFD.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD ${ns} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`,
    ),
    'Doc_0/Document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><ofd:Document ${ns}><ofd:Pages>${ps.map((_p, i) => `<ofd:Page ID="${i + 1}" BaseLoc="Pages/Page_${i}/Content.xml"/>`).join('')}</ofd:Pages></ofd:Document>`,
    ),
  };
  ps.forEach((lines, i) => {
    const objects = lines.map(
      (l, j) =>
        `<ofd:TextObject ID="${100 + j}" Boundary="20 ${20 + j * 7} 170 6" Font="1" Size="4"><ofd:TextCode X="0" Y="4">${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</ofd:TextCode></ofd:TextObject>`,
    );
    files[`Doc_0/Pages/Page_${i}/Content.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><ofd:Page ${ns}><ofd:Content><ofd:Layer ID="2">${objects.join('')}</ofd:Layer></ofd:Content></ofd:Page>`,
    );
  });
  return Buffer.from(zipSync(files));
}

export async function makeAttachment(type: AttachmentType, text: string): Promise<Buffer> {
  if (type === 'pdf') return makePdf(text);
  if (type === 'docx') return makeDocx(text);
  if (type === 'xlsx') return makeXlsx(text);
  return makeOfd(text);
}

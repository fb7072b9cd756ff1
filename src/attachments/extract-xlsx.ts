/**
 * XLSX with exceljs (maintained, MIT, reads cell values, formulas' cached
 * results, rich text and dates). Every non-empty cell is its own text part,
 * so the personal-data check names the sheet and cell (工作表「名单」C3).
 * The HTML view is one table per sheet: title rows above it as its caption,
 * the next row as column headers.
 */
import ExcelJS from 'exceljs';
import { escapeHtml } from './html-escape.ts';
import type { Extracted, TextPart } from './types.ts';

/** Rows shown per sheet in the HTML view; a longer sheet says so and points to the download. */
const VIEW_ROWS = 2000;

export async function extractXlsx(bytes: Uint8Array): Promise<Extracted> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const parts: TextPart[] = [];
  const html: string[] = [];
  for (const sheet of book.worksheets) {
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        const text = (cell.text ?? '').trim();
        cells[col - 1] = text;
        if (text) parts.push({ where: `工作表「${sheet.name}」${cell.address}`, text });
      });
      rows.push(Array.from(cells, (c) => c ?? ''));
    });
    if (rows.length === 0) continue;
    const width = Math.max(...rows.map((r) => r.length));
    const line = (r: string[], tag: 'td' | 'th') =>
      `<tr>${Array.from({ length: width }, (_v, i) => `<${tag}${tag === 'th' ? ' scope="col"' : ''}>${escapeHtml(r[i] ?? '')}</${tag}>`).join('')}</tr>`;
    // Title rows above the table (one cell each, often merged across) are its caption; the next row names the columns.
    const titles: string[] = [];
    while (rows.length > 1 && rows[0]!.filter(Boolean).length <= 1) titles.push(rows.shift()!.filter(Boolean).join(''));
    const [head, ...body] = rows;
    const caption = titles.filter(Boolean).join(' ');
    html.push(
      `<h2>${escapeHtml(sheet.name)}</h2><div class="table-scroll" role="region" aria-label="${escapeHtml(caption || sheet.name)}" tabindex="0"><table>${
        caption ? `<caption>${escapeHtml(caption)}</caption>` : ''
      }<thead>${line(head!, 'th')}</thead><tbody>${body
        .slice(0, VIEW_ROWS)
        .map((r) => line(r, 'td'))
        .join('')}</tbody></table></div>`,
    );
    if (body.length > VIEW_ROWS) html.push(`<p>此工作表共 ${body.length} 行，这里显示前 ${VIEW_ROWS} 行，完整内容请下载原文件。</p>`);
  }
  return { ok: true, parts, units: book.worksheets.length, imageOnly: false, html: html.join('\n') };
}

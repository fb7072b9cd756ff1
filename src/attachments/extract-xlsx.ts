/**
 * XLSX with exceljs (maintained, MIT, reads cell values, formulas' cached
 * results, rich text and dates). Every non-empty cell is its own text part,
 * so the personal-data check names the sheet and cell (工作表「名单」C3).
 * The HTML view is one table per sheet (sheet-view.ts).
 */
import ExcelJS from 'exceljs';
import { sheetHtml } from './sheet-view.ts';
import type { Extracted, TextPart } from './types.ts';

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
    if (rows.length > 0) html.push(sheetHtml(sheet.name, rows));
  }
  return { ok: true, parts, units: book.worksheets.length, imageOnly: false, html: html.join('\n') };
}

/**
 * Legacy Excel (.xls, Excel 97–2003 BIFF8, and the older BIFF5 of Excel 95)
 * with SheetJS 0.20.3, published on npm as @e965/xlsx (the `xlsx` package on
 * npm stopped at 0.18.5, which has two advisories fixed in 0.19.3 and
 * 0.20.2; README "Why each dependency is there"). Read like XLSX: every
 * non-empty cell is its own text part (工作表「名单」C3) and each sheet a
 * table in the HTML view. Only the workbook's cells are read: no formulas
 * evaluated, no macros, no external links.
 */
import * as XLSX from '@e965/xlsx';
import * as cptable from '@e965/xlsx/dist/cpexcel.full.mjs';
import { sheetHtml } from './sheet-view.ts';
import type { Extracted, TextPart } from './types.ts';

// BIFF8 strings are Unicode; Excel 95 files name a code page (GBK for Chinese Excel), which needs the tables.
XLSX.set_cptable(cptable);

/** The OLE compound file signature every real .xls starts with. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function extractXls(bytes: Uint8Array): Extracted {
  // SheetJS also reads CSV, HTML and XML saved as .xls; such a file is not what its name says: refuse it.
  if (!CFB_MAGIC.every((b, i) => bytes[i] === b)) throw new Error('不是 Excel 97-2003 工作簿（.xls）');
  const book = XLSX.read(bytes, {
    type: 'array',
    cellFormula: false,
    cellHTML: false,
    cellStyles: false,
    bookVBA: false,
    sheetStubs: false,
  });
  const parts: TextPart[] = [];
  const html: string[] = [];
  for (const name of book.SheetNames) {
    const sheet = book.Sheets[name];
    if (!sheet?.['!ref']) continue;
    const range = XLSX.utils.decode_range(sheet['!ref']);
    const rows: string[][] = [];
    for (let r = range.s.r; r <= range.e.r; r++) {
      const cells: string[] = [];
      for (let c = range.s.c; c <= range.e.c; c++) {
        const address = XLSX.utils.encode_cell({ r, c });
        const cell = sheet[address] as XLSX.CellObject | undefined;
        const text = (cell?.w ?? (cell?.v === undefined ? '' : String(cell.v))).trim();
        cells.push(text);
        if (text) parts.push({ where: `工作表「${name}」${address}`, text });
      }
      while (cells.length > 0 && cells.at(-1) === '') cells.pop();
      if (cells.length > 0) rows.push(cells);
    }
    if (rows.length > 0) html.push(sheetHtml(name, rows));
  }
  return { ok: true, parts, units: book.SheetNames.length, imageOnly: false, html: html.join('\n') };
}

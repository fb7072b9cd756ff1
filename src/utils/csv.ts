/**
 * CSV as editors save it from Excel or WPS: RFC 4180 quoting, CRLF or LF,
 * an optional UTF-8 BOM. Records come out one at a time with the line they
 * start on, so a 100,000-row file is never held twice and every problem can
 * name its line.
 */

export interface CsvRecord {
  /** 1-based line of the file where the record starts. */
  line: number;
  cells: string[];
}

export function* parseCsv(text: string): Generator<CsvRecord> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const start = line;
    const cells: string[] = [];
    for (;;) {
      let cell = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) {
            cell += text.slice(i);
            i = n;
            break;
          }
          cell += text.slice(i, q);
          i = q + 1;
          if (text[i] === '"') {
            cell += '"';
            i++;
          } else break;
        }
        for (const c of cell) if (c === '\n') line++;
        // Anything between the closing quote and the separator is kept, as spreadsheets do.
        while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') cell += text[i++];
      } else {
        const from = i;
        while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') i++;
        cell = text.slice(from, i);
      }
      cells.push(cell);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      line++;
      break;
    }
    // Blank lines (often at the end of an exported file) are not records.
    if (cells.length === 1 && cells[0] === '') continue;
    yield { line: start, cells };
  }
}

// A cell Excel, WPS or LibreOffice would read as a formula: = + - @ first (after any spaces), or a tab, CR or NUL first.
const FORMULA_START = /^(?:[\s\0]*[=+\-@]|[\t\r\0])/;
// A plain number (-3, +1.5): it cannot call anything, and the spreadsheet should still read it as a number.
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

/**
 * A cell of a CSV the site publishes, made safe to open in a spreadsheet
 * (OWASP "CSV Injection"; ASVS 1.2.10): text that a spreadsheet would run as
 * a formula (`=HYPERLINK(…)`, `@SUM(…)`, `-2+3+cmd|…`) gets a leading `'`,
 * which spreadsheets show as text and do not evaluate. Plain numbers stay as
 * they are.
 */
export function spreadsheetSafe(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** One CSV field: spreadsheet-safe, quoted only where needed (RFC 4180). */
export function csvField(value: string | number | undefined): string {
  const s = spreadsheetSafe(value === undefined ? '' : String(value));
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One CSV line (CRLF-terminated, as spreadsheets expect). */
export function csvLine(cells: readonly (string | number | undefined)[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/** Excel opens a UTF-8 CSV as Chinese only when it starts with a BOM. */
export const CSV_BOM = '\uFEFF';

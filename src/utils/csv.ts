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

/** One CSV line (CRLF-terminated, as spreadsheets expect), quoting only where needed. */
export function csvLine(cells: readonly (string | number | undefined)[]): string {
  return `${cells
    .map((c) => {
      const s = c === undefined ? '' : String(c);
      return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
    })
    .join(',')}\r\n`;
}

/** Excel opens a UTF-8 CSV as Chinese only when it starts with a BOM. */
export const CSV_BOM = '\uFEFF';

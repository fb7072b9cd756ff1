/**
 * The "在线阅读" view of one spreadsheet sheet (XLSX and XLS alike): a table
 * whose title rows (one cell each, often merged across) become its caption
 * and whose next row names the columns. Long sheets show their first rows
 * and say so.
 */
import { escapeHtml } from './html-escape.ts';

/** Rows shown per sheet in the HTML view; a longer sheet says so and points to the download. */
const VIEW_ROWS = 2000;

/** `rows`: the sheet's non-empty rows, each a list of cell texts ('' for an empty cell). */
export function sheetHtml(sheetName: string, sheetRows: readonly string[][]): string {
  const rows = sheetRows.map((r) => [...r]);
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((r) => r.length));
  const line = (r: string[], tag: 'td' | 'th') =>
    `<tr>${Array.from({ length: width }, (_v, i) => `<${tag}${tag === 'th' ? ' scope="col"' : ''}>${escapeHtml(r[i] ?? '')}</${tag}>`).join('')}</tr>`;
  const titles: string[] = [];
  while (rows.length > 1 && rows[0]!.filter(Boolean).length <= 1) titles.push(rows.shift()!.filter(Boolean).join(''));
  const [head, ...body] = rows;
  const caption = titles.filter(Boolean).join(' ');
  const html = [
    `<h2>${escapeHtml(sheetName)}</h2><div class="table-scroll" role="region" aria-label="${escapeHtml(caption || sheetName)}" tabindex="0"><table>${
      caption ? `<caption>${escapeHtml(caption)}</caption>` : ''
    }<thead>${line(head!, 'th')}</thead><tbody>${body
      .slice(0, VIEW_ROWS)
      .map((r) => line(r, 'td'))
      .join('')}</tbody></table></div>`,
  ];
  if (body.length > VIEW_ROWS)
    html.push(`<p>此工作表共 ${body.length} 行，这里显示前 ${VIEW_ROWS} 行，完整内容请下载原文件。</p>`);
  return html.join('\n');
}

/**
 * The skeleton of a new 政府信息公开工作年度报告 (`npm run new report`): the
 * `statistics` block of the report year's format (src/annual-report/
 * format.ts) with every row at zero and each row's label as a comment, and
 * the six mandated section headings as the body. Before 2019 reports are
 * free-form: only the prose skeleton.
 */
import { formatForYear, TABLE_TITLES } from '../schemas/annual-report-format.ts';

const zeros = (n: number) => (n === 1 ? '0' : `[${Array(n).fill(0).join(', ')}]`);
const pad = (s: string, width: number) => s + ' '.repeat(Math.max(1, width - s.length));

/** The frontmatter lines of the statistics block (indented, commented), or none before 2019. */
export function statisticsLines(year: number): string[] {
  const format = formatForYear(year);
  if (!format) return [];
  const lines = ['statistics:', `  # ${TABLE_TITLES[2]}（${format.name}）：每行按表格从左到右填写`, '  proactive:'];
  for (const block of format.table2) {
    for (const r of block.rows)
      lines.push(
        `    ${pad(`${r.key}:`, 22)}${pad(zeros(block.columns.length), 12)}# ${r.label}：${block.columns.map((c) => c.label).join('、')}`,
      );
  }
  const columns = format.table3.columns.length;
  lines.push(
    `  # ${TABLE_TITLES[3]}：每行${columns}个数，依次为 ${format.table3.columns.map((c) => c.label).join('、')}`,
    '  applications:',
  );
  let group = '';
  for (const r of format.table3.rows) {
    const [head, leaf] = r.key.split('.');
    if (leaf !== undefined && head !== group)
      lines.push(`    ${pad(`${head}:`, 22)}# ${r.groups[r.groups.length - 1]}`);
    group = leaf === undefined ? '' : head!;
    const key = leaf === undefined ? `    ${head}:` : `      ${leaf}:`;
    lines.push(`${pad(key, 26)}${pad(zeros(columns), 24)}# ${r.label}`);
  }
  lines.push(
    `  # ${TABLE_TITLES[4]}：每组${format.table4.columns.length}个数，依次为 ${format.table4.columns.join('、')}`,
    '  appeals:',
  );
  for (const g of format.table4.groups)
    lines.push(`    ${pad(`${g.key}:`, 26)}${pad(zeros(format.table4.columns.length), 20)}# ${g.labels.join('：')}`);
  return lines;
}

/** The body: the six section headings (in their mandated wording) with a line to replace under each. */
export function reportBody(year: number): string {
  const sections = (formatForYear(year) ?? formatForYear(2021)!).sections;
  return sections.map((s) => `## ${s}\n\n（在这里写${s.replace(/^[一二三四五六]、/, '')}。）`).join('\n\n');
}

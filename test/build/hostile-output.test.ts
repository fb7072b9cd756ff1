/**
 * What hostile or careless content does to the files the site writes, on a
 * real build of the fixture site with:
 * - titles pasted from Word, with its manual line break (U+000B) and page
 *   break (U+000C) and a Unicode line separator: read as spaces, and every
 *   XML file the build writes (RSS feeds, sitemaps) is well-formed by a
 *   strict XML 1.0 parser (saxes);
 * - text starting with = + - @ in a title and in data-list cells: every CSV
 *   the build writes holds it as text (a leading '), so a spreadsheet that
 *   opens it runs no formula (OWASP CSV injection).
 */
import fs from 'node:fs';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/utils/csv.ts';
import { buildSite } from '../support/build-site.ts';
import { writeFixtureContent, replaceIn } from '../support/fixture-content.ts';
import { testTmp } from '../support/paths.ts';

const content = path.join(testTmp, 'hostile-output', 'content');
const dist = path.join(testTmp, 'hostile-output', 'dist');
const FORMULAS = [
  '=HYPERLINK("https://example.com/x","点击")',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '+1+2',
  "-2+3+cmd|' /C calc'!A0",
  '=1+1',
];

/** Every file under `dir` whose name ends with `ext`. */
const filesOf = (dir: string, ext: string): string[] =>
  (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(ext)).map((f) => path.join(dir, f));

/** The well-formedness errors of an XML document (none when it parses). */
function xmlErrors(text: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => errors.push(e.message));
  parser.write(text).close();
  return errors;
}

beforeAll(() => {
  writeFixtureContent(content);
  replaceIn(
    content,
    'news/meeting.md',
    'title: 省交通运输厅召开全省道路运输安全工作会议',
    'title: "省交通运输厅召开\\v全省道路运输\\f安全工作会议\\u2028（第二次）"',
  );
  replaceIn(
    content,
    'policies/2025/freight-rules.md',
    'title: 示例省道路货物运输经营者信用管理办法',
    `title: '${FORMULAS[0]!.replaceAll("'", "''")}'`,
  );
  const list = path.join(content, 'lists', 'xzcf.csv');
  const rows = fs.readFileSync(list, 'utf8').trimEnd().split('\n');
  const csvCell = (s: string) => `"${s.replaceAll('"', '""')}"`;
  // A row of the first (single-line) record with its free-text cells replaced by formulas.
  fs.appendFileSync(
    list,
    `\n${csvCell(FORMULAS[1]!)},法人及非法人组织,91990101MA6043894Q,${csvCell(FORMULAS[2]!)},示交执罚〔2025〕98号,${csvCell(FORMULAS[3]!)},${csvCell(FORMULAS[4]!)},《公路安全保护条例》第六十四条,罚款,罚款0.5万元,0.5,,2025-09-26,示例省交通运输综合行政执法总队,2025-10-09\n`,
  );
  expect(rows.length).toBeGreaterThan(1);
  const result = buildSite(content, dist);
  if (result.status !== 0) throw new Error(`build failed:\n${result.output.slice(-3000)}`);
}, 600_000);

describe('control characters pasted from Word', () => {
  it('are read as spaces in the feeds and the page', () => {
    const feed = fs.readFileSync(path.join(dist, 'rss.xml'), 'utf8');
    expect(feed).toContain('<title>省交通运输厅召开 全省道路运输 安全工作会议 （第二次）</title>');
    expect(feed).not.toMatch(/[\u000B\u000C\u2028]/);
  });

  it('leave every XML file the build writes well-formed (RSS feeds, sitemaps)', () => {
    const files = filesOf(dist, '.xml');
    expect(files.some((f) => f.endsWith('rss.xml'))).toBe(true);
    expect(files.some((f) => path.basename(f).startsWith('sitemap'))).toBe(true);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(xmlErrors(fs.readFileSync(file, 'utf8')), path.relative(dist, file)).toEqual([]);
  });
});

describe('formula cells in the CSV downloads', () => {
  const csvFiles = () => filesOf(dist, '.csv');
  const cellsOf = (file: string) => [...parseCsv(fs.readFileSync(file, 'utf8'))].flatMap((r) => r.cells);

  it('are written as text with a leading quote, in the data list and the open-data catalogue', () => {
    const list = cellsOf(path.join(dist, 'sjqd', 'xzcf.csv'));
    for (const formula of FORMULAS.slice(1)) expect(list).toContain(`'${formula}`);
    expect(cellsOf(path.join(dist, 'open-data', 'catalogue.csv'))).toContain(`'${FORMULAS[0]}`);
  });

  it('never start a cell of any CSV the site writes, except plain numbers', () => {
    const files = csvFiles();
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      const risky = cellsOf(file).filter((c) => /^[=+\-@\t\r]/.test(c) && !/^[+-]?\d+(\.\d+)?$/.test(c));
      expect(risky, path.relative(dist, file)).toEqual([]);
    }
  });
});

import { describe, expect, it, vi } from 'vitest';
import type { APIContext } from 'astro';
import { entry, setEntries } from '../../test/support/mock-content.ts';

vi.mock('astro:content', () => import('../../test/support/mock-content.ts').then((m) => m.astroContent));
vi.mock('astro:config/client', () => ({ base: '/' }));

const SITE = new URL('https://jtt.example.gov.cn/');

async function route(name: 'catalogue.json' | 'catalogue.csv') {
  vi.resetModules();
  const { GET } = await import(`../pages/open-data/${name}.ts`);
  const response: Response = await GET({ site: SITE } as APIContext);
  return {
    type: response.headers.get('content-type'),
    text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer()),
  };
}

const entries = () => [
  entry('policies', '2025/rules', {
    title: '关于"道路",货运的通知',
    docNo: '示交发〔2025〕1号',
    publishDate: '2025-03-10 09:30',
    kind: '规章',
    summary: '第一行\n第二行',
  }),
  entry('catalogue', 'ghjh/plan', { title: '=SUM(A1)', publishDate: '2025-01-01 09:00' }),
  entry('policies', '2025/secret', { publishDate: '2025-05-01 09:00', disclosure: '依申请公开' }),
];

describe('catalogue open data', () => {
  it('streams one JSON record per published item, newest first, with absolute URLs', async () => {
    setEntries(entries());
    const { type, text } = await route('catalogue.json');
    expect(type).toBe('application/json');
    const json = JSON.parse(text);
    expect(json.count).toBe(2);
    expect(json.site.url).toBe('https://jtt.example.gov.cn/');
    expect(json.items.map((r: { title: string }) => r.title)).toEqual(['关于"道路",货运的通知', '=SUM(A1)']);
    const [first] = json.items;
    expect(first).toMatchObject({
      docNo: '示交发〔2025〕1号',
      publisher: '示例省交通运输厅',
      column: '规章',
      summary: '第一行\n第二行',
    });
    expect(first.url).toMatch(/^https:\/\/jtt\.example\.gov\.cn\/xxgk\/.+\/$/);
    expect(Object.keys(first)).toEqual(Object.keys(json.fields));
  });

  it('streams the same records as CSV: BOM, Chinese headers, quoted and spreadsheet-safe cells', async () => {
    setEntries(entries());
    const { text } = await route('catalogue.csv');
    expect(text.startsWith('\uFEFF索引号,标题,发文字号,')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(4); // header, two records, the empty string after the last CRLF
    expect(lines[1]).toContain(',"关于""道路"",货运的通知",示交发〔2025〕1号,');
    expect(text).toContain('"第一行\n第二行"');
    expect(lines[2]).toContain(",'=SUM(A1),");
    expect(text).not.toContain('2025/secret');
  });

  it('names the 年度报告 column for a report outside the catalogue tree', async () => {
    setEntries([
      entry('reports', '2025/annual', { reportType: '年度报告', year: 2018, publishDate: '2025-01-15 09:00' }),
    ]);
    vi.resetModules();
    const { getCatalogue } = await import('./catalogue.ts');
    const { catalogueRecord, CATALOGUE_FIELDS } = await import('./open-data.ts');
    const { ANNUAL_REPORTS_NAME } = await import('./columns.ts');
    const catalogue = await getCatalogue();
    const record = catalogueRecord(catalogue.items[0]!, catalogue, SITE);
    expect(record.column).toBe(ANNUAL_REPORTS_NAME);
    expect(Object.keys(record)).toEqual(CATALOGUE_FIELDS.map(([k]) => k));
  });
});

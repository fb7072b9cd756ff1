/**
 * The search records of the fixture site: one per published page, with the
 * page's URL, filter values and exact-match identifier words.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckedEntry } from '../../src/catalogue/entry.ts';
import { checkContent } from '../../src/checks/check-content.ts';
import { searchRecordSources, type SearchRecordSource, INTERACTION_SEARCH } from '../../src/search/records.ts';
import { docNumberToken, indexNumberToken } from '../../src/utils/exact-token.ts';
import { loadSiteSettings } from '../../src/schemas/site-settings.ts';
import { sitePaths } from '../../src/utils/site-paths.ts';
import type { CatalogueNode, SiteSettings } from '../../src/schemas/site.ts';
import { GENERATED_PLAN_ITEMS, writeFixtureContent } from '../support/fixture-content.ts';

let tmpRoot = '';
let entries: CheckedEntry[] = [];
let site: SiteSettings;
let records: SearchRecordSource[] = [];

const INDEX_NO = /^11990000MB0000001X\/(\d{4})-\d{5}$/;

beforeAll(() => {
  tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-search-records-'));
  writeFixtureContent(tmpRoot);
  const report = checkContent(tmpRoot);
  expect(report.errors).toEqual([]);
  entries = report.entries;
  site = loadSiteSettings(tmpRoot);
  records = searchRecordSources(entries, site, sitePaths('/'));
});

afterAll(() => {
  if (tmpRoot) fs.rmSync(tmpRoot, { recursive: true, force: true });
});

const byPath = (relative: string) => {
  const found = records.filter((r) => r.path === path.join(tmpRoot, relative));
  expect(found, relative).toHaveLength(1);
  return found[0]!;
};
const entryOf = (r: SearchRecordSource) => entries.find((e) => e.path === r.path)!;

describe('searchRecordSources', () => {
  it('makes one record per published entry, leaving out 不予公开 entries', () => {
    const withheld = entries.filter((e) => e.data.disclosure === '不予公开');
    expect(withheld.map((e) => e.id)).toEqual(['2024/withheld']);
    expect(records).toHaveLength(entries.length - withheld.length);
    expect(records.some((r) => r.path === withheld[0]!.path || r.title === '不予公开的内部文件')).toBe(false);
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
    expect(new Set(records.map((r) => r.path)).size).toBe(records.length);
    for (const r of records) expect(fs.existsSync(r.path)).toBe(true);
  });

  it('gives documents their page URL, /xxgk/{索引号 with / as -}/', () => {
    const documents = records.filter((r) => r.meta.indexNo !== undefined);
    expect(documents).toHaveLength(8 + GENERATED_PLAN_ITEMS);
    for (const r of documents) {
      const indexNo = r.meta.indexNo!;
      const m = INDEX_NO.exec(indexNo);
      expect(m, indexNo).not.toBeNull();
      // Generated numbers follow the publication year.
      expect(m![1]).toBe(r.date.slice(0, 4));
      expect(r.url).toBe(`/xxgk/${indexNo.replaceAll('/', '-')}/`);
      expect(r.url).toBe(sitePaths('/').document(indexNo));
      const explicit = entryOf(r).data.indexNo;
      if (explicit !== undefined) expect(indexNo).toBe(explicit);
    }
    expect(new Set(documents.map((r) => r.meta.indexNo)).size).toBe(documents.length);
    expect(byPath('policies/2025/freight-rules.md').url).toBe('/xxgk/11990000MB0000001X-2025-00003/');
    expect(byPath('interpretations/freight-rules-qa.md').url).toBe('/xxgk/11990000MB0000001X-2025-00004/');
  });

  it('gives news /xwzx/{column}/{id}/ and pages /{id}/', () => {
    expect(byPath('news/meeting.md').url).toBe('/xwzx/zwdt/meeting/');
    const pages = records.filter((r) => r.filters['栏目']![0] === '网站页面');
    expect(pages.map((r) => r.url).sort()).toEqual([
      '/about/',
      '/accessibility/',
      '/contact/',
      '/hdjl/',
      '/privacy/',
      '/zwgk/zd/',
      '/zwgk/zn/',
    ]);
    for (const r of pages) expect(r.url).toBe(`/${entryOf(r).id}/`);
  });

  it('carries title and a sortable date', () => {
    for (const r of records) {
      expect(r.title).toBe(entryOf(r).data.title);
      expect(r.meta.title).toBe(r.title);
      expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      expect(r.meta.date).toBe(r.date.slice(0, 10));
    }
    expect(byPath('news/meeting.md').date).toBe('2025-04-02 16:20');
    expect(byPath('pages/about.md').date).toBe('2025-01-01 00:00');
  });

  it('files each record under a column named in site.yaml', () => {
    const names = new Set<string>();
    const walk = (nodes: readonly CatalogueNode[]) => {
      for (const n of nodes) {
        names.add(n.name);
        if (n.children) walk(n.children);
      }
    };
    walk(site.catalogue);
    for (const c of site.newsColumns) names.add(c.name);
    names.add('政府信息公开年报');
    names.add('网站页面');
    for (const s of Object.values(INTERACTION_SEARCH)) names.add(s.name);
    for (const r of records) {
      expect(r.filters['栏目']).toHaveLength(1);
      expect(names.has(r.filters['栏目']![0]!), r.filters['栏目']![0]).toBe(true);
      expect(r.meta.column).toBe(r.filters['栏目']![0]);
    }
    expect(byPath('policies/2025/freight-rules.md').filters['栏目']).toEqual(['行政规范性文件']);
    expect(byPath('policies/2024/winter-plan.md').filters['栏目']).toEqual(['其他文件']);
    expect(byPath('interpretations/freight-rules-qa.md').filters['栏目']).toEqual(['政策解读']);
    expect(byPath('catalogue/ghjh/plan-01.md').filters['栏目']).toEqual(['规划计划']);
    expect(byPath('reports/annual-2024.md').filters['栏目']).toEqual(['政府信息公开年报']);
    expect(byPath('news/meeting.md').filters['栏目']).toEqual(['政务动态']);
  });

  it('sets 年份 from the publication date and 发布机构 from the publisher list or news source', () => {
    for (const r of records) expect(r.filters['年份']).toEqual([r.date.slice(0, 4)]);
    expect(byPath('reports/annual-2024.md').filters['年份']).toEqual(['2025']);
    expect(byPath('policies/2025/freight-rules.md').filters['发布机构']).toEqual([
      '示例省交通运输厅',
      '示例省发展和改革委员会',
    ]);
    expect(byPath('policies/2024/winter-plan.md').filters['发布机构']).toEqual(['示例省交通运输厅']);
    expect(byPath('news/meeting.md').filters['发布机构']).toEqual(['示例省交通运输厅办公室']);
    expect(byPath('pages/about.md').filters['发布机构']).toBeUndefined();
  });

  it('sets 有效性 for policies only, and 体裁 when the entry has one', () => {
    for (const r of records) {
      const e = entryOf(r);
      if (e.collection === 'policies') expect(r.filters['有效性']).toEqual([e.data.validity]);
      else expect(r.filters['有效性']).toBeUndefined();
      if (typeof e.data.genre === 'string') expect(r.filters['体裁']).toEqual([e.data.genre]);
      else expect(r.filters['体裁']).toBeUndefined();
    }
    expect(byPath('policies/2024/freight-rules-old.md').filters['有效性']).toEqual(['废止']);
    expect(byPath('policies/2024/winter-plan.md').filters['有效性']).toEqual(['失效']);
    // The schema's default.
    expect(byPath('policies/2025/freight-rules.md').filters['有效性']).toEqual(['有效']);
    expect(byPath('policies/2025/freight-rules.md').filters['体裁']).toEqual(['通知']);
    expect(byPath('policies/2024/freight-rules-old.md').filters['体裁']).toBeUndefined();
  });

  it('carries the exact-match words of the 索引号 and 发文字号', () => {
    const rules = byPath('policies/2025/freight-rules.md');
    expect(rules.meta.docNo).toBe('示交规〔2025〕2号');
    expect(rules.identifiers).toEqual([
      indexNumberToken('11990000MB0000001X/2025-00003'),
      docNumberToken('示交规〔2025〕2号'),
    ]);
    // The same words a query with the identifier written differently becomes.
    expect(rules.identifiers).toContain(docNumberToken('示交规[2025]2号'));
    expect(rules.identifiers).toContain(indexNumberToken('11990000mb0000001x/2025-00003'));
    for (const r of records) {
      const docNo = entryOf(r).data.docNo as string | undefined;
      if (r.meta.indexNo === undefined) {
        expect(r.identifiers).toEqual([]);
        continue;
      }
      expect(r.identifiers[0]).toBe(indexNumberToken(r.meta.indexNo));
      expect(r.identifiers).toHaveLength(docNo ? 2 : 1);
      if (docNo) expect(r.identifiers[1]).toBe(docNumberToken(docNo));
      for (const word of r.identifiers) expect(word).toMatch(/^(sy|wh)[0-9a-z]+$/);
    }
    expect(new Set(records.flatMap((r) => r.identifiers)).size).toBe(records.flatMap((r) => r.identifiers).length);
  });

  it('gives each result its kind, 有效性, 发布机构 and the document replacing it', () => {
    const repealed = records.find((r) => r.meta.validity === '废止' && r.meta.replacedByUrl)!;
    expect(repealed.meta.kind).toBe('policy');
    expect(repealed.meta.publisher).toBeTruthy();
    const replacement = records.find((r) => r.url === repealed.meta.replacedByUrl)!;
    expect(replacement.title).toBe(repealed.meta.replacedByTitle);
    expect(records.every((r) => r.meta.kind)).toBe(true);
  });

  it('prefixes every URL with the base path', () => {
    const under = searchRecordSources(entries, site, sitePaths('/sub/'));
    expect(under).toHaveLength(records.length);
    under.forEach((r, i) => {
      expect(r.url).toBe(`/sub${records[i]!.url}`);
      // The replacing document's URL carries the base path too.
      expect(r.meta.replacedByUrl).toBe(records[i]!.meta.replacedByUrl && `/sub${records[i]!.meta.replacedByUrl}`);
      const plain = { ...r, url: '', meta: { ...r.meta, replacedByUrl: records[i]!.meta.replacedByUrl } };
      expect(plain).toEqual({ ...records[i]!, url: '' });
    });
    expect(under.find((r) => r.title === '机构概况')!.url).toBe('/sub/about/');
    expect(under.find((r) => r.path.endsWith('meeting.md'))!.url).toBe('/sub/xwzx/zwdt/meeting/');
    expect(searchRecordSources(entries, site, sitePaths('/sub')).map((r) => r.url)).toEqual(under.map((r) => r.url));
  });
});

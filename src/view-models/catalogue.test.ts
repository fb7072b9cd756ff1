import { beforeEach, describe, expect, it, vi } from 'vitest';
import { entry, setEntries } from '../../test/support/mock-content.ts';

vi.mock('astro:content', () => import('../../test/support/mock-content.ts').then((m) => m.astroContent));
vi.mock('astro:config/client', () => ({ base: '/' }));

async function load() {
  vi.resetModules();
  return (await import('./catalogue.ts')).getCatalogue();
}

const policy = (id: string, publishDate: string, extra: Record<string, unknown> = {}) =>
  entry('policies', id, { title: id, publishDate, kind: '其他文件', ...extra });

describe('getCatalogue', () => {
  beforeEach(() => setEntries([]));

  it('lists the items of a column newest first, also under the parent column', async () => {
    setEntries([
      policy('2025/old', '2025-01-05 09:00'),
      policy('2025/new', '2025-06-01 09:00'),
      policy('2025/mid', '2025-03-01 09:00'),
    ]);
    const catalogue = await load();
    expect(catalogue.byColumn.get('qtwj')?.map((i) => i.id)).toEqual(['2025/new', '2025/mid', '2025/old']);
    expect(catalogue.byColumn.get('zcwj')?.map((i) => i.id)).toEqual(['2025/new', '2025/mid', '2025/old']);
    expect(catalogue.items.map((i) => i.year)).toEqual([2025, 2025, 2025]);
    const mid = catalogue.byRef.get('policies/2025/mid')!;
    expect(catalogue.neighbours.get(mid)).toEqual({
      newer: catalogue.byRef.get('policies/2025/new'),
      older: catalogue.byRef.get('policies/2025/old'),
    });
  });

  it('gives each item its 索引号 (explicit or assigned) and a URL made from it', async () => {
    setEntries([
      policy('2025/a', '2025-02-01 09:00', { indexNo: '11990000MB0000001X/2025-00123' }),
      policy('2025/b', '2025-02-02 09:00'),
    ]);
    const catalogue = await load();
    const a = catalogue.byRef.get('policies/2025/a')!;
    const b = catalogue.byRef.get('policies/2025/b')!;
    expect(a.indexNo).toBe('11990000MB0000001X/2025-00123');
    expect(a.url).toBe('/xxgk/11990000MB0000001X-2025-00123/');
    expect(b.indexNo).toMatch(/^11990000MB0000001X\/2025-\d{5}$/);
    expect(b.indexNo).not.toBe(a.indexNo);
  });

  it('links interpretations to their policy and replaced policies to the new one', async () => {
    setEntries([
      policy('2025/rules', '2025-03-01 09:00'),
      policy('2024/rules', '2024-03-01 09:00', { replacedBy: '2025/rules' }),
      entry('interpretations', '2025/rules-qa', { policy: '2025/rules', publishDate: '2025-03-02 09:00' }),
      entry('interpretations', '2025/rules-chart', { policy: '2025/rules', publishDate: '2025-03-05 09:00' }),
    ]);
    const catalogue = await load();
    expect(catalogue.interpretationsOf.get('2025/rules')?.map((i) => i.id)).toEqual([
      '2025/rules-chart',
      '2025/rules-qa',
    ]);
    const current = catalogue.byRef.get('policies/2025/rules')!;
    expect(catalogue.replaces.get(current)?.map((i) => i.id)).toEqual(['2024/rules']);
    expect(catalogue.byColumn.get('zcjd')?.length).toBe(2);
  });

  it('leaves out entries that are not 主动公开', async () => {
    setEntries([
      policy('2025/open', '2025-03-01 09:00'),
      policy('2025/asked', '2025-03-02 09:00', { disclosure: '依申请公开' }),
    ]);
    const catalogue = await load();
    expect(catalogue.items.map((i) => i.id)).toEqual(['2025/open']);
    expect(catalogue.byRef.has('policies/2025/asked')).toBe(false);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { entry, setEntries } from '../../test/support/mock-content.ts';

vi.mock('astro:content', () => import('../../test/support/mock-content.ts').then((m) => m.astroContent));

async function load() {
  vi.resetModules();
  return (await import('./news.ts')).getNews();
}

const news = (id: string, column: string, publishDate: string) => entry('news', id, { column, publishDate });

describe('getNews', () => {
  it('sorts all news newest first, the same minute by id descending', async () => {
    setEntries([
      news('2025/a', 'zwdt', '2025-04-02 16:20'),
      news('2025/b', 'tzgg', '2025-05-01 08:00'),
      news('2025/c', 'zwdt', '2025-04-02 16:20'),
      news('2024/z', 'zwdt', '2024-12-31 23:59'),
    ]);
    const { items } = await load();
    expect(items.map((n) => n.id)).toEqual(['2025/b', '2025/c', '2025/a', '2024/z']);
  });

  it('splits the sorted list by column, order kept', async () => {
    setEntries([
      news('2025/a', 'zwdt', '2025-01-01 09:00'),
      news('2025/b', 'tzgg', '2025-02-01 09:00'),
      news('2025/c', 'zwdt', '2025-03-01 09:00'),
      entry('pages', 'about'),
    ]);
    const { byColumn, items } = await load();
    expect(items).toHaveLength(3);
    expect(byColumn.get('zwdt')?.map((n) => n.id)).toEqual(['2025/c', '2025/a']);
    expect(byColumn.get('tzgg')?.map((n) => n.id)).toEqual(['2025/b']);
    expect(byColumn.has('xxx')).toBe(false);
  });
});

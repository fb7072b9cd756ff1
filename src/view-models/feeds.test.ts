import { describe, expect, it, vi } from 'vitest';
import { entry, setEntries, type MockEntry } from '../../test/support/mock-content.ts';

vi.mock('astro:content', () => import('../../test/support/mock-content.ts').then((m) => m.astroContent));
vi.mock('astro:config/client', () => ({ base: '/' }));

async function feeds(entries: MockEntry[]) {
  setEntries(entries);
  vi.resetModules();
  const { getFeeds, FEED_SIZE } = await import('./feeds.ts');
  return { all: await getFeeds(), FEED_SIZE };
}

const day = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);

describe('getFeeds', () => {
  it('merges the newest documents, news and consultations into the site-wide feed', async () => {
    const { all } = await feeds([
      entry('policies', '2025/p', {
        title: '政策',
        publishDate: '2025-03-10 09:30',
        kind: '规章',
        docNo: '示交发〔2025〕1号',
      }),
      entry('news', '2025/n', { title: '新闻', column: 'zwdt', publishDate: '2025-03-11 08:00' }),
      entry('consultations', 'c', {
        title: '草案',
        publishDate: '2025-03-09 09:00',
        startDate: '2025-03-09',
        endDate: '2025-03-31',
      }),
    ]);
    const site = all[0]!;
    expect(site.group).toBeUndefined();
    expect(site.items.map((i) => i.title)).toEqual(['新闻', '政策', '草案']);
    const [news, policy, consultation] = site.items;
    expect(news!.link).toBe('/xwzx/zwdt/2025/n/');
    expect(news!.description).toBe('办公室');
    expect(policy!.pubDate).toEqual(new Date('2025-03-10T01:30:00Z'));
    expect(policy!.description).toBe('示交发〔2025〕1号　示例省交通运输厅');
    expect(policy!.categories).toEqual(['gz']);
    expect(consultation!.description).toBe('已结束，征集期 2025年03月09日 至 2025年03月31日');
    expect(site.items.every((i) => !('sortKey' in i))).toBe(true);
  });

  it('gives every column and news column its own feed, newest first, at most FEED_SIZE items', async () => {
    const news = Array.from({ length: 55 }, (_, i) =>
      entry('news', `n${i}`, { title: `新闻${i}`, column: 'tzgg', publishDate: `${day(i)} 09:00` }),
    );
    const { all, FEED_SIZE } = await feeds([
      ...news,
      entry('catalogue', 'ghjh/plan', { publishDate: '2025-02-01 09:00' }),
    ]);
    const tzgg = all.find((f) => f.group === 'xwzx' && f.key === 'tzgg')!;
    expect(tzgg.items).toHaveLength(FEED_SIZE);
    expect(tzgg.items[0]!.title).toBe('新闻54');
    expect(tzgg.items.at(-1)!.title).toBe('新闻5');
    expect(tzgg.page).toBe('/xwzx/tzgg/');
    expect(all.find((f) => f.group === 'xwzx' && f.key === 'zwdt')!.items).toEqual([]);
    const ghjh = all.find((f) => f.group === 'zwgk' && f.key === 'ghjh')!;
    expect(ghjh.items.map((i) => i.title)).toEqual(['通知']);
    expect(all[0]!.items).toHaveLength(FEED_SIZE);
    expect(all.filter((f) => f.group === 'hdjl').map((f) => f.key)).toEqual(['lxxd', 'zjyj', 'zxft']);
  });
});

/** 政务动态 / 通知公告, sorted once per build and split by column. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type NewsEntry = CollectionEntry<'news'>;

export interface NewsIndex {
  items: NewsEntry[];
  byColumn: Map<string, NewsEntry[]>;
}

let cached: Promise<NewsIndex> | undefined;

export function getNews(): Promise<NewsIndex> {
  cached ??= (async () => {
    const items = (await getCollection('news')).sort((a, b) =>
      a.data.publishDate === b.data.publishDate
        ? a.id < b.id
          ? 1
          : -1
        : a.data.publishDate < b.data.publishDate
          ? 1
          : -1,
    );
    const byColumn = new Map<string, NewsEntry[]>();
    for (const item of items) {
      const list = byColumn.get(item.data.column);
      if (list) list.push(item);
      else byColumn.set(item.data.column, [item]);
    }
    return { items, byColumn };
  })();
  return cached;
}

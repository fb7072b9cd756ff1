/**
 * RSS feeds: the whole site, each catalogue column, each news column and
 * the 互动交流 sections. Items come from the indexes built once per build
 * (catalogue, news, interaction), newest first, at most FEED_SIZE each.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { CATALOGUE_NAME } from './columns.ts';
import { getCatalogue, type DocItem } from './catalogue.ts';
import { getInteraction, type ConsultationItem } from './interaction.ts';
import { getNews, type NewsEntry } from './news.ts';
import { getSite } from './site.ts';
import { urls } from './urls.ts';
import { formatChineseDate } from '../utils/dates.ts';
import type { FeedGroup } from '../utils/site-paths.ts';

export const FEED_SIZE = 50;

export interface Feed {
  group?: FeedGroup;
  key?: string;
  title: string;
  description: string;
  /** The HTML page the feed follows. */
  page: string;
  items: RSSFeedItem[];
}

/** `2025-03-10 09:30` (Beijing) → the instant, for <pubDate>. */
export const beijingDate = (value: string) =>
  new Date(`${value.slice(0, 10)}T${value.length > 10 ? value.slice(11, 16) : '00:00'}:00+08:00`);

const docItem = (i: DocItem): RSSFeedItem & { sortKey: string } => ({
  title: i.data.title,
  link: i.url,
  pubDate: beijingDate(i.data.publishDate),
  description: i.data.summary ?? [i.data.docNo, i.data.publisher.join('、')].filter(Boolean).join('　'),
  categories: i.column ? [i.column] : [],
  sortKey: i.data.publishDate,
});
const newsItem = (n: NewsEntry): RSSFeedItem & { sortKey: string } => ({
  title: n.data.title,
  link: urls.newsItem(n.data.column, n.id),
  pubDate: beijingDate(n.data.publishDate),
  description: n.data.summary ?? n.data.source,
  sortKey: n.data.publishDate,
});
const consultationItem = (c: ConsultationItem): RSSFeedItem & { sortKey: string } => ({
  title: c.entry.data.title,
  link: urls.interactionItem('zjyj', c.entry.id),
  pubDate: beijingDate(c.entry.data.publishDate),
  // Read by people in their feed reader: the site's one date format, as on the page.
  description: `${c.status}，征集期 ${formatChineseDate(c.entry.data.startDate)} 至 ${formatChineseDate(c.entry.data.endDate)}`,
  sortKey: c.entry.data.publishDate,
});
const newestFirst = (a: { sortKey: string }, b: { sortKey: string }) =>
  a.sortKey < b.sortKey ? 1 : a.sortKey > b.sortKey ? -1 : 0;
const strip = ({ sortKey: _s, ...item }: RSSFeedItem & { sortKey: string }): RSSFeedItem => item;

let cached: Promise<Feed[]> | undefined;

/** Every feed of the site; the first is the site-wide one. */
export function getFeeds(): Promise<Feed[]> {
  cached ??= (async () => {
    const site = getSite();
    const catalogue = await getCatalogue();
    const news = await getNews();
    const { letters, consultations, interviews } = await getInteraction();
    const feeds: Feed[] = [];

    // The site-wide feed merges the newest of each source; each source is already sorted.
    const latest = [
      ...catalogue.items.slice(0, FEED_SIZE).map(docItem),
      ...news.items.slice(0, FEED_SIZE).map(newsItem),
      ...consultations.map(consultationItem),
    ]
      .sort(newestFirst)
      .slice(0, FEED_SIZE);
    feeds.push({
      title: site.name,
      description: `${site.name}最新发布的政府信息、政务动态和征集意见`,
      page: urls.home(),
      items: latest.map(strip),
    });

    for (const [key, info] of catalogue.columns) {
      feeds.push({
        group: 'zwgk',
        key,
        title: `${info.node.name}_${CATALOGUE_NAME}_${site.name}`,
        description: info.node.description ?? info.node.name,
        page: urls.column(key),
        items: (catalogue.byColumn.get(key) ?? []).slice(0, FEED_SIZE).map(docItem).map(strip),
      });
    }
    for (const column of site.newsColumns) {
      feeds.push({
        group: 'xwzx',
        key: column.key,
        title: `${column.name}_${site.name}`,
        description: column.description ?? column.name,
        page: urls.newsColumn(column.key),
        items: (news.byColumn.get(column.key) ?? []).slice(0, FEED_SIZE).map(newsItem).map(strip),
      });
    }
    type Section = Parameters<typeof urls.interactionSection>[0];
    const section = (key: Section, name: string, description: string, items: RSSFeedItem[]): Feed => ({
      group: 'hdjl',
      key,
      title: `${name}_${site.name}`,
      description,
      page: urls.interactionSection(key),
      items,
    });
    feeds.push(
      section(
        'lxxd',
        '留言选登',
        '公开选登的来信和答复',
        letters.slice(0, FEED_SIZE).map((l) => ({
          title: l.data.title,
          link: urls.interactionItem('lxxd', l.id),
          pubDate: beijingDate(l.data.replyDate),
          description: `${l.data.type}，${l.data.handler}答复`,
        })),
      ),
      section(
        'zjyj',
        '征集意见',
        '公开征求意见的草案和意见采纳情况',
        consultations.map(consultationItem).sort(newestFirst).slice(0, FEED_SIZE).map(strip),
      ),
      section(
        'zxft',
        '在线访谈',
        '在线访谈实录',
        interviews.slice(0, FEED_SIZE).map((i) => ({
          title: i.data.title,
          link: urls.interactionItem('zxft', i.id),
          pubDate: beijingDate(i.data.date),
          description: i.data.summary ?? i.data.guests.join('；'),
        })),
      ),
    );
    return feeds;
  })();
  return cached;
}

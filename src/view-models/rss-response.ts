/** One feed as an RSS 2.0 response, with absolute links under the site's base path. */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import { xmlSafe } from '../utils/control-chars.ts';
import type { Feed } from './feeds.ts';

/**
 * An item's text as XML can hold it: the content check already refuses
 * control characters, but a feed must stay well-formed whatever a setting
 * or a future field brings (one bad character makes a reader drop the feed).
 */
const safeItem = (item: RSSFeedItem): RSSFeedItem => ({
  ...item,
  ...(item.title !== undefined ? { title: xmlSafe(item.title) } : {}),
  ...(item.description !== undefined ? { description: xmlSafe(item.description) } : {}),
  ...(item.categories ? { categories: item.categories.map(xmlSafe) } : {}),
});

export function feedResponse(feed: Feed, site: URL): Promise<Response> {
  const absolute = (path: string) => new URL(path, site).href;
  return rss({
    title: xmlSafe(feed.title),
    description: xmlSafe(feed.description),
    site: absolute(feed.page),
    items: feed.items.map((item) => safeItem({ ...item, link: item.link && absolute(item.link) })),
    customData: '<language>zh-CN</language>',
    trailingSlash: true,
  });
}

/** One feed as an RSS 2.0 response, with absolute links under the site's base path. */
import rss from '@astrojs/rss';
import type { Feed } from './feeds.ts';

export function feedResponse(feed: Feed, site: URL): Promise<Response> {
  const absolute = (path: string) => new URL(path, site).href;
  return rss({
    title: feed.title,
    description: feed.description,
    site: absolute(feed.page),
    items: feed.items.map((item) => ({ ...item, link: item.link && absolute(item.link) })),
    customData: '<language>zh-CN</language>',
    trailingSlash: true,
  });
}

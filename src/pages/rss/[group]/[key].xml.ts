/** One column's RSS feed: /rss/zwgk/{栏目代码}.xml, /rss/xwzx/{栏目代码}.xml, /rss/hdjl/{lxxd|zjyj|zxft}.xml. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getFeeds, type Feed } from '../../../view-models/feeds.ts';
import { feedResponse } from '../../../view-models/rss-response.ts';

export const getStaticPaths = (async () =>
  (await getFeeds())
    .filter((f) => f.group)
    .map((feed) => ({ params: { group: feed.group!, key: feed.key! }, props: { feed } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: Feed }> = ({ props, site }) => feedResponse(props.feed, site!);

/** The site-wide RSS feed: the newest documents, news and consultations together. */
import type { APIRoute } from 'astro';
import { getFeeds } from '../view-models/feeds.ts';
import { feedResponse } from '../view-models/rss-response.ts';

export const GET: APIRoute = async ({ site }) => feedResponse((await getFeeds())[0]!, site!);

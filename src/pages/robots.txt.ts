/** robots.txt with the sitemap's address (absolute, under the base path); the web CMS is not for search engines. */
import type { APIRoute } from 'astro';
import { href } from '../view-models/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\nDisallow: ${href('/admin/')}\nSitemap: ${new URL(href('/sitemap.xml'), site).href}\n`,
    {
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    },
  );

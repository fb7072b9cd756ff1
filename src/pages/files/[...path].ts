/**
 * Attachments on the dev server, at both their versioned and their lasting
 * address. A build publishes them itself, by hard links from its file store
 * (integrations/gongkai.ts, build/published-files.ts): as pages of this
 * route every attachment would be read and written again on every build.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import fs from 'node:fs/promises';
import { publishedFiles } from '../../build/published-files.ts';
import { attachmentsOf } from '../../lib/attachments.ts';
import { getCatalogue } from '../../lib/catalogue.ts';

const route = (url: string) => decodeURI(url).replace(/^.*?\/files\//, '');

export const getStaticPaths: GetStaticPaths = async () => {
  if (publishedFiles()?.command === 'build') return [];
  const { items } = await getCatalogue();
  return items.flatMap((item) =>
    attachmentsOf(item).flatMap((a) => [a.url, a.stableUrl].map((url) => ({ params: { path: route(url) }, props: { source: a.sourcePath } }))),
  );
};

export const GET: APIRoute = async ({ props }) => new Response(await fs.readFile(props.source as string));

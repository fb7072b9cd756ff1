/**
 * Attachments, copied from beside their entries to /files/{索引号}/{n}.{ext}
 * (a static endpoint: each file is written once at build time).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import fs from 'node:fs/promises';
import { attachmentsOf } from '../../lib/attachments.ts';
import { getCatalogue } from '../../lib/catalogue.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { items } = await getCatalogue();
  return items.flatMap((item) => attachmentsOf(item).map((a) => ({ params: { path: a.route }, props: { source: a.sourcePath } })));
};

export const GET: APIRoute = async ({ props }) => new Response(await fs.readFile(props.source as string));

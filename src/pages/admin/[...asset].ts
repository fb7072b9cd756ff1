/** /admin/cms-<hash>/…: Sveltia CMS's script, translations and fonts, served from this site (src/cms/admin-files.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { urls } from '../../view-models/urls.ts';
import { adminFiles } from '../../cms/admin-files.ts';

export const getStaticPaths = (() =>
  adminFiles(urls.home()).files.map((f) => ({
    params: { asset: f.path },
    props: { path: f.path },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const file = adminFiles(urls.home()).files.find((f) => f.path === props.path)!;
  return new Response(new Uint8Array(file.body), { headers: { 'content-type': file.type } });
};

/** /admin/config.yml: the web CMS's configuration, generated from the schemas and site.yaml (src/cms/). */
import type { APIRoute } from 'astro';
import { cmsConfig, cmsConfigYaml } from '../../cms/config.ts';
import { getSite } from '../../view-models/site.ts';
import { href } from '../../view-models/urls.ts';
import { contentRoot } from '../../utils/content-root.ts';

export const GET: APIRoute = () =>
  new Response(
    cmsConfigYaml(
      cmsConfig(getSite(), { repoRoot: process.cwd(), contentRoot: contentRoot(), logo: href('/emblem.svg') }),
    ),
    {
      headers: { 'content-type': 'text/yaml; charset=utf-8' },
    },
  );

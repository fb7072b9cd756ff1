/** Site URLs for pages, with the configured base path (see utils/site-paths.ts). */
import { base } from 'astro:config/client';
import { sitePaths } from '../utils/site-paths.ts';

export const urls = sitePaths(base);
export const href = urls.href;

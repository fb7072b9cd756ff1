/** Site URLs for pages, with the configured base path (see utils/site-paths.ts). */
import { sitePaths } from '../utils/site-paths.ts';

export const urls = sitePaths(import.meta.env.BASE_URL);
export const href = urls.href;

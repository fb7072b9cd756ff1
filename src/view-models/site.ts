/** The site settings, read once per build from `content/site.yaml`. */
import type { SiteSettings } from '../schemas/site.ts';
import { contentRoot } from '../utils/content-root.ts';
import { loadSiteSettings } from '../schemas/site-settings.ts';

let cached: SiteSettings | undefined;

export function getSite(): SiteSettings {
  cached ??= loadSiteSettings(contentRoot());
  return cached;
}

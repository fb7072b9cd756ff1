/**
 * Links in a body that point into this site (a site path, a relative path,
 * or a full URL on the site's own domain) must reach a page or file the
 * site has: looked up in the URL space built once per check (site-urls.ts),
 * so checking every link of every entry stays O(n). External links are not
 * fetched: that is a network check, not a content check.
 */
import type { ContentProblem } from '../schemas/format-issues.ts';
import type { BodyFacts } from './body-facts.ts';
import type { CheckedEntry } from '../catalogue/entry.ts';
import { isSafeUrl } from '../utils/safe-url.ts';
import { decodePath, SCRIPT_URL_EXPECTED, shownRef } from './check-images.ts';
import type { SiteUrls } from './site-urls.ts';

export const LINK_EXPECTED =
  '指向本站已有的页面或文件（文件页 /xxgk/索引号/、栏目页、独立页面、附件等），或 https:// 开头的外部网址';

/**
 * The site path a link points to, or undefined when it leaves the site or
 * stays on the page. Relative links are resolved against the page's own URL.
 */
export function linkSitePath(target: string, pageUrl: string, domain: string): string | undefined {
  if (target === '' || target.startsWith('#') || target.startsWith('?')) return undefined;
  let url: URL;
  try {
    url = new URL(target, `https://${domain}${pageUrl}`);
  } catch {
    return undefined;
  }
  const own = (host: string) => host.toLowerCase().replace(/^www\./, '');
  if (!/^https?:$/.test(url.protocol) || own(url.hostname) !== own(domain)) return undefined;
  let sitePath = decodePath(url.pathname);
  // A page is linked with or without its trailing slash; a file has an extension.
  if (!sitePath.endsWith('/') && !/\.[A-Za-z0-9]+$/.test(sitePath)) sitePath += '/';
  return sitePath;
}

export function linkProblems(e: CheckedEntry, facts: BodyFacts, urls: SiteUrls, domain: string): ContentProblem[] {
  const pageUrl = urls.pageOf(e);
  if (!pageUrl) return [];
  const problems: ContentProblem[] = [];
  for (const link of facts.links) {
    const at = { file: e.file, line: link.line, field: `正文 › 链接“${link.text}”` };
    if (!isSafeUrl(link.target)) {
      problems.push({
        ...at,
        expected: SCRIPT_URL_EXPECTED,
        found: `${shownRef(link, false)}，是脚本地址，网页上只显示文字`,
      });
      continue;
    }
    const sitePath = linkSitePath(link.target, pageUrl, domain);
    if (sitePath === undefined || urls.has(sitePath)) continue;
    problems.push({
      ...at,
      expected: LINK_EXPECTED,
      found: `${shownRef(link, false)}，本站没有 ${sitePath}`,
    });
  }
  return problems;
}

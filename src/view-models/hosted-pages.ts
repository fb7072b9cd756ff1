/**
 * Pages of content/pages whose text appears inside a route that shows more
 * than the text (依申请公开 with its application entry, 互动交流 with its
 * channels and sections). The generic page route skips them; the editor
 * still edits them as ordinary pages.
 */
import { getEntry, render } from 'astro:content';

export const HOSTED_PAGES = ['ysqgk', 'hdjl'] as const;

/** The page's data and rendered body, or undefined when the site has no such file. */
export async function hostedPage(id: (typeof HOSTED_PAGES)[number]) {
  const entry = await getEntry('pages', id);
  if (!entry) return undefined;
  const { Content } = await render(entry);
  return { data: entry.data, Content };
}

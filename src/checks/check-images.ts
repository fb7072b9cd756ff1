/**
 * Images in a body: every image says what it shows (alt text, read out by
 * screen readers; GB/T 37668, checklist F) and its file exists. A relative
 * path is a file beside the entry (or below its folder, never outside the
 * content folder); a site path (`/images/x.png`) is a file the site serves;
 * a full URL is not fetched.
 */
import path from 'node:path';
import type { ContentProblem } from '../schemas/format-issues.ts';
import { fileExtension } from '../utils/file-info.ts';
import { isSafeUrl } from '../utils/safe-url.ts';
import { realFileWithin } from '../fs/fs-safety.ts';
import type { BodyFacts, BodyRef } from './body-facts.ts';
import type { CheckedEntry } from '../catalogue/entry.ts';

export const IMAGE_ALT_EXPECTED =
  '图片应有替代文字：在 ![ ] 的方括号中写明图片内容，供读屏软件朗读，例如 ![2025年全省客运量变化图](chart.png)';
export const IMAGE_FILE_EXPECTED = '与本文件在同一文件夹（或其子文件夹）中的图片文件，或 https:// 开头的完整网址';
/** For links and images alike: the page would drop them (markdown/safe-urls.ts). */
export const SCRIPT_URL_EXPECTED =
  '网址以 https://、http://、mailto:、tel: 或 / 开头，或写本站的相对路径；不能使用 javascript: 等脚本地址';

/** A scheme (https:, mailto:, data: …) or a protocol-relative URL. */
export const EXTERNAL_URL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

/** `![text](target)` or `[text](target)` as the editor wrote it. */
export const shownRef = (r: BodyRef, image: boolean) => `${image ? '!' : ''}[${r.text}](${r.target})`;

export function decodePath(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Whether `file` is an existing file inside `root`, by its real path (a link out of the content folder is not). */
function fileWithin(file: string, root: string): boolean {
  const relative = path.relative(root, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return false;
  return realFileWithin(file, root).ok;
}

/** Extensions of the image files a body may show from beside its entry (what the image pipeline reads). */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'svg', 'tif', 'tiff'];
export const IMAGE_FORMAT_EXPECTED = `图片格式为 ${IMAGE_EXTENSIONS.join('、')} 之一；其他格式（如 BMP、HEIC）请先另存为 JPG 或 PNG`;

export const PAGE_SVG_EXPECTED =
  '页面（content/pages）中的图片为 PNG、JPG 或 WebP 格式；SVG 图片请另存为 PNG，或放在政策文件、新闻等条目的正文中（那里会去除其中的脚本后发布）';

/** An image a body shows from a file in the content folder. */
export interface LocalImage {
  /** Absolute path of the image file. */
  path: string;
  /** The entry's file as shown to editors, and the body line. */
  file: string;
  line: number;
  /** `![alt](target)` as written. */
  shown: string;
}

/** The file a relative image target names, if it is an existing file inside the content folder. */
function localImagePath(folder: string, target: string, contentRoot: string): string | undefined {
  if (EXTERNAL_URL.test(target) || !isSafeUrl(target, true)) return undefined;
  const decoded = decodePath(target.replace(/[?#].*$/, ''));
  if (decoded === '' || decoded.startsWith('/')) return undefined;
  const file = path.resolve(folder, decoded);
  return fileWithin(file, contentRoot) ? file : undefined;
}

/** The images of an entry's body that are files beside it (relative paths), in body order. */
export function localImages(e: CheckedEntry, facts: BodyFacts, contentRoot: string): LocalImage[] {
  const folder = path.dirname(e.path);
  const found: LocalImage[] = [];
  for (const image of facts.images) {
    const file = localImagePath(folder, image.target, contentRoot);
    if (file && IMAGE_EXTENSIONS.includes(fileExtension(file)))
      found.push({ path: file, file: e.file, line: image.line, shown: shownRef(image, true) });
  }
  return found;
}

/**
 * @param servedBySite whether a site path (`/images/x.png`) is a file of the site
 * @param contentRoot the content folder: relative images must be inside it
 */
export function imageProblems(
  e: CheckedEntry,
  facts: BodyFacts,
  servedBySite: (sitePath: string) => boolean,
  contentRoot: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const folder = path.dirname(e.path);
  for (const image of facts.images) {
    const at = { file: e.file, line: image.line, field: '正文 › 图片' };
    if (!image.text)
      problems.push({ ...at, expected: IMAGE_ALT_EXPECTED, found: `${shownRef(image, true)}，没有替代文字` });
    if (!isSafeUrl(image.target, true)) {
      problems.push({
        ...at,
        expected: SCRIPT_URL_EXPECTED,
        found: `${shownRef(image, true)}，是脚本地址，网页上不会显示这张图片`,
      });
      continue;
    }
    if (EXTERNAL_URL.test(image.target)) continue;
    const target = decodePath(image.target.replace(/[?#].*$/, ''));
    const local = target.startsWith('/') ? undefined : localImagePath(folder, image.target, contentRoot);
    const exists = target !== '' && (target.startsWith('/') ? servedBySite(target) : local !== undefined);
    // A link that leads out of the content folder says so, rather than "no such file".
    const inside =
      target !== '' &&
      !target.startsWith('/') &&
      !path.relative(contentRoot, path.resolve(folder, target)).startsWith('..');
    const linked = !exists && inside ? realFileWithin(path.resolve(folder, target), contentRoot) : undefined;
    if (linked && !linked.ok && linked.problem.startsWith('是指向'))
      problems.push({ ...at, expected: IMAGE_FILE_EXPECTED, found: `${shownRef(image, true)}，${linked.problem}` });
    else if (!exists)
      problems.push({ ...at, expected: IMAGE_FILE_EXPECTED, found: `${shownRef(image, true)}，没有这个图片文件` });
    else if (local && e.collection === 'pages' && fileExtension(local) === 'svg') {
      // Stand-alone pages go through Astro's own image pipeline, which publishes an SVG byte for byte (it may carry script).
      problems.push({ ...at, expected: PAGE_SVG_EXPECTED, found: `${shownRef(image, true)}，是 SVG 文件` });
    } else if (local && !IMAGE_EXTENSIONS.includes(fileExtension(local))) {
      problems.push({
        ...at,
        expected: IMAGE_FORMAT_EXPECTED,
        found: `${shownRef(image, true)}，${fileExtension(local) ? `是 ${fileExtension(local).toUpperCase()} 文件` : '文件名没有扩展名'}`,
      });
    }
  }
  return problems;
}

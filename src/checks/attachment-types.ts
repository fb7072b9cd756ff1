/**
 * The file types an entry may attach: documents, data, images, archives,
 * audio and video, the kinds a 政务公开 site publishes. Anything else is
 * refused by the content check, above all the types a browser runs as a
 * page on the site's origin (`.html`, `.xhtml`, `.svg`, `.xml`, `.js`,
 * `.swf` …): attachments are published byte for byte under /files/, and
 * the build must be safe on a plain web server that serves them inline.
 * An allow-list rather than a block-list: a type nobody thought of is
 * refused, not published.
 */
import { fileExtension } from '../utils/file-info.ts';

export const ATTACHMENT_TYPES = [
  // Documents (including China's OFD and WPS formats).
  'pdf',
  'ofd',
  'doc',
  'docx',
  'wps',
  'wpt',
  'rtf',
  'odt',
  'txt',
  // Spreadsheets and data.
  'xls',
  'xlsx',
  'et',
  'ods',
  'csv',
  'json',
  // Presentations.
  'ppt',
  'pptx',
  'dps',
  'odp',
  // Archives.
  'zip',
  'rar',
  '7z',
  'tar',
  'gz',
  // Raster images (an SVG may carry script; export it as PNG), and drawings of 规划/建设 projects.
  'jpg',
  'jpeg',
  'png',
  'gif',
  'webp',
  'bmp',
  'tif',
  'tiff',
  'dwg',
  // E-book formats of Chinese document platforms.
  'caj',
  'ceb',
  // Audio and video.
  'mp3',
  'mp4',
  'm4a',
  'wav',
  'webm',
  'mov',
  'avi',
  'wmv',
  'mpg',
  'mpeg',
] as const;

export const isAllowedAttachment = (file: string) =>
  (ATTACHMENT_TYPES as readonly string[]).includes(fileExtension(file));

export const ATTACHMENT_TYPES_EXPECTED = `以下类型之一的附件：${ATTACHMENT_TYPES.join('、')}（网页 .html、.svg 等文件可在本站运行脚本，不能作为附件发布；请转为 PDF 或 PNG）`;

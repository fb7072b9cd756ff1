/**
 * Where the site's content lives. `content/` by default; tests and
 * benchmarks point GONGKAI_CONTENT_DIR at a fixture or generated corpus.
 */
import path from 'node:path';

export function contentRoot(): string {
  return path.resolve(process.env.GONGKAI_CONTENT_DIR ?? 'content');
}

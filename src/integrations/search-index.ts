/**
 * Builds the Pagefind index over the built site. Only elements marked
 * `data-pagefind-body` are indexed (document, news and page bodies), so lists,
 * navigation and the footer never pollute results.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';

export async function buildSearchIndex(outDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`搜索索引无法创建：${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(`搜索索引出错：${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`搜索索引写入出错：${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

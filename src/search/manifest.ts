/**
 * The search index's manifest (`search-index/manifest.json`): written by the
 * index build, read first by the search page. Shards are listed newest first.
 */

export interface ShardEntry {
  /** Folder name of the shard's Pagefind bundle, e.g. `y2025`. */
  id: string;
  /** Oldest and newest publication date in the shard. */
  from: string;
  to: string;
  records: number;
  /** Bytes the browser downloads to open the shard (entry file and page list). */
  openBytes: number;
  /** Average bytes of one index chunk: what each query term costs in this shard. */
  chunkBytes: number;
}

export interface SearchManifest {
  version: number;
  language: string;
  routerBuckets: number;
  shards: ShardEntry[];
}

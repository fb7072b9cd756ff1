/**
 * The search index's manifest (`search-index/manifest.json`): written by the
 * index build, read first by the search page. Shards are listed newest first.
 */

export interface ShardEntry {
  /** The shard's name, e.g. `y2025` or `y2026-2`. */
  id: string;
  /** Folder of its Pagefind bundle: the name and a digest of the content, so a changed shard gets a new folder. */
  dir: string;
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

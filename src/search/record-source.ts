/**
 * One search record before its body is read: the shape records.ts makes for
 * each published page and attachment-records.ts for each attachment's text.
 * In its own module so that both can use it without importing each other.
 */
export interface SearchRecordSource {
  url: string;
  /** Absolute path of the Markdown file, read when the record's shard is built. */
  path: string;
  title: string;
  /** `YYYY-MM-DD HH:MM`, for sorting and sharding. */
  date: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  /** Exact-match words for 发文字号 and 索引号. */
  identifiers: string[];
  /** A record of an attachment's text (search/attachment-records.ts): its label; `path` is then the cached extraction result. */
  attachment?: string;
  /** The `script` field (简体/繁体) when given; otherwise the body's script is detected when it is indexed. */
  script?: string | undefined;
}

/** Types describing a page to the layout: breadcrumb steps and the government meta tags. */

export interface Crumb {
  name: string;
  href?: string | undefined;
}

/** Column tags (ColumnName, ColumnDescription, ColumnKeywords, ColumnType). */
export interface ColumnMeta {
  name: string;
  description: string;
  keywords: string;
  type: string;
}

/** Article tags (ArticleTitle, PubDate, ContentSource and the optional ones). */
export interface ArticleMeta {
  title: string;
  /** `YYYY-MM-DD HH:MM` */
  pubDate: string;
  source: string;
  keywords?: string | undefined;
  author?: string | undefined;
  description?: string | undefined;
  /** `hant` for a 繁體 original: its keywords and description are kept as written on the 繁體 page (no second conversion). */
  script?: 'hans' | 'hant' | undefined;
}

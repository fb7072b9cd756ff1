/**
 * Cache keys for Astro's incremental build: a page whose key is unchanged
 * since the last build is not rendered again. A key must cover everything
 * the page shows, so it hashes the site settings, the entry's own digest and
 * the title and URL of every other entry the page links to.
 */
import { createHash } from 'node:crypto';
import { getSite } from './site.ts';
import { attachmentsOf } from './attachments.ts';
import { bodyImagesKey } from './body-images.ts';
import type { Catalogue, DocItem } from './catalogue.ts';

let site: string | undefined;

function siteDigest(): string {
  site ??= createHash('sha1').update(JSON.stringify(getSite())).digest('hex');
  return site;
}

export function pageKey(...parts: unknown[]): string {
  return createHash('sha1').update(siteDigest()).update(JSON.stringify(parts)).digest('hex');
}

const link = (item: DocItem | undefined) => item && [item.url, item.data.title, item.data.docNo];

/**
 * The key of a document page: the entry, its neighbours, related documents
 * attachments and body images, and `extra`, anything else the page shows.
 */
export function documentPageKey(item: DocItem, catalogue: Catalogue, extra?: unknown): string {
  const near = catalogue.neighbours.get(item);
  const related =
    item.entry.collection === 'interpretations'
      ? [link(catalogue.byRef.get(`policies/${item.entry.data.policy}`))]
      : item.entry.collection === 'policies'
        ? [
            (catalogue.interpretationsOf.get(item.id) ?? []).map(link),
            link(
              item.entry.data.replacedBy ? catalogue.byRef.get(`policies/${item.entry.data.replacedBy}`) : undefined,
            ),
            (catalogue.replaces.get(item) ?? []).map(link),
          ]
        : [];
  return pageKey(
    item.entry.digest,
    item.indexNo,
    item.column,
    link(near?.newer),
    link(near?.older),
    related,
    attachmentsOf(item).map((a) => [a.url, a.bytes, a.accessible, a.viewUrl ?? '']),
    bodyImagesKey(item.entry.filePath),
    extra ?? null,
  );
}

/**
 * /open-data/catalogue.json: the whole 政府信息公开目录, metadata only,
 * newest first. Streamed record by record: at 100,000 documents no giant
 * string is built (see view-models/stream-body.ts).
 */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../view-models/catalogue.ts';
import { CATALOGUE_FIELDS, catalogueRecord } from '../../view-models/open-data.ts';
import { getSite } from '../../view-models/site.ts';
import { streamResponse } from '../../view-models/stream-body.ts';
import { urls } from '../../view-models/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const catalogue = await getCatalogue();
  const s = getSite();
  const home = new URL(urls.home(), site);
  function* pieces() {
    const head = {
      site: { name: s.name, domain: s.domain, siteCode: s.siteCode, url: home.href },
      fields: Object.fromEntries(CATALOGUE_FIELDS),
      count: catalogue.items.length,
    };
    yield `${JSON.stringify(head).slice(0, -1)},"items":[`;
    let first = true;
    for (const item of catalogue.items) {
      yield `${first ? '' : ','}\n${JSON.stringify(catalogueRecord(item, catalogue, home))}`;
      first = false;
    }
    yield '\n]}\n';
  }
  return streamResponse(pieces(), 'application/json');
};

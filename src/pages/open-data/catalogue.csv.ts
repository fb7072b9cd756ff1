/** /open-data/catalogue.csv: the same records as catalogue.json, with Chinese column headers. */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../view-models/catalogue.ts';
import { CATALOGUE_FIELDS, catalogueRecord } from '../../view-models/open-data.ts';
import { streamResponse } from '../../view-models/stream-body.ts';
import { urls } from '../../view-models/urls.ts';
import { CSV_BOM, csvLine } from '../../utils/csv.ts';

export const GET: APIRoute = async ({ site }) => {
  const catalogue = await getCatalogue();
  const home = new URL(urls.home(), site);
  function* lines() {
    yield CSV_BOM + csvLine(CATALOGUE_FIELDS.map(([, label]) => label));
    for (const item of catalogue.items) {
      const record = catalogueRecord(item, catalogue, home);
      yield csvLine(CATALOGUE_FIELDS.map(([key]) => record[key]));
    }
  }
  return streamResponse(lines(), 'text/csv; charset=utf-8');
};

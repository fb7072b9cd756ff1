/** A data list as CSV (all columns, UTF-8 with BOM so spreadsheets read the Chinese). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataList, getDataLists } from '../../view-models/data-lists.ts';
import { streamResponse } from '../../view-models/stream-body.ts';
import { CSV_BOM, csvLine } from '../../utils/csv.ts';

export const getStaticPaths = (() =>
  getDataLists().map((l) => ({ params: { key: l.def.key } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const list = getDataList(params.key!)!;
  function* lines() {
    yield CSV_BOM + csvLine(list.columns);
    for (const row of list.rows) yield csvLine(row);
  }
  return streamResponse(lines(), 'text/csv; charset=utf-8');
};

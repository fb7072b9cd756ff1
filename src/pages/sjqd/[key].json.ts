/**
 * A data list's rows for the browser table (browser/lists/table.ts): only
 * the columns it shows or filters on, fetched when the reader first sorts or
 * filters, so the server-rendered page stays small.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataList, getDataLists, tableFields } from '../../view-models/data-lists.ts';
import { streamResponse } from '../../view-models/stream-body.ts';

export const getStaticPaths = (() =>
  getDataLists().map((l) => ({ params: { key: l.def.key } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const list = getDataList(params.key!)!;
  const fields = tableFields(list);
  const indexes = fields.map((f) => list.columns.indexOf(f));
  function* pieces() {
    yield `{"fields":${JSON.stringify(fields)},"rows":[`;
    let first = true;
    for (const row of list.rows) {
      yield `${first ? '' : ','}\n${JSON.stringify(indexes.map((i) => row[i]))}`;
      first = false;
    }
    yield '\n]}\n';
  }
  return streamResponse(pieces(), 'application/json');
};

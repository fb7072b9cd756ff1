/**
 * The 年报 data files, written once at build time: for every report year
 * with statistics /zwgk/nb/{year}/table2.csv, table3.csv, table4.csv and
 * data.json, and /zwgk/nb/data.json with every year's figures.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DOWNLOAD_FILES, reportJson, tableCsv } from '../../../annual-report/downloads.ts';
import { overviewCharts } from '../../../annual-report/charts.ts';
import { getAnnualReports } from '../../../view-models/annual-reports.ts';
import { getSite } from '../../../view-models/site.ts';
import { urls } from '../../../view-models/urls.ts';

const CSV = 'text/csv; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

export const getStaticPaths: GetStaticPaths = async () => {
  const { withStatistics } = await getAnnualReports();
  const perYear = withStatistics.flatMap((view) => [
    ...([2, 3, 4] as const).map((table) => ({
      params: { file: `${view.year}/${DOWNLOAD_FILES[table]}` },
      props: { body: tableCsv(table, view.statistics), type: CSV },
    })),
    {
      params: { file: `${view.year}/${DOWNLOAD_FILES.json}` },
      props: {
        body: JSON.stringify(
          reportJson({
            year: view.year,
            title: view.item.data.title,
            url: new URL(view.item.url, `https://${getSite().domain}`).href,
            publishDate: view.item.data.publishDate,
            statistics: view.statistics,
            catalogue: view.catalogue,
            comparisons: view.comparisons,
          }),
          null,
          2,
        ),
        type: JSON_TYPE,
      },
    },
  ]);
  const overview = {
    years: withStatistics.map((v) => ({
      reportYear: v.year,
      format: v.statistics.format,
      url: v.item.url,
      data: urls.annualReportFile(v.year, DOWNLOAD_FILES.json),
    })),
    charts: overviewCharts(withStatistics),
  };
  return [
    ...perYear,
    { params: { file: 'data.json' }, props: { body: JSON.stringify(overview, null, 2), type: JSON_TYPE } },
  ];
};

export const GET: APIRoute = ({ props }) =>
  new Response(props.body as string, { headers: { 'Content-Type': props.type as string } });

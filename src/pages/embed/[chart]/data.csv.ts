import type { APIRoute } from "astro";
import type { ChartKey } from "../../../charts/registry.ts";
import { CHART_KEYS } from "../../../data/chartMeta.ts";
import { downloadCsv } from "../../../embed/downloads.ts";

export const getStaticPaths = () => CHART_KEYS.map((chart) => ({ params: { chart } }));

export const GET: APIRoute = ({ params }) =>
  new Response(downloadCsv(params.chart as ChartKey), { headers: { "content-type": "text/csv; charset=utf-8" } });

import type { APIRoute } from "astro";
import type { ChartKey } from "../../../charts/registry.ts";
import { CHART_KEYS } from "../../../data/chartMeta.ts";
import { downloadJson } from "../../../embed/downloads.ts";

export const getStaticPaths = () => CHART_KEYS.map((chart) => ({ params: { chart } }));

export const GET: APIRoute = ({ params }) =>
  new Response(downloadJson(params.chart as ChartKey), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });

import type { APIRoute } from "astro";
import type { ChartKey } from "../../../charts/registry.ts";
import { CHART_KEYS } from "../../../data/chartMeta.ts";
import { chartSvg } from "../../../embed/images.ts";
import { toPng } from "../../../embed/toPng.ts";

export const getStaticPaths = () => CHART_KEYS.map((chart) => ({ params: { chart } }));

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(toPng(chartSvg(params.chart as ChartKey))), { headers: { "content-type": "image/png" } });

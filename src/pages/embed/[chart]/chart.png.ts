import type { APIRoute } from "astro";
import type { ChartKey } from "../../../charts/registry.ts";
import { CHART_KEYS } from "../../../data/chartMeta.ts";
import { chartSvg } from "../../../embed/images.ts";
import { pngResponse } from "../../../embed/toPng.ts";

export const getStaticPaths = () => CHART_KEYS.map((chart) => ({ params: { chart } }));

export const GET: APIRoute = ({ params }) => pngResponse(chartSvg(params.chart as ChartKey));

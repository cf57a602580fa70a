// The oEmbed file of each state of each chart embed (see src/embed/oembed.ts).
import type { APIRoute } from "astro";
import type { ChartKey } from "../../../../charts/registry.ts";
import { CHART_KEYS } from "../../../../data/chartMeta.ts";
import { chartStates } from "../../../../embed/embedCharts.ts";
import { oembedResponse } from "../../../../embed/oembed.ts";

export const getStaticPaths = () =>
  CHART_KEYS.flatMap((chart) => chartStates(chart as ChartKey).map((s) => ({ params: { chart, state: s.id } })));

export const GET: APIRoute = ({ site, params }) => oembedResponse(site, `embed/${params.chart}/${params.state}/`);

// Each chart embed's oEmbed file (see src/embed/oembed.ts).
import type { APIRoute } from "astro";
import { CHART_KEYS } from "../../../data/chartMeta.ts";
import { oembedResponse } from "../../../embed/oembed.ts";

export const getStaticPaths = () => CHART_KEYS.map((chart) => ({ params: { chart } }));

export const GET: APIRoute = ({ site, params }) => oembedResponse(site, `embed/${params.chart}/`);

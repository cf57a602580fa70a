// oEmbed (https://oembed.com) for every story and embed page: a static JSON file beside the
// page, found through <link rel="alternate" type="application/json+oembed"> in its head.
import { charts, type ChartKey } from "../charts/registry.ts";
import { chartTitle, CHART_KEYS } from "../data/chartMeta.ts";
import { chartStates, defaultState, storyTitle } from "./embedCharts.ts";
import { embedSuggestedHeight } from "./embedHeight.ts";
import { ui } from "../content/ui.ts";
import { embedSnippets, type EmbedTarget } from "./snippets.ts";

/** The story's card and its oEmbed show its lead chart (the share image of src/layouts/Page.astro). */
export const STORY_CHART: ChartKey = charts[0].id;
/** The width the embed's wide layout needs. */
const WIDTH = 640;

export interface OembedPage {
  /** The page's path from the site root: "" for the story, "embed/timeline/dji/". */
  path: string;
  title: string;
  target: EmbedTarget;
}

function chartPage(chart: ChartKey, state?: string): OembedPage {
  const step = state ? chartStates(chart).find((s) => s.id === state)! : defaultState(chart);
  const title = chartTitle(chart);
  return {
    path: `embed/${chart}/${state ? `${state}/` : ""}`,
    title,
    target: { chart, state, title, height: embedSuggestedHeight(chart, step) },
  };
}

let pages: OembedPage[] | undefined;

/**
 * Every page that has an oEmbed: the story, each chart's embed and each of its states. Worked
 * out once per build: each page's suggested height draws its chart twice, and every page's head
 * asks for this list (a tenfold ledger made that 6 s of the build when it was redone per page).
 */
export function oembedPages(): OembedPage[] {
  pages ??= [
    { ...chartPage(STORY_CHART), path: "", title: storyTitle },
    ...CHART_KEYS.flatMap((chart) => [chartPage(chart), ...chartStates(chart).map((s) => chartPage(chart, s.id))]),
  ];
  return pages;
}

/** The oEmbed file of the page at `pathname` ("/embed/timeline/"), from the site root; none for other pages. */
export function oembedFile(pathname: string): string | undefined {
  const path = pathname.replace(/^\//, "");
  return oembedPages().some((p) => p.path === path) ? `${path}oembed.json` : undefined;
}

/** The link's address: absolute when SITE_URL names the public site, else relative (the file sits beside the page). */
export function oembedHref(file: string): string {
  return process.env.SITE_URL ? new URL(file, process.env.SITE_URL).href : "oembed.json";
}

/** A "rich" oEmbed response: the plain iframe, which needs no script on the consumer's page. */
export function oembedJson(site: URL | undefined, page: OembedPage) {
  return {
    version: "1.0",
    type: "rich",
    title: page.title,
    provider_name: ui.siteName,
    ...(site ? { provider_url: site.href } : {}),
    html: embedSnippets(site, page.target).plain,
    width: WIDTH,
    height: page.target.height,
    // Without SITE_URL there is no address to give; the page itself then links no oEmbed file.
    ...(site
      ? {
          thumbnail_url: new URL(`embed/${page.target.chart}/share.png`, site).href,
          thumbnail_width: 1200,
          thumbnail_height: 630,
        }
      : {}),
    cache_age: 86400,
  };
}

/** The endpoint that writes the oEmbed file of the page at `path`. */
export function oembedResponse(site: URL | undefined, path: string): Response {
  const page = oembedPages().find((p) => p.path === path);
  if (!page) throw new Error(`src/embed/oembed.ts: no oEmbed for "${path}"`);
  return new Response(JSON.stringify(oembedJson(site, page), null, 1), {
    headers: { "content-type": "application/json" },
  });
}

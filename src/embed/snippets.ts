import type { ChartKey } from "../charts/index.ts";

export interface Snippets {
  plain: string;
  withLoader: string;
}

/** What the embed code says instead of an address when the build has no SITE_URL. */
export const SITE_URL_PLACEHOLDER = "SITE_URL/";
const FILL_IN = "<!-- Replace SITE_URL/ with the address this site is published at. -->\n";

/**
 * The iframe code an editor pastes. Both versions work alone at the suggested height; the
 * loader version also resizes the iframe to its content. `siteUrl` is the published root;
 * without it (no SITE_URL at build time) the code names SITE_URL/ for the editor to fill in,
 * rather than a made-up host: a relative URL would silently point at the embedding site.
 */
export function embedSnippets(siteUrl: URL | undefined, chart: ChartKey, title: string, height: number): Snippets {
  const at = (path: string) => (siteUrl ? new URL(path, siteUrl).href : `${SITE_URL_PLACEHOLDER}${path}`);
  const iframe = (extra: string) =>
    `<iframe${extra} src="${at(`embed/${chart}/`)}" title="${title.replace(/"/g, "&quot;")}" width="100%" height="${height}" scrolling="no" style="border:0;width:100%" loading="lazy"></iframe>`;
  const note = siteUrl ? "" : FILL_IN;
  return {
    plain: note + iframe(""),
    withLoader: `${note}${iframe(" data-quiet-exit")}\n<script src="${at("embed/loader.js")}" async></script>`,
  };
}

/** The texts around an embed's chart, whose wrapping decides how tall the embed is. */
export interface EmbedTexts {
  title: string;
  description: string;
  caveats: string[];
  footer: string;
}

const lines = (text: string, perLine: number) => Math.ceil(text.length / perLine);

/**
 * The embed's height at a content width, estimated from the chart's height and how its texts
 * wrap (characters per line measured from the page's fonts, rounded down to stay safe).
 */
function heightAt(chartHeight: number, texts: EmbedTexts, contentWidth: number): number {
  const perLine = (px: number) => Math.floor(contentWidth / px);
  return (
    24 + // padding
    lines(texts.title, perLine(11)) * 24 +
    lines(texts.description, perLine(8.2)) * 22 +
    12 +
    chartHeight +
    texts.caveats.reduce((sum, c) => sum + lines(c, perLine(8.6)) * 26 + 14, 0) +
    lines(texts.footer, perLine(7.4)) * 20 +
    16 +
    (contentWidth < 400 ? 3 : 1) * 24 + // the tools and the data table, wrapping on narrow screens
    24 // slack for fonts that run wider
  );
}

/** A fixed height that shows the whole embed at any width, for hosts that run no script. */
export function suggestedHeight(wideChartHeight: number, narrowChartHeight: number, texts: EmbedTexts): number {
  return Math.ceil(Math.max(heightAt(wideChartHeight, texts, 576), heightAt(narrowChartHeight, texts, 296)));
}

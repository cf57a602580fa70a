// The embed code an editor pastes, one version per kind of host: each works alone, and all but
// the plain iframe resize the frame to its content.
import type { ChartKey } from "../charts/registry.ts";
import { datawrapperKey } from "./messages.ts";

export const SNIPPET_KINDS = ["loader", "pym", "datawrapper", "amp", "plain"] as const;
export type SnippetKind = (typeof SNIPPET_KINDS)[number];

export interface EmbedTarget {
  chart: ChartKey;
  /** A story step the embed shows; its default state when absent. */
  state?: string;
  title: string;
  /** The fixed height that shows the whole embed at any width. */
  height: number;
}

const attr = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** What the embed code says instead of an address when the build has no SITE_URL. */
export const SITE_URL_PLACEHOLDER = "SITE_URL/";
const FILL_IN = "<!-- Replace SITE_URL/ with the address this site is published at. -->\n";

// Without SITE_URL the code names SITE_URL/ for the editor to fill in, rather than a made-up
// host: a relative URL would silently point at the embedding site.
const at = (siteUrl: URL | undefined, path: string) =>
  siteUrl ? new URL(path, siteUrl).href : `${SITE_URL_PLACEHOLDER}${path}`;

/** The embed page's public URL. `siteUrl` is the published root. */
export function embedUrl(siteUrl: URL | undefined, target: Pick<EmbedTarget, "chart" | "state">): string {
  return at(siteUrl, `embed/${target.chart}/${target.state ? `${target.state}/` : ""}`);
}

// Datawrapper's current listener finds the frame by event.source, its older one by the id
// "datawrapper-chart-" + the key the embed sends; this one does both, like theirs, in ES5.
const DATAWRAPPER_LISTENER =
  '!function(){window.addEventListener("message",function(e){var d=e.data&&e.data["datawrapper-height"];if(!d)return;' +
  'for(var k in d){var f=document.querySelectorAll("iframe");for(var i=0;i<f.length;i++)' +
  'if(f[i].contentWindow===e.source||f[i].id==="datawrapper-chart-"+k)f[i].style.height=d[k]+"px"}})}();';

export function embedSnippets(siteUrl: URL | undefined, target: EmbedTarget): Record<SnippetKind, string> {
  const src = embedUrl(siteUrl, target);
  const title = attr(target.title);
  const { height } = target;
  const script = (file: string) => `<script src="${at(siteUrl, `embed/${file}`)}" async></script>`;
  const note = siteUrl ? "" : FILL_IN;
  const iframe = (extra: string) =>
    `<iframe${extra} src="${src}" title="${title}" width="100%" height="${height}" scrolling="no" style="border:0;width:100%" loading="lazy"></iframe>`;
  const snippets = {
    loader: `${iframe(" data-quiet-exit")}\n${script("loader.js")}`,
    // Pym.js replaces the link with its iframe; without script the reader still gets the link.
    pym: `<div data-pym-src="${src}" data-pym-title="${title}"><a href="${src}">${title}</a></div>\n${script("pym.v1.min.js")}`,
    datawrapper:
      `<iframe id="datawrapper-chart-${datawrapperKey(target.chart)}" src="${src}" title="${title}" aria-label="${title}" scrolling="no" frameborder="0" ` +
      `style="width:0;min-width:100% !important;border:none" height="${height}" data-external="1"></iframe>\n<script>${DATAWRAPPER_LISTENER}</script>`,
    // A sandbox without allow-same-origin, as AMP wants; the overflow button shows when AMP
    // refuses to resize a frame in view.
    amp:
      `<amp-iframe src="${src}" title="${title}" height="${height}" layout="fixed-height" ` +
      `sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" resizable frameborder="0">\n` +
      `  <button overflow type="button">Show the rest of the chart</button>\n</amp-iframe>`,
    plain: iframe(""),
  };
  return Object.fromEntries(Object.entries(snippets).map(([kind, code]) => [kind, note + code])) as Record<
    SnippetKind,
    string
  >;
}

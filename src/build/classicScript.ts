// Bundles a browser entry point into one classic (non-module) script at build time. A classic
// <script src> is fetched without CORS, so it also runs where a module script is refused: in a
// frame sandboxed without allow-same-origin (an opaque origin), on a page opened from disk
// (file://) and on host pages of any origin.
import { build, type Plugin } from "esbuild";
import { join } from "node:path";
import { drawingsOnly } from "./drawingsOnly.ts";

/**
 * d3-scale is one file that imports d3-time-format for its time scales' tick labels, and that
 * library's locale set-up comes along: about 3 KB gzip that no chart uses (the timeline writes
 * its own month names, src/charts/months.ts). This stands in for it: a time scale still builds
 * its (unused) formatters, and one that is ever called fails loudly.
 */
const noTimeFormat: Plugin = {
  name: "no-d3-time-format",
  setup(b) {
    b.onResolve({ filter: /^d3-time-format$/ }, () => ({ path: "d3-time-format", namespace: "stub" }));
    b.onLoad({ filter: /.*/, namespace: "stub" }, () => ({
      contents:
        'export function timeFormat() { return () => { throw new Error("d3-time-format is left out of the browser bundle (src/build/classicScript.ts)"); }; }\n' +
        "export const utcFormat = timeFormat;",
      loader: "js",
    }));
  },
};

/**
 * The same for d3-format, which d3-scale imports for its linear scales' tick labels: no chart
 * asks a scale for them (axes write their own words), so its locale set-up (about 2 KB gzip)
 * is left out too, and a call to it fails loudly.
 */
const noNumberFormat: Plugin = {
  name: "no-d3-format",
  setup(b) {
    b.onResolve({ filter: /^d3-format$/ }, () => ({ path: "d3-format", namespace: "stub-format" }));
    b.onLoad({ filter: /.*/, namespace: "stub-format" }, () => ({
      contents:
        'export function format() { throw new Error("d3-format is left out of the browser bundle (src/build/classicScript.ts)"); }\n' +
        "export const formatPrefix = format, formatSpecifier = format, precisionFixed = format, precisionPrefix = format, precisionRound = format;",
      loader: "js",
    }));
  },
};

/** `entry` is a path from the project root, e.g. "src/embed/client.ts". */
export async function classicScript(entry: string): Promise<Response> {
  const result = await build({
    entryPoints: [join(process.cwd(), entry)],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    legalComments: "none",
    plugins: [noTimeFormat, noNumberFormat, drawingsOnly],
    write: false,
  });
  return new Response(result.outputFiles[0]!.text, { headers: { "content-type": "text/javascript; charset=utf-8" } });
}

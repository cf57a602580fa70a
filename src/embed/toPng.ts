import { Resvg } from "@resvg/resvg-js";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

// The fonts come from an npm package, so every machine renders the same pixels offline.
const fontDir = join(dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf");
const FONT_FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"].map((f) => join(fontDir, f));

/** Renders an SVG (from exportSvg) to PNG at `scale`, at build time. */
export function toPng(svg: string, scale = 2): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
  });
  return resvg.render().asPng();
}

/** A PNG download for an Astro endpoint: `svg` rendered at `scale`. */
export function pngResponse(svg: string, scale?: number): Response {
  return new Response(new Uint8Array(toPng(svg, scale)), { headers: { "content-type": "image/png" } });
}

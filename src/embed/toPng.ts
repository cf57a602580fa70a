import { renderAsync } from "@resvg/resvg-js";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

// The fonts come from an npm package, so every machine renders the same pixels offline.
const fontDir = join(dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf");
const FONT_FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"].map((f) => join(fontDir, f));

/**
 * Renders an SVG (from exportSvg) to PNG at `scale`, at build time. Off the main thread (resvg's
 * worker pool), so with the build's concurrency (astro.config.mjs) the images render while
 * other pages are written: they grow with the ledger, as the embeds show all of it.
 */
export async function toPng(svg: string, scale = 2): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: "zoom", value: scale },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
  });
  return image.asPng();
}

/** A PNG download for an Astro endpoint: `svg` rendered at `scale`. */
export async function pngResponse(svg: string, scale?: number): Promise<Response> {
  return new Response(new Uint8Array(await toPng(svg, scale)), { headers: { "content-type": "image/png" } });
}

import { readFile, writeFile } from "node:fs/promises";
import type { AstroIntegration } from "astro";
import { BUNDLED_STYLESHEET, builtFiles, postBuildStep } from "./postBuildStep.ts";

/**
 * Moves a page's bundled stylesheets from <head> to the end of <body>. A stylesheet there
 * blocks the rendering of nothing before it, so the first paint needs only the page and its
 * inline first-screen CSS (src/styles/critical.css); the rest applies as soon as it arrives,
 * with no script (a media="print" swap would need one, and would leave the page half-styled
 * wherever that script failed). The <noscript> sheet stays where it is.
 */
export function deferPageStylesheets(html: string): string {
  const sheets = html.match(BUNDLED_STYLESHEET) ?? [];
  if (!sheets.length || !html.includes("</body>")) return html;
  return html.replace(BUNDLED_STYLESHEET, "").replace("</body>", `${sheets.join("")}</body>`);
}

/**
 * Runs deferPageStylesheets on every page but the embeds: an embed's own stylesheet is all
 * for the one chart that is its first screen (src/build/embedStylesheet.ts), so it stays in <head>.
 */
export function deferStylesheets(): AstroIntegration {
  return postBuildStep("defer-stylesheets", async (root) => {
    const pages = await builtFiles(root, /\.html$/);
    let moved = 0;
    for (const page of pages.filter((p) => !/[/\\]embed[/\\]/.test(p))) {
      const html = await readFile(page, "utf8");
      const out = deferPageStylesheets(html);
      if (out !== html) moved++;
      await writeFile(page, out);
    }
    return `moved the stylesheets of ${moved} pages to the end of <body>, behind the inline first-screen CSS`;
  });
}

import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { AstroIntegration } from "astro";
import { builtFiles, postBuildStep } from "./postBuildStep.ts";

const ICON_LINK = /(<link rel="icon" href=")[^"]*favicon\.svg(")/g;

/** Points a page's `<link rel="icon">` at the icon itself, as a data: URL. */
export function inlineFaviconLink(html: string, svg: Buffer): string {
  return html.replace(ICON_LINK, `$1data:image/svg+xml;base64,${svg.toString("base64")}$2`);
}

/**
 * Chromium fetches a page's icon again after every same-document navigation, and the story
 * changes its URL's #step with history.replaceState as the reader scrolls: with favicon.svg a
 * file, that was one request (a revalidation under `_headers`' max-age=0) per step. A data: URL
 * (a few hundred bytes; the pages' policy allows `img-src data:`) is never fetched.
 * public/favicon.svg stays in the build for anything that asks for it by name.
 */
export function inlineFavicon(): AstroIntegration {
  return postBuildStep("inline-favicon", async (root) => {
    const svg = await readFile(join(root, "favicon.svg"));
    const pages = await builtFiles(root, /\.html$/);
    let changed = 0;
    for (const page of pages) {
      const html = await readFile(page, "utf8");
      const inlined = inlineFaviconLink(html, svg);
      if (inlined !== html) changed++;
      await writeFile(page, inlined);
    }
    return `inlined the favicon in ${changed} of ${pages.length} pages`;
  });
}

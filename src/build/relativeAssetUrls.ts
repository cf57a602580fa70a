import { readFile, writeFile } from "node:fs/promises";
import { relative, sep } from "node:path";
import type { AstroIntegration } from "astro";
import { builtFiles, postBuildStep } from "./postBuildStep.ts";

/** "../../" for a page two folders below the site root. */
function prefixFor(file: string, root: string): string {
  const depth = relative(root, file).split(sep).length - 1;
  return depth === 0 ? "./" : "../".repeat(depth);
}

/** Rewrites root-relative asset URLs ("/_astro/x.js") in one page to relative ones. */
export function relativizeAssetUrls(html: string, prefix: string): string {
  return html.replace(/(\s(?:href|src)=")\/_astro\//g, `$1${prefix}_astro/`);
}

/**
 * Astro writes its bundled assets as /_astro/… from the site root. After the build this
 * makes every such URL relative to its page, so one build works at the root of a host or
 * under any subpath, with no base setting.
 */
export function relativeAssetUrls(): AstroIntegration {
  return postBuildStep("relative-asset-urls", async (root) => {
    const pages = await builtFiles(root, /\.html$/);
    for (const page of pages) {
      const html = await readFile(page, "utf8");
      await writeFile(page, relativizeAssetUrls(html, prefixFor(page, root)));
    }
    return `made asset URLs relative in ${pages.length} pages`;
  });
}

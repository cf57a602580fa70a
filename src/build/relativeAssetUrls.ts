import { readFile, readdir, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { AstroIntegration } from "astro";

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
  return {
    name: "quiet-exit:relative-asset-urls",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const root = dir.pathname;
        const pages = (await readdir(root, { recursive: true })).filter((f) => f.endsWith(".html")).map((f) => join(root, f));
        for (const page of pages) {
          const html = await readFile(page, "utf8");
          await writeFile(page, relativizeAssetUrls(html, prefixFor(page, root)));
        }
        logger.info(`made asset URLs relative in ${pages.length} pages`);
      },
    },
  };
}

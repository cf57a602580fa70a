import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { AstroIntegration } from "astro";

/**
 * A page's link to one of Astro's bundled stylesheets, as relativeAssetUrls leaves it:
 * group 1 is the path up to the site root ("../"), group 2 the file name in _astro/.
 */
export const BUNDLED_STYLESHEET = /<link rel="stylesheet" href="((?:\.\.?\/)*)_astro\/([\w.-]+\.css)">/g;

/** The files under the built folder whose paths match `pattern`, as absolute paths. */
export async function builtFiles(root: string, pattern: RegExp): Promise<string[]> {
  return (await readdir(root, { recursive: true })).filter((f) => pattern.test(f)).map((f) => join(root, f));
}

/**
 * A step that runs on the finished build, in the folder being built (scripts/build.ts's
 * temporary one), in the order astro.config.mjs lists the steps. `run` returns its log line.
 */
export function postBuildStep(name: string, run: (root: string) => Promise<string>): AstroIntegration {
  return {
    name: `quiet-exit:${name}`,
    hooks: {
      "astro:build:done": async ({ dir, logger }) => logger.info(await run(dir.pathname)),
    },
  };
}

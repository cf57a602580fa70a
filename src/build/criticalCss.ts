import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";

/** The first screen's CSS (src/styles/critical.css), minified, as every page inlines it. */
export interface CriticalCss {
  css: string;
  /** The CSP source that allows exactly this <style>: 'sha256-…'. */
  source: string;
}

let cached: CriticalCss | undefined;

/**
 * Reads and minifies src/styles/critical.css once a process. The policy's hash is taken from
 * these very bytes, so the page's <style> and the CSP cannot drift apart; esbuild is pinned
 * by the lockfile, so the same file always gives the same hash.
 */
export function criticalCss(root = process.cwd()): CriticalCss {
  if (cached) return cached;
  const text = readFileSync(join(root, "src/styles/critical.css"), "utf8");
  const css = transformSync(text, { loader: "css", minify: true, legalComments: "none" }).code.trim();
  cached = { css, source: `'sha256-${createHash("sha256").update(css).digest("base64")}'` };
  return cached;
}

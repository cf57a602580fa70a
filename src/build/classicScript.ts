// Bundles a browser entry point into one classic (non-module) script at build time. A classic
// <script src> is fetched without CORS, so it also runs where a module script is refused: in a
// frame sandboxed without allow-same-origin (an opaque origin), on a page opened from disk
// (file://) and on host pages of any origin. The scripts import no chart code (an ESLint rule
// keeps it so), so no d3, zod or formatter reaches them.
import { build } from "esbuild";
import { join } from "node:path";

/** `entry` is a path from the project root, e.g. "src/embed/client.ts". */
export async function classicScript(entry: string): Promise<Response> {
  const result = await build({
    entryPoints: [join(process.cwd(), entry)],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    legalComments: "none",
    write: false,
  });
  return new Response(result.outputFiles[0]!.text, { headers: { "content-type": "text/javascript; charset=utf-8" } });
}

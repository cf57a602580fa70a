// Publishes src/embed/loader.ts as one small standalone script for host pages.
import type { APIRoute } from "astro";
import { build } from "esbuild";
import { join } from "node:path";

export const GET: APIRoute = async () => {
  const result = await build({
    entryPoints: [join(process.cwd(), "src/embed/loader.ts")],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    write: false,
  });
  return new Response(result.outputFiles[0]!.text, { headers: { "content-type": "text/javascript; charset=utf-8" } });
};

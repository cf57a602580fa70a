// Publishes the compiled data as downloads: data/claims.json, data/charts/export-declines.csv...
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";

const DATA = join(process.cwd(), "data");
const TYPES: Record<string, string> = { json: "application/json; charset=utf-8", csv: "text/csv; charset=utf-8" };

export const getStaticPaths = (() =>
  readdirSync(DATA, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(json|csv)$/.test(f))
    .sort()
    .map((path) => ({ params: { path } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const path = params.path!;
  return new Response(readFileSync(join(DATA, path)), { headers: { "content-type": TYPES[path.split(".").pop()!]! } });
};

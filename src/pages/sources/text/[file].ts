// Publishes each article's verbatim text, byte for byte, as a plain-text file.
import type { APIRoute, GetStaticPaths } from "astro";
import { sources } from "../../../data/index.ts";
import { seedText } from "../../../data/seedText.ts";

export const getStaticPaths = (() => sources.seeds.map((s) => ({ params: { file: s.file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(seedText(params.file!), { headers: { "content-type": "text/plain; charset=utf-8" } });

// Publishes each article's verbatim text, byte for byte, as a plain-text file.
import type { APIRoute, GetStaticPaths } from "astro";
import { sources } from "../../../data/index.ts";
import { articleText } from "../../../data/articles.ts";

export const getStaticPaths = (() =>
  sources.seeds.map((s) => ({ params: { file: s.file }, props: { seed: s.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ seed: string }> = ({ props }) =>
  new Response(articleText(props.seed), { headers: { "content-type": "text/plain; charset=utf-8" } });

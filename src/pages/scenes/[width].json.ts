// The story's scenes at one width bucket (src/scrolly/sceneSet.ts), fetched once by the story's
// script at start-up.
import type { APIRoute, GetStaticPaths } from "astro";
import { sceneSetJson, storyScenes } from "../../build/storyScenes.ts";
import { SCENE_WIDTHS } from "../../scrolly/sceneSet.ts";

export const getStaticPaths: GetStaticPaths = () => SCENE_WIDTHS.map((width) => ({ params: { width: String(width) } }));

export const GET: APIRoute = ({ params }) =>
  new Response(sceneSetJson(storyScenes(Number(params.width))), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });

// The same scenes as a classic script, only for the story opened from disk: there the browser
// refuses fetch() for file:// URLs, but still runs a <script src> (src/scrolly/loadScenes.ts).
import type { APIRoute, GetStaticPaths } from "astro";
import { sceneSetJson, storyScenes } from "../../build/storyScenes.ts";
import { SCENE_WIDTHS, SCENES_CALLBACK } from "../../scrolly/sceneSet.ts";

export const getStaticPaths: GetStaticPaths = () => SCENE_WIDTHS.map((width) => ({ params: { width: String(width) } }));

export const GET: APIRoute = ({ params }) =>
  new Response(`${SCENES_CALLBACK}(${sceneSetJson(storyScenes(Number(params.width)))});\n`, {
    headers: { "content-type": "text/javascript; charset=utf-8" },
  });

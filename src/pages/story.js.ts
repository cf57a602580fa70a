// The story's script as one classic script: a module script is refused on a page opened from
// disk (file://), and the charts would then stop following the scroll.
import type { APIRoute } from "astro";
import { classicScript } from "../build/classicScript.ts";

export const GET: APIRoute = () => classicScript("src/scrolly/main.ts");

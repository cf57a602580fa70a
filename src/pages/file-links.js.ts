// Publishes src/offline/fileLinks.ts as a classic script (see there).
import type { APIRoute } from "astro";
import { classicScript } from "../build/classicScript.ts";

export const GET: APIRoute = () => classicScript("src/offline/fileLinks.ts");

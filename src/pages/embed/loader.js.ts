// Publishes src/embed/loader.ts as one small standalone script for host pages.
import type { APIRoute } from "astro";
import { classicScript } from "../../build/classicScript.ts";

export const GET: APIRoute = () => classicScript("src/embed/loader.ts");

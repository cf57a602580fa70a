// The script inside every embed page, as a classic script: a module script would be refused in
// a frame sandboxed with allow-scripts but not allow-same-origin (AMP's default), and the embed
// would then never report its height.
import type { APIRoute } from "astro";
import { classicScript } from "../../build/classicScript.ts";

export const GET: APIRoute = () => classicScript("src/embed/client.ts");

// The story's oEmbed file (see src/embed/oembed.ts).
import type { APIRoute } from "astro";
import { oembedResponse } from "../embed/oembed.ts";

export const GET: APIRoute = ({ site }) => oembedResponse(site, "");

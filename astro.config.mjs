// @ts-check
import { defineConfig } from "astro/config";
import { deferStylesheets } from "./src/build/deferStylesheets.ts";
import { embedStylesheet } from "./src/build/embedStylesheet.ts";
import { inlineFavicon } from "./src/build/inlineFavicon.ts";
import { precompress } from "./src/build/precompress.ts";
import { relativeAssetUrls } from "./src/build/relativeAssetUrls.ts";
import { siteUrlWarning } from "./src/build/siteUrlWarning.ts";

// Pages link to each other and to their assets with relative URLs (relativeAssetUrls fixes
// Astro's /_astro/ ones after the build), so one build can be served from any path.
export default defineConfig({
  // The public address of the built site, for canonical URLs, share cards and embed code.
  // Without SITE_URL there is no placeholder host: those are left out (siteUrlWarning says so).
  site: process.env.SITE_URL || undefined,
  trailingSlash: "always",
  // Never inline a small stylesheet as <style>: the policy allows only the first screen's CSS, by hash.
  // Two pages at a time: the PNGs render off the main thread meanwhile (src/embed/toPng.ts).
  build: { format: "directory", inlineStylesheets: "never", concurrency: 2 },
  server: { host: "127.0.0.1", port: 4321 },
  devToolbar: { enabled: false },
  // precompress comes last: it compresses the pages as the integrations before it left them.
  integrations: [
    relativeAssetUrls(),
    embedStylesheet(),
    deferStylesheets(),
    siteUrlWarning(),
    inlineFavicon(),
    precompress(),
  ],
});

// @ts-check
import { defineConfig } from "astro/config";

// Pages and assets use relative URLs where they can, so the built folder can be served from
// any path (see README "Hosting the built folder").
export default defineConfig({
  // The public address of the built site, for canonical URLs, share cards and embed code.
  site: process.env.SITE_URL ?? "https://quiet-exit.example/",
  trailingSlash: "always",
  build: { format: "directory" },
  server: { host: "127.0.0.1", port: 4321 },
  devToolbar: { enabled: false },
});

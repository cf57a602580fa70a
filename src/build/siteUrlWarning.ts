import type { AstroIntegration } from "astro";

/** What a build without SITE_URL leaves out, said once so nobody publishes it unaware. */
export const SITE_URL_WARNING =
  "SITE_URL is not set, so this build has no absolute URL: it left out the canonical links, og:url, og:image and " +
  "twitter:image (share cards fall back to text), and the embed code reads SITE_URL/embed/… for you to fill in. " +
  "Set SITE_URL to the published address (ending in /) to include them.";

/** Warns once, at the end of a build, when `site` (SITE_URL) is not set. */
export function siteUrlWarning(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: "quiet-exit:site-url-warning",
    hooks: {
      "astro:config:done": ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      "astro:build:done": ({ logger }) => {
        if (!site) logger.warn(SITE_URL_WARNING);
      },
    },
  };
}

/**
 * A page's canonical URL and its share image's URL on the published site, or null when the
 * build has no SITE_URL: then no absolute URL is written at all rather than a made-up host.
 *
 * @example shareUrls(new URL("https://x.org/news/"), "/sources/", "embed/timeline/share.png")
 *   // { canonical: "https://x.org/news/sources/", image: "https://x.org/news/embed/timeline/share.png" }
 */
export function shareUrls(
  site: URL | undefined,
  pathname: string,
  image: string,
): { canonical: string; image: string } | null {
  if (!site) return null;
  return {
    canonical: new URL(pathname.replace(/^\//, ""), site).href,
    image: new URL(image.replace(/^\//, ""), site).href,
  };
}

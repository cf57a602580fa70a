// Opened from disk (file://), a link to a folder ("sources/") shows a directory listing, not
// the page. There, and only there, this points such links at the folder's index.html; hosted
// URLs stay as they are. It is a classic script because file:// refuses module scripts.

/** "sources/#x" -> "sources/index.html#x"; undefined for links to files, other sites or this page. */
export function fileHref(href: string): string | undefined {
  if (/^([a-z][a-z0-9+.-]*:|\/\/|#|\?)/i.test(href)) return undefined;
  const match = /^([^?#]*)([?#].*)?$/.exec(href);
  const path = match?.[1] ?? "";
  const rest = match?.[2] ?? "";
  if (path === "" || path === "." || path === "..") return `${path ? `${path}/` : ""}index.html${rest}`;
  return path.endsWith("/") ? `${path}index.html${rest}` : undefined;
}

function rewrite(link: Element): void {
  const href = link.getAttribute("href");
  const fixed = href === null ? undefined : fileHref(href);
  if (fixed !== undefined) link.setAttribute("href", fixed);
}

if (typeof location !== "undefined" && location.protocol === "file:") {
  const all = () => document.querySelectorAll("a[href]").forEach(rewrite);
  if (document.readyState === "loading") addEventListener("DOMContentLoaded", all);
  else all();
  // Links drawn later (the timeline's events) are fixed as they are followed.
  addEventListener(
    "click",
    (event) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (link) rewrite(link);
    },
    true,
  );
}

/**
 * The relative path from a page back to the site root ("./", "../", "../../"), so links and
 * assets work wherever the built folder is hosted, at the root or under any subpath.
 *
 * @example rootPrefix("/embed/timeline/") === "../../"
 */
export function rootPrefix(pathname: string): string {
  const depth = pathname.split("/").filter(Boolean).length - (pathname.endsWith("/") ? 0 : 1);
  return depth <= 0 ? "./" : "../".repeat(depth);
}

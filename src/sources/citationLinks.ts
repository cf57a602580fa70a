// Characters that have a meaning in a text fragment and must be escaped.
const encodeFragment = (text: string) => encodeURIComponent(text).replace(/-/g, "%2D");

/**
 * The link to a quote in the published article. Browsers that support text fragments
 * highlight the exact quote; the others jump to the anchor, where the quote is marked.
 */
export function quoteLink(articleHref: string, anchor: string, verbatim: string): string {
  const words = verbatim.split(/\s+/);
  const fragment =
    words.length > 8
      ? `${encodeFragment(words.slice(0, 4).join(" "))},${encodeFragment(words.slice(-4).join(" "))}`
      : encodeFragment(verbatim);
  return `${articleHref}#${anchor}:~:text=${fragment}`;
}

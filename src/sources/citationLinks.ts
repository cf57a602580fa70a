import type { CompiledCitation, CompiledClaim } from "../schema/index.ts";

export interface NumberedCitation extends CompiledCitation {
  /** The link target in the article page: "cite-telecom-decline-2". */
  anchor: string;
}

/** Every citation of a claim (its own, then each value's), each with a stable anchor id. */
export function claimCitations(claim: CompiledClaim): NumberedCitation[] {
  const all = [...claim.citations, ...claim.values.flatMap((v) => v.citations)];
  return all.map((c, i) => ({ ...c, anchor: `cite-${claim.id}-${i + 1}` }));
}

// Characters that have a meaning in a text fragment and must be escaped.
const encodeFragment = (text: string) => encodeURIComponent(text).replace(/-/g, "%2D");

/**
 * The link to a quote in the published article. Browsers that support text fragments
 * highlight the exact quote; the others jump to the anchor, where the quote is marked.
 */
export function quoteLink(articleHref: string, anchor: string, verbatim: string): string {
  const words = verbatim.split(/\s+/);
  const fragment =
    words.length > 8 ? `${encodeFragment(words.slice(0, 4).join(" "))},${encodeFragment(words.slice(-4).join(" "))}` : encodeFragment(verbatim);
  return `${articleHref}#${anchor}:~:text=${fragment}`;
}

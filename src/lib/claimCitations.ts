import type { CompiledCitation, CompiledClaim } from "../schema/index.ts";

export interface NumberedCitation extends CompiledCitation {
  /** The link target in the article page: "cite-telecom-decline-2". */
  anchor: string;
}

/**
 * Every citation of a claim (its own, then each value's), each with a stable anchor id. The
 * compiler marks the anchors in data/articles.json and the sources page links to them, so
 * both number the citations here.
 */
export function claimCitations(claim: CompiledClaim): NumberedCitation[] {
  const all = [...claim.citations, ...claim.values.flatMap((v) => v.citations)];
  return all.map((c, i) => ({ ...c, anchor: `cite-${claim.id}-${i + 1}` }));
}

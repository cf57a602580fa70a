import { claimCitations } from "../lib/claimCitations.ts";
import type { CompiledArticle, CompiledClaim, CompiledSeed } from "../schema/index.ts";
import { segmentArticle } from "./segmentArticle.ts";

/**
 * Each article's verbatim text cut into the segments the sources page shows: quoted passages
 * with their claims and link targets, ignored clutter with its reason. The pages read these
 * from data/ and never open seeds/.
 */
export function shapeArticles(
  texts: Map<string, { text: string | null }>,
  seeds: CompiledSeed[],
  claims: CompiledClaim[],
): CompiledArticle[] {
  return seeds.map((seed) => {
    const citations = claims.flatMap((claim) =>
      claimCitations(claim)
        .filter((c) => c.seed === seed.id)
        .map((c) => ({ id: c.anchor, start: c.start, end: c.end, claim: claim.id })),
    );
    const claimOf = new Map(citations.map((c) => [c.id, c.claim]));
    const ignored = seed.ignore.map((s) => ({ start: s.start, end: s.end, reason: `${s.kind}: ${s.reason}` }));
    const segments = segmentArticle(texts.get(seed.id)?.text ?? "", citations, ignored).map((s) => ({
      text: s.text,
      claims: [...new Set(s.cited.map((id) => claimOf.get(id)!))],
      ignored: s.ignored,
      anchors: s.anchors.map((id) => ({ id, claim: claimOf.get(id)! })),
    }));
    return { seed: seed.id, file: seed.file, segments };
  });
}

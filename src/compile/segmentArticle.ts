import type { TextRange } from "../schema/index.ts";

export interface ArticleSegment {
  text: string;
  /** Ids of the citations whose quote covers this stretch; empty if none. */
  cited: string[];
  /** Why this stretch is ignored (page clutter, an advert...), or null. */
  ignored: string | null;
  /** Ids of the citations that start here, for link targets. */
  anchors: string[];
}

/**
 * Cuts an article's verbatim text at every start and end of a citation or an ignored span,
 * so the page can highlight every quote (overlaps included) and give each one a link target.
 */
export function segmentArticle(
  text: string,
  citations: (TextRange & { id: string })[],
  ignored: (TextRange & { reason: string })[],
): ArticleSegment[] {
  const cuts = new Set([0, text.length]);
  for (const r of [...citations, ...ignored]) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: ArticleSegment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    segments.push({
      text: text.slice(start, end),
      cited: citations.filter((c) => c.start <= start && c.end >= end).map((c) => c.id),
      ignored: ignored.find((s) => s.start <= start && s.end >= end)?.reason ?? null,
      anchors: citations.filter((c) => c.start === start).map((c) => c.id),
    });
  }
  return segments;
}

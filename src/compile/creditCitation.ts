import type { TextRange } from "../schema/index.ts";
import { overlaps } from "./locateQuote.ts";
import type { SeedSpans } from "./resolveSeedSpans.ts";

/** A report an article names for one of its quotes, as the article spells the name. */
export interface Credit {
  report: string;
  as: string;
  /** What that report cites, where the article says so; the credit is then second-hand. */
  cites?: string;
}

/**
 * The reports an article credits for one quote: those whose naming phrase (a `relays` entry in
 * seeds/sources.yaml) stands in the same sentence as the quote. A report named elsewhere in the
 * article is not credited here, so a figure the article gives without a source gets no credit.
 */
export function creditCitation(range: TextRange, spans: SeedSpans | undefined, sentences: TextRange[]): Credit[] {
  const around = sentences.filter((s) => overlaps(s, range));
  return (spans?.relays ?? [])
    .filter((relay) => around.some((s) => overlaps(s, relay)))
    .map((relay) => ({ report: relay.report, as: relay.as, ...(relay.cites ? { cites: relay.cites } : {}) }));
}

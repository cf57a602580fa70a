// What a footnote shows, shared by the popover at the marker and the note at the end of the
// story, so both quote a claim the same way.
import type { CompiledClaim } from "../schema/index.ts";
import { capitalize, creditLine, disagreement, outletCredit } from "./credit.ts";

export interface NoteQuote {
  quote: string;
  seed: string;
  /** "Article 000, citing …": what the article says of where the quote comes from. */
  credit: string;
}

/**
 * A claim's quotes, its own and its values', each once even when cited for several values.
 * `relays`: the reports each article names anywhere (relaysBySeed), for quotes it credits to none.
 */
export function noteQuotes(claim: CompiledClaim, relays: ReadonlyMap<string, string[]>): NoteQuote[] {
  const all = [...claim.citations, ...claim.values.flatMap((v) => v.citations)];
  const unique = all.filter((q, i) => all.findIndex((o) => o.seed === q.seed && o.quote === q.quote) === i);
  return unique.map((q) => ({
    quote: q.quote,
    seed: q.seed,
    credit: capitalize(creditLine(q.seed, q.credits, relays.get(q.seed))),
  }));
}

/**
 * The reports each article names somewhere in its text, each once, as the article first spells
 * it (article 002 names "wall street journal" and later "the wall street journal").
 */
export function relaysBySeed(
  seeds: readonly { id: string; relays: readonly { report: string; as: string }[] }[],
): Map<string, string[]> {
  const first = (relays: readonly { report: string; as: string }[]) =>
    relays.filter((r, i) => relays.findIndex((o) => o.report === r.report) === i).map((r) => r.as);
  return new Map(seeds.map((s) => [s.id, first(s.relays)]));
}

/** "60% (article 002); almost two-thirds (article 001) or nearly…", or null when they agree. */
export function conflictLine(claim: CompiledClaim): string | null {
  return claim.conflict ? disagreement(claim.conflict.variants) : null;
}

/** Each article's outlet as credit lines name it, hedge included; null when it names none. */
export function outletsBySeed(
  seeds: readonly { id: string; outlet: { name: string; credit: string } }[],
): Map<string, string | null> {
  return new Map(seeds.map((s) => [s.id, outletCredit(s)]));
}

// Said once, in a key, not on every quote; worded with the other credit lines.
export { unnamedOutlets } from "./credit.ts";

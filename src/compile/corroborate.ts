import type { Corroboration } from "../schema/index.ts";
import type { SeedSpans } from "./resolveSeedSpans.ts";
import type { VerifiedClaim } from "./verifyClaims.ts";

/** Every seed that cites the claim, at the claim or the value level, sorted. */
export function citingSeeds(verified: VerifiedClaim): string[] {
  const all = [...verified.citations, ...[...verified.valueCitations.values()].flat()];
  return [...new Set(all.map((c) => c.seed))].sort();
}

/** The claim's origins that `seed` says it relays. */
export function relayedVia(origin: string[], spans: SeedSpans | undefined): string[] {
  const relayed = new Set(spans?.relays.map((r) => r.report) ?? []);
  return origin.filter((report) => relayed.has(report));
}

/**
 * Which articles support a claim, and through which earlier report. Five articles relaying
 * one WSJ story are five witnesses to the relay, not five independent sources.
 */
export function corroborate(verified: VerifiedClaim, spans: Map<string, SeedSpans>): Corroboration {
  const seeds = citingSeeds(verified);
  const origins = verified.claim.origin.map((report) => ({
    report,
    seeds: seeds.filter((seed) => relayedVia([report], spans.get(seed)).length > 0),
  }));
  return { seeds, count: seeds.length, origins };
}

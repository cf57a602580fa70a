import type { CompiledCitation, CompiledClaim, CompiledValue } from "../schema/index.ts";
import { compileDate } from "./compileDate.ts";
import { corroborate, relayedVia } from "./corroborate.ts";
import { findConflict } from "./findConflict.ts";
import { formatNumber, signedNumber } from "./formatValue.ts";
import type { Inputs } from "./readInputs.ts";
import type { SeedSpans } from "./resolveSeedSpans.ts";
import type { LocatedCitation, VerifiedClaim } from "./verifyClaims.ts";

function withVia(citations: LocatedCitation[], origin: string[], spans: Map<string, SeedSpans>): CompiledCitation[] {
  return citations.map(({ seed, quote, start, end, phrase }) => ({
    seed,
    quote,
    start,
    end,
    via: relayedVia(origin, spans.get(seed)),
    phrase: phrase ?? null,
  }));
}

function shapeValues(verified: VerifiedClaim, spans: Map<string, SeedSpans>): CompiledValue[] {
  const { claim } = verified;
  return claim.values.map((value) => {
    const citations = withVia(verified.valueCitations.get(value.id) ?? [], claim.origin, spans);
    const base = { id: value.id, seeds: [...new Set(citations.map((c) => c.seed))].sort(), citations };
    if (value.type === "quotation") return { ...base, type: "quotation", display: `“${value.text}”`, text: value.text };
    return {
      ...base,
      type: "number",
      display: formatNumber(value),
      number: value.number,
      signed: signedNumber(value),
      spelled: value.spelled ?? null,
      phrases: [...new Set(citations.flatMap((c) => c.phrase ?? []))],
      unit: value.unit,
      qualifier: value.qualifier,
      measure: value.measure,
      direction: value.direction ?? null,
      comparison: value.comparison
        ? { from: value.comparison.from ?? null, to: value.comparison.to ?? null, label: value.comparison.label }
        : null,
    };
  });
}

/** Claims as the pages read them: dates as spans, values formatted, sources and conflicts worked out. */
export function shapeClaims(inputs: Inputs, verified: VerifiedClaim[], spans: Map<string, SeedSpans>): CompiledClaim[] {
  const actorNames = new Map(inputs.actors.map((a) => [a.id, a.name]));
  return verified
    .map((v) => {
      const { claim } = v;
      return {
        id: claim.id,
        kind: claim.kind,
        title: claim.title,
        statement: claim.statement,
        actors: claim.actors.map((id) => ({ id, name: actorNames.get(id) ?? id })),
        origin: claim.origin,
        date: compileDate(claim.date),
        timeline: claim.timeline ?? null,
        charts: claim.charts,
        citations: withVia(v.citations, claim.origin, spans),
        values: shapeValues(v, spans),
        corroboration: corroborate(v, spans),
        conflict: findConflict(v),
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

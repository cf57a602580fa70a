import type { CompiledCitation, CompiledClaim, CompiledValue } from "../schema/index.ts";
import { evidenceOf } from "../truth/checkProse.ts";
import { compileDate } from "./compileDate.ts";
import { corroborate } from "./corroborate.ts";
import { creditCitation } from "./creditCitation.ts";
import { findConflict } from "./findConflict.ts";
import { formatWorded, signedNumber, wordings } from "./formatValue.ts";
import type { Inputs } from "./readInputs.ts";
import type { SeedSpans } from "./resolveSeedSpans.ts";
import { renderText as renderStatement } from "../story/renderText.ts";
import { sentenceRanges } from "./sentenceRanges.ts";
import type { LocatedCitation, VerifiedClaim } from "./verifyClaims.ts";

type Credit = (citations: LocatedCitation[]) => CompiledCitation[];

function creditor(inputs: Inputs, spans: Map<string, SeedSpans>): Credit {
  const sentences = new Map([...inputs.seeds].map(([id, seed]) => [id, sentenceRanges(seed.text ?? "")]));
  return (citations) =>
    citations.map(({ seed, quote, start, end, phrase }) => ({
      seed,
      quote,
      start,
      end,
      credits: creditCitation({ start, end }, spans.get(seed), sentences.get(seed) ?? []),
      phrase: phrase ?? null,
    }));
}

function shapeValues(verified: VerifiedClaim, credit: Credit): CompiledValue[] {
  return verified.claim.values.map((value) => {
    const citations = credit(verified.valueCitations.get(value.id) ?? []);
    const base = { id: value.id, seeds: [...new Set(citations.map((c) => c.seed))].sort(), citations };
    if (value.type === "quotation") {
      const display = `“${value.text}”`;
      return { ...base, type: "quotation", display, worded: [{ display, seeds: base.seeds }], text: value.text };
    }
    return {
      ...base,
      type: "number",
      display: formatWorded(
        value,
        citations.flatMap((c) => c.phrase ?? []),
      ),
      number: value.number,
      signed: signedNumber(value),
      spelled: value.spelled ?? null,
      worded: wordings(value, citations),
      unit: value.unit,
      qualifier: value.qualifier,
      measure: value.measure,
      measured: value.measured ?? null,
      direction: value.direction ?? null,
      comparison: value.comparison ? { from: value.comparison.from, to: value.comparison.to } : null,
    };
  });
}

/** Claims as the pages read them: dates as spans, values formatted, credits and conflicts worked out. */
export function shapeClaims(inputs: Inputs, verified: VerifiedClaim[], spans: Map<string, SeedSpans>): CompiledClaim[] {
  const actorNames = new Map(inputs.actors.map((a) => [a.id, a.name]));
  const credit = creditor(inputs, spans);
  const shaped = verified.map((v): CompiledClaim => {
    const { claim } = v;
    const citations = credit(v.citations);
    const values = shapeValues(v, credit);
    return {
      id: claim.id,
      kind: claim.kind,
      title: claim.title,
      statement: claim.statement,
      hedged: evidenceOf(claim).hedged,
      actors: claim.actors.map((id) => ({ id, name: actorNames.get(id) ?? id })),
      date: compileDate(claim.date),
      timeline: claim.timeline ?? null,
      charts: claim.charts,
      citations,
      values,
      corroboration: corroborate([...citations, ...values.flatMap((value) => value.citations)]),
      conflict: findConflict(v),
    };
  });
  // Statements may print other claims' values, so they are rendered once every claim is shaped.
  const byId = new Map(shaped.map((c) => [c.id, c]));
  return shaped
    .map((c, i) => ({
      ...c,
      title: renderStatement(c.title, byId, verified[i]!.file),
      statement: renderStatement(c.statement, byId, verified[i]!.file),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

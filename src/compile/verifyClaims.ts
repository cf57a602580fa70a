import type { Citation, Claim, TextRange } from "../schema/index.ts";
import { datePrecisionProblem } from "./checkDatePrecision.ts";
import { CompileError } from "../io/CompileError.ts";
import { locateQuote, overlaps } from "./locateQuote.ts";
import { normalized } from "./normalize.ts";
import { readNumberInQuote } from "./readNumberInQuote.ts";
import type { Inputs, LocatedClaim } from "./readInputs.ts";
import type { SeedSpans } from "./resolveSeedSpans.ts";

/** A citation found in its seed; `phrase` is how it words the value it supports, if a number. */
export type LocatedCitation = Citation & TextRange & { phrase?: string };

/** A claim whose every quote was found, with the located citations of the claim and each value. */
export interface VerifiedClaim {
  claim: Claim;
  file: string;
  citations: LocatedCitation[];
  valueCitations: Map<string, LocatedCitation[]>;
}

interface Context {
  inputs: Inputs;
  spans: Map<string, SeedSpans>;
  errors: CompileError[];
  file: string;
  id: string;
}

function locateCitation(ctx: Context, citation: Citation, field: string): LocatedCitation | null {
  const fail = (message: string) => {
    ctx.errors.push(new CompileError({ file: ctx.file, id: ctx.id, field }, message));
    return null;
  };
  const seed = ctx.inputs.seeds.get(citation.seed);
  if (!seed)
    return fail(`unknown seed "${citation.seed}"; seeds/sources.yaml lists ${[...ctx.inputs.seeds.keys()].join(", ")}`);
  if (!seed.normalized) return fail(`cannot check the quote: ${seed.path} is missing`);
  const range = locateQuote(seed.normalized, citation.quote);
  if (!range) return fail(`quote not found in ${seed.path}: "${citation.quote}"`);
  const ignored = ctx.spans.get(citation.seed)?.ignore.find((span) => overlaps(range, span));
  if (ignored) return fail(`the quote lies in a part of ${seed.path} marked to ignore (${ignored.reason})`);
  return { ...citation, ...range };
}

function locateAll(ctx: Context, citations: Citation[], field: string): LocatedCitation[] {
  return citations.flatMap((c, i) => locateCitation(ctx, c, `${field}[${i}].quote`) ?? []);
}

/**
 * Checks that each value is really in its quotes (the number, its unit and hedge, or the
 * quoted words) and records how each quote words a number.
 */
function checkValues(ctx: Context, claim: Claim, valueCitations: Map<string, LocatedCitation[]>): void {
  claim.values.forEach((value, v) => {
    const measured = value.type === "number" && value.measured !== "unstated" ? value.measured : undefined;
    if (value.type === "number" && measured && !value.citations.some((c) => MEASURED[measured].test(c.quote))) {
      const problem = `no cited quote says the change is in ${value.measured}; use "unstated"`;
      ctx.errors.push(new CompileError({ file: ctx.file, id: ctx.id, field: `values[${v}].measured` }, problem));
    }
    value.citations.forEach((citation, c) => {
      const field = `values[${v}].citations[${c}].quote`;
      let problem: string | undefined;
      if (value.type === "number") {
        const reading = readNumberInQuote(value, citation.quote);
        problem = reading.problem;
        const located = valueCitations
          .get(value.id)
          ?.find((l) => l.seed === citation.seed && l.quote === citation.quote);
        if (located && reading.phrase) located.phrase = reading.phrase;
      } else if (!normalized(citation.quote).includes(normalized(value.text))) {
        problem = `the quote does not contain the quotation "${value.text}": "${citation.quote}"`;
      }
      if (problem) ctx.errors.push(new CompileError({ file: ctx.file, id: ctx.id, field }, problem));
    });
  });
}

// The words that show a quote counts money, or units.
const MEASURED = {
  value: /\bin value\b|\$|\bbillion\b|\bdollars?\b/i,
  volume: /\bunits\b|\bvolume\b|\btonnes\b/i,
} as const;

/** A date's `text` must be the wording of one of the claim's own quotes. */
function checkDateText(ctx: Context, claim: Claim): void {
  const text = claim.date.text;
  if (!text) {
    if (!claim.date.basis)
      ctx.errors.push(
        new CompileError(
          { file: ctx.file, id: ctx.id, field: "date" },
          "a date needs `text` (its wording in a quote) or `basis` (how it was inferred)",
        ),
      );
    return;
  }
  const quotes = [...claim.citations, ...claim.values.flatMap((v) => v.citations)].map((c) => normalized(c.quote));
  if (!quotes.some((q) => q.includes(normalized(text)))) {
    ctx.errors.push(
      new CompileError(
        { file: ctx.file, id: ctx.id, field: "date.text" },
        `"${text}" is not in any of the claim's quotes`,
      ),
    );
  }
}

/** A date may be no more precise than its wording. */
function checkPrecision(ctx: Context, claim: Claim): void {
  const problem = datePrecisionProblem(claim.date);
  if (problem) ctx.errors.push(new CompileError({ file: ctx.file, id: ctx.id, field: "date.precision" }, problem));
}

/** Verifies every quote of every claim against its seed. */
export function verifyClaims(inputs: Inputs, spans: Map<string, SeedSpans>, errors: CompileError[]): VerifiedClaim[] {
  return inputs.claims.map(({ claim, file }: LocatedClaim) => {
    const ctx: Context = { inputs, spans, errors, file, id: claim.id };
    const citations = locateAll(ctx, claim.citations, "citations");
    const valueCitations = new Map(
      claim.values.map((value, v) => [value.id, locateAll(ctx, value.citations, `values[${v}].citations`)]),
    );
    checkValues(ctx, claim, valueCitations);
    checkDateText(ctx, claim);
    checkPrecision(ctx, claim);
    return { claim, file, citations, valueCitations };
  });
}

import type { CoverageMention, TextRange } from "../schema/index.ts";
import { CompileError } from "../io/CompileError.ts";
import { findMentions } from "./findMentions.ts";
import { locateQuote, within } from "./locateQuote.ts";
import { EXCLUSIONS_FILE, type Inputs } from "./readInputs.ts";
import type { SeedSpans } from "./resolveSeedSpans.ts";
import type { VerifiedClaim } from "./verifyClaims.ts";

interface Cover extends TextRange {
  by: string;
}

/** The spans of each seed that claims and sources.yaml quote, labelled by who quotes them. */
function usedSpans(seed: string, claims: VerifiedClaim[], spans: SeedSpans | undefined): Cover[] {
  const byClaims = claims.flatMap((v) =>
    [...v.citations, ...[...v.valueCitations.values()].flat()]
      .filter((c) => c.seed === seed)
      .map((c) => ({ ...c, by: v.claim.id })),
  );
  const bySources = [...(spans?.relays ?? []), ...(spans?.notes ?? []), ...(spans?.outletQuotes ?? [])].map((s) => ({
    ...s,
    by: "seeds/sources.yaml",
  }));
  return [...byClaims, ...bySources];
}

function exclusionSpans(inputs: Inputs, seed: string, errors: CompileError[]): Cover[] {
  const loaded = inputs.seeds.get(seed);
  return inputs.exclusions.flatMap((ex, i) => {
    if (ex.seed !== seed || !loaded?.normalized) return [];
    const range = locateQuote(loaded.normalized, ex.text);
    if (!range) {
      errors.push(
        new CompileError(
          { file: EXCLUSIONS_FILE, kind: "exclusion", id: `#${i + 1}`, field: "text" },
          `not found in ${loaded.path}: "${ex.text}"`,
        ),
      );
      return [];
    }
    return [{ ...range, by: ex.reason }];
  });
}

function coveredBy(mention: TextRange, covers: Cover[]): string[] {
  return [...new Set(covers.filter((c) => within(mention, c)).map((c) => c.by))].sort();
}

/**
 * Classifies every figure and explicit date in every seed: used by a claim, inside an
 * ignored span, excluded with a reason, or uncovered (which fails the build's tests).
 */
export function coverage(
  inputs: Inputs,
  claims: VerifiedClaim[],
  spans: Map<string, SeedSpans>,
  errors: CompileError[],
): CoverageMention[] {
  const result: CoverageMention[] = [];
  for (const [id, seed] of inputs.seeds) {
    if (seed.text === null) continue;
    const used = usedSpans(id, claims, spans.get(id));
    const ignored = (spans.get(id)?.ignore ?? []).map((s) => ({ ...s, by: `${s.kind}: ${s.reason}` }));
    const excluded = exclusionSpans(inputs, id, errors);
    for (const mention of findMentions(seed.text)) {
      const base = { seed: id, text: mention.text, kind: mention.kind, start: mention.start, end: mention.end };
      const [status, by] =
        (
          [
            ["used", coveredBy(mention, used)],
            ["ignored", coveredBy(mention, ignored)],
            ["excluded", coveredBy(mention, excluded)],
          ] as const
        ).find(([, by]) => by.length > 0) ?? (["uncovered", []] as const);
      result.push({ ...base, status, by: [...by] });
    }
  }
  return result;
}

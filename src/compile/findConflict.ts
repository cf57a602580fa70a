import { disagreement } from "../lib/credit.ts";
import type { Conflict } from "../schema/index.ts";
import { formatWorded, wordings } from "./formatValue.ts";
import type { VerifiedClaim } from "./verifyClaims.ts";

interface Variant {
  value: string;
  display: string;
  seeds: string[];
  worded: { display: string; seeds: string[] }[];
  /** What is compared: the number, or the quoted words. */
  key: string;
  numeric: boolean;
}

function seedsOf(verified: VerifiedClaim, valueId: string): string[] {
  return [...new Set((verified.valueCitations.get(valueId) ?? []).map((c) => c.seed))].sort();
}

/**
 * Where the articles disagree about one claim: numbers that differ ("value"), or the same
 * number or quotation worded differently ("wording"). Null when every article agrees.
 * A claim reports its first disputed group; curate one dispute per claim.
 */
export function findConflict(verified: VerifiedClaim): Conflict | null {
  const { claim } = verified;
  const groups = new Map<string, Variant[]>();
  for (const value of claim.values) {
    // Values are compared only with others of the same measure and unit (or with quotations).
    const group =
      value.type === "number"
        ? `${value.measure}:${value.unit}:${value.comparison?.from}:${value.comparison?.to}`
        : "quotation";
    const variant: Variant =
      value.type === "number"
        ? {
            value: value.id,
            display: formatWorded(
              value,
              (verified.valueCitations.get(value.id) ?? []).flatMap((c) => c.phrase ?? []),
            ),
            seeds: seedsOf(verified, value.id),
            worded: wordings(value, verified.valueCitations.get(value.id) ?? []),
            key: `${value.qualifier} ${value.number}`,
            numeric: true,
          }
        : {
            value: value.id,
            display: `“${value.text}”`,
            seeds: seedsOf(verified, value.id),
            worded: [{ display: `“${value.text}”`, seeds: seedsOf(verified, value.id) }],
            key: value.text,
            numeric: false,
          };
    groups.set(group, [...(groups.get(group) ?? []), variant]);
  }
  const disputed = [...groups.values()].find((variants) => variants.length > 1);
  if (!disputed) return null;
  const numbersDiffer = disputed[0]!.numeric && new Set(disputed.map((v) => v.key)).size > 1;
  return {
    claim: claim.id,
    kind: numbersDiffer ? "value" : "wording",
    summary: `${claim.title}: ${disagreement(disputed)}`,
    variants: disputed.map(({ value, display, seeds, worded }) => ({ value, display, seeds, worded })),
  };
}

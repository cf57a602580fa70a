import { comparisonLabel } from "../../lib/formatMonth.ts";
import type { LedgerRow } from "../../schema/index.ts";
import type { ShapeInput } from "../chart.ts";

/** One row per number of each feeding claim: exports, imports and the share of trade. */
export function shape({ feeding, spec, basisOf }: ShapeInput) {
  const rows = feeding.flatMap(({ claim, entry }) =>
    claim.values
      .filter((v) => v.type === "number")
      .map((n): LedgerRow => ({
        claim: claim.id,
        label: entry.label,
        role: entry.role as LedgerRow["role"],
        // Each part of the ledger compares different periods, so each is drawn on its own scale.
        // A level ("to $8.9bn") is printed beside its change, not drawn against an axis.
        scale: n.measure === "level" ? "label" : `${entry.role}:${n.unit}`,
        basis: basisOf(n),
        value: n.id,
        signed: n.signed,
        unit: n.unit,
        qualifier: n.qualifier,
        display: n.display,
        comparison: n.comparison ? comparisonLabel(n.comparison) : null,
        seeds: n.seeds,
      })),
  );
  return { ...spec!, rows };
}

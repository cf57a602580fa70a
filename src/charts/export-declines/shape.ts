import type { ExportDeclineRow } from "../../schema/index.ts";
import type { ShapeInput } from "../chart.ts";

/** One row per product (and one for the total), each with every version the sources give. */
export function shape({ feeding, spec, basisOf, otherWordings }: ShapeInput) {
  const rows = feeding.map(({ claim, entry }): ExportDeclineRow => {
    const changes = claim.values.filter((v) => v.type === "number").filter((n) => n.measure === "change");
    const variants = changes.map((n) => ({
      value: n.id,
      signed: n.signed,
      qualifier: n.qualifier,
      spelled: n.spelled,
      display: n.display,
      worded: n.worded,
      from: n.comparison?.from ?? null,
      to: n.comparison?.to ?? null,
      seeds: n.seeds,
    }));
    const signed = variants.map((v) => v.signed);
    const role = entry.role === "total" ? "total" : "category";
    return {
      claim: claim.id,
      label: entry.label,
      role,
      // The total's basis differs from the categories' (one article says "in value"), so it gets its own scale.
      scale: role,
      basis: basisOf(changes[0]!),
      bases: [...new Set(changes.map(basisOf))],
      otherWordings:
        otherWordings(
          entry.label,
          changes.flatMap((n) => n.citations),
        ) ?? [],
      variants,
      low: Math.min(...signed),
      high: Math.max(...signed),
    };
  });
  return { ...spec!, rows };
}

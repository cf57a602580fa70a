import { lanes, type CompiledClaim, type Lane } from "../../schema/index.ts";
import type { ShapeInput } from "../chart.ts";
import { words } from "../../lib/words.ts";

/** Timeline events in date order; undated events come last, as the timeline shows them apart. */
export function shape({ claims }: ShapeInput) {
  const events = claims
    .filter((c): c is CompiledClaim & { timeline: Lane } => c.timeline !== null)
    .map((c) => ({
      claim: c.id,
      title: c.title,
      kind: c.kind,
      lane: c.timeline,
      date: c.date,
      seeds: c.corroboration.seeds,
    }))
    .sort((a, b) => (a.date.start ?? "9999").localeCompare(b.date.start ?? "9999") || a.claim.localeCompare(b.claim));
  return { lanes: lanes.map((id) => ({ id, label: words().charts.timeline.lanes[id] })), events };
}

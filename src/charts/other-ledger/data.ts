import type { LedgerRow } from "../../schema/index.ts";
import type { Caveat } from "../chart.ts";

/** What the drawing needs, from data/charts/other-ledger.json. */
export interface OtherLedgerData {
  rows: LedgerRow[];
  /** Shown on the chart in every state, so no rendering can drop them. */
  caveats: Caveat[];
  /** The words under each scale's axis, by scale id ("exports:percent"…). */
  axes: Record<string, string>;
}

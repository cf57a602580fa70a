import type { ExportDeclineRow } from "../../schema/index.ts";
import type { Caveat } from "../chart.ts";

/** What the drawing needs, from data/charts/export-declines.json. */
export interface ExportDeclinesData {
  rows: ExportDeclineRow[];
  /** Shown on the chart in every state, so no rendering can drop them. */
  caveats: Caveat[];
  /** The words under each scale's axis, by scale id ("category", "total"). */
  axes: Record<string, string>;
}

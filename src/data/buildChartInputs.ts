import type { ChartInputs } from "../charts/index.ts";
import type { DataOf } from "./readData.ts";

type ChartsData = { "export-declines": DataOf<"charts/export-declines.json">; "other-ledger": DataOf<"charts/other-ledger.json"> };
type TimelineData = DataOf<"charts/timeline.json">;

/**
 * What each chart needs, from compiled data. Kept apart from chartInputs.ts (which reads
 * data/) so the compile step can check the story against the data it is about to write.
 */
export function buildChartInputs(charts: ChartsData, timeline: TimelineData): ChartInputs {
  const declines = charts["export-declines"];
  const ledger = charts["other-ledger"];
  return {
    "export-declines": { rows: declines.rows, caveats: declines.caveats, axes: declines.axes },
    "other-ledger": { rows: ledger.rows, caveats: ledger.caveats, axes: ledger.axes },
    timeline: { lanes: timeline.lanes, events: timeline.events },
  };
}

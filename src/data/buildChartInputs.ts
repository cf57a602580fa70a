import type { ChartInputs } from "../charts/index.ts";
import type { ChartsData } from "../compile/shapeCharts.ts";
import type { TimelineData } from "../compile/shapeTimeline.ts";

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

import type { ChartInputs } from "../charts/index.ts";
import type { ChartsData } from "../compile/shapeCharts.ts";
import type { TimelineData } from "../compile/shapeTimeline.ts";
import type { CompiledClaim } from "../schema/index.ts";

/**
 * What each chart needs, from compiled data. Kept apart from chartInputs.ts (which reads
 * data/) so the compile step can check the story against the data it is about to write.
 */
export function buildChartInputs(charts: ChartsData, timeline: TimelineData, claim: (id: string) => CompiledClaim): ChartInputs {
  const declines = charts["export-declines"];
  const caveatId = declines.caveats[0];
  const caveat = caveatId ? claim(caveatId) : null;
  return {
    "export-declines": {
      rows: declines.rows,
      caveat: caveat ? { title: caveat.title, statement: caveat.statement } : null,
    },
    "other-ledger": { rows: charts["other-ledger"].rows },
    timeline: { lanes: timeline.lanes, events: timeline.events },
  };
}

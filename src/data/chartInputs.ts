import type { ChartInputs } from "../charts/index.ts";
import { charts, claim, timeline } from "./index.ts";

/** What each chart needs, built from the compiled data; the page also embeds it for the browser. */
export function chartInputs(): ChartInputs {
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

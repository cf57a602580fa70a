import type { ChartInputs } from "../charts/index.ts";
import { charts, timeline } from "./index.ts";

/** What each chart needs, built from the compiled data; the page also embeds it for the browser. */
export function chartInputs(): ChartInputs {
  const pick = ({ rows, caveats, axes }: (typeof charts)["export-declines"] | (typeof charts)["other-ledger"]) => ({ rows, caveats, axes });
  return {
    "export-declines": pick(charts["export-declines"]) as ChartInputs["export-declines"],
    "other-ledger": pick(charts["other-ledger"]) as ChartInputs["other-ledger"],
    timeline: { lanes: timeline.lanes, events: timeline.events },
  };
}

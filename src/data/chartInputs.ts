import type { ChartInputs } from "../charts/registry.ts";
import { buildChartInputs } from "./buildChartInputs.ts";
import { charts } from "./index.ts";

/** What each chart needs, built from the compiled data; the page also embeds it for the browser. */
export function chartInputs(): ChartInputs {
  return buildChartInputs(charts);
}

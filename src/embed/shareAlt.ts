import type { ChartKey } from "../charts/registry.ts";
import { chartTitle } from "../data/chartMeta.ts";
import { defaultState, sceneAt } from "./embedCharts.ts";

/** The share image's alt text: the chart's title and its text alternative, caveats included. */
export function shareAlt(chart: ChartKey): string {
  return `${chartTitle(chart)}. ${sceneAt(chart, defaultState(chart), { width: 640, height: 440 }).description}`;
}

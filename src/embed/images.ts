import type { ChartKey } from "../charts/index.ts";
import { chartTitle, sourceLine } from "../data/chartMeta.ts";
import { defaultState, sceneAt, storyCredit } from "./embedCharts.ts";
import { exportSvg } from "./exportSvg.ts";

export const EXPORT_WIDTH = 640;

/** The downloadable SVG of a chart in its default state, titled and credited. */
export function chartSvg(chart: ChartKey, size?: { width: number; height: number }): string {
  const scene = sceneAt(chart, defaultState(chart), { width: EXPORT_WIDTH, height: 440 });
  return exportSvg(scene, { title: chartTitle(chart), sourceLine: sourceLine(chart), credit: storyCredit }, size);
}

/** A share card (1200 × 630 once rendered at 2×) of a chart. */
export function shareSvg(chart: ChartKey): string {
  return chartSvg(chart, { width: 600, height: 315 });
}

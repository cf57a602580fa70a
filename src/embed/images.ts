import type { ChartKey } from "../charts/registry.ts";
import { chartTitle, sourceLine } from "../data/chartMeta.ts";
import { defaultState, sceneAt, storyCredit } from "./embedCharts.ts";
import { fillArea } from "./cardLayout.ts";
import { chartArea, exportSvg } from "./exportSvg.ts";

export const EXPORT_WIDTH = 640;

/** A share card: drawn 800 × 420, rendered at 1.5× to the 1200 × 630 that cards use. */
export const SHARE_CARD = { width: 800, height: 420, zoom: 1.5 };

const text = (chart: ChartKey) => ({ title: chartTitle(chart), sourceLine: sourceLine(chart), credit: storyCredit });

/** The downloadable SVG of a chart in its default state, titled and credited. */
export function chartSvg(chart: ChartKey): string {
  return exportSvg(sceneAt(chart, defaultState(chart), { width: EXPORT_WIDTH, height: 440 }), text(chart));
}

/** A share card of a chart, laid out to fill the card (see cardLayout.ts). */
export function shareSvg(chart: ChartKey): string {
  const area = chartArea(text(chart), SHARE_CARD.width, SHARE_CARD.height);
  const scene = fillArea((size) => sceneAt(chart, defaultState(chart), size), area);
  return exportSvg(scene, text(chart), SHARE_CARD);
}

// Titles, descriptions and source lines of the story's charts, shared by the story, the embeds
// and the downloads, so each is written once.
import type { ChartKey } from "../charts/index.ts";
import { sourcesLine } from "../lib/credit.ts";
import { ui } from "../content/ui.ts";
import { charts, claims } from "./index.ts";

export const CHART_KEYS: ChartKey[] = ["export-declines", "other-ledger", "timeline"];

export function chartTitle(chart: ChartKey): string {
  // The timeline has no entry in seeds/charts.yaml: its words are the interface's.
  return chart === "timeline" ? ui.chart.timelineTitle : charts[chart].title;
}

export function chartDescription(chart: ChartKey): string {
  return chart === "timeline" ? ui.chart.timelineDescription : charts[chart].description;
}

/** The claims a chart draws. */
export function chartClaims(chart: ChartKey) {
  return claims.filter((c) => (chart === "timeline" ? c.timeline !== null : c.charts.some((e) => e.chart === chart)));
}

/** The chart's sources, article by article, with the reports each names for the figures drawn. */
export function sourceLine(chart: ChartKey): string {
  return sourcesLine(chartClaims(chart).flatMap((c) => [...c.citations, ...c.values.flatMap((v) => v.citations)]));
}

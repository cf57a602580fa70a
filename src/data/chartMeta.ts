// Titles, descriptions and source lines of the story's charts, shared by the story, the embeds
// and the downloads, so each is written once.
import { chartById, type ChartKey } from "../charts/registry.ts";
import type { ChartWords } from "../charts/chart.ts";
import { sourcesLine } from "../lib/credit.ts";
import type { CompiledClaim } from "../schema/index.ts";
import { charts, claims } from "./index.ts";

export { CHART_KEYS } from "../charts/registry.ts";

/** The chart's own words, or those of its entry in seeds/charts.yaml (compiled into its file). */
function words(chart: ChartKey): { title: string; description: string } {
  return chartById(chart).words?.() ?? (charts[chart] as ChartWords);
}

export function chartTitle(chart: ChartKey): string {
  return words(chart).title;
}

export function chartDescription(chart: ChartKey): string {
  return words(chart).description;
}

/** The claims a chart draws. */
export function chartClaims(chart: ChartKey): CompiledClaim[] {
  const { draws } = chartById(chart);
  return claims.filter((c) => (draws ? draws(c) : c.charts.some((e) => e.chart === chart)));
}

/** The chart's sources, article by article, with the reports each names for the figures drawn. */
export function sourceLine(chart: ChartKey): string {
  return sourcesLine(chartClaims(chart).flatMap((c) => [...c.citations, ...c.values.flatMap((v) => v.citations)]));
}

// Titles, caveats and source lines of the story's charts, shared by the story, the embeds
// and the downloads, so each is written once.
import type { ChartKey } from "../charts/index.ts";
import { charts, claim, claims, sources } from "./index.ts";

export const CHART_KEYS: ChartKey[] = ["export-declines", "other-ledger", "timeline"];

export function chartTitle(chart: ChartKey): string {
  return chart === "timeline" ? "Who said and did what, and when" : charts[chart].title;
}

export function chartDescription(chart: ChartKey): string {
  return chart === "timeline"
    ? "The companies' withdrawals and the statements from Beijing and Washington, with each date as precise as the sources give it."
    : charts[chart].description;
}

export function chartCaveats(chart: ChartKey) {
  return (chart === "timeline" ? [] : charts[chart].caveats).map((id) => {
    const c = claim(id);
    return { claim: c.id, title: c.title, statement: c.statement };
  });
}

/** The claims a chart draws. */
export function chartClaims(chart: ChartKey) {
  return claims.filter((c) => (chart === "timeline" ? c.timeline !== null : c.charts.some((e) => e.chart === chart)));
}

/** "Source: Chinese customs data, as reported in articles 000, 001, 002, 003 and 004" */
export function sourceLine(chart: ChartKey): string {
  const used = chartClaims(chart);
  const seeds = [...new Set(used.flatMap((c) => c.corroboration.seeds))].sort();
  const origins = [...new Set(used.flatMap((c) => c.origin))];
  const names = origins.map((id) => sources.reports.find((r) => r.id === id)!.name);
  const original = names.length === 0 ? "news reports" : names.length > 2 ? "several earlier reports" : names.join(" and ");
  const list = seeds.length > 1 ? `${seeds.slice(0, -1).join(", ")} and ${seeds.at(-1)}` : seeds[0];
  return `Source: ${original}, as reported in article${seeds.length > 1 ? "s" : ""} ${list}`;
}

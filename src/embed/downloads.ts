import type { ChartKey } from "../charts/index.ts";
// eslint-disable-next-line no-restricted-imports -- until the chart registry moves the tables to src/charts/<id>/
import { exportDeclinesTable, otherLedgerTable, timelineTable, type Table } from "../compile/chartTables.ts";
import { toCsv } from "../lib/csv.ts";
import { chartDescription, chartTitle, sourceLine } from "../data/chartMeta.ts";
import { charts, sources, timeline } from "../data/index.ts";
import { storyCredit } from "./embedCharts.ts";

function table(chart: ChartKey): Table {
  if (chart === "export-declines") return exportDeclinesTable(charts[chart]);
  if (chart === "other-ledger") return otherLedgerTable(charts[chart]);
  return timelineTable(timeline.events);
}

function outletsOf(seeds: string): string {
  return seeds
    .split(" ")
    .map((id) => {
      const outlet = sources.seeds.find((s) => s.id === id)?.outlet.name;
      return `article ${id} (${outlet === "unknown" ? "outlet unknown" : outlet})`;
    })
    .join("; ");
}

/** The chart's rows as CSV, each naming its source articles and outlets and carrying the credit. */
export function downloadCsv(chart: ChartKey): string {
  const { columns, rows } = table(chart);
  return toCsv(
    [...columns, "source_articles", "credit"],
    rows.map((row) => ({ ...row, source_articles: outletsOf(String(row.sources ?? "")), credit: storyCredit })),
  );
}

/** The chart's data as in data/charts/, wrapped with its title, source line, credit and articles. */
export function downloadJson(chart: ChartKey): string {
  const data = chart === "timeline" ? timeline : charts[chart];
  return (
    JSON.stringify(
      {
        chart,
        title: chartTitle(chart),
        description: chartDescription(chart),
        sourceLine: sourceLine(chart),
        credit: storyCredit,
        articles: sources.seeds.map((s) => ({ id: s.id, headline: s.headline, outlet: s.outlet.name === "unknown" ? null : s.outlet.name, published: null, publishedInferred: { label: s.published.label, basis: s.published.basis } })),
        data,
      },
      null,
      2,
    ) + "\n"
  );
}

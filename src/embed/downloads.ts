import type { ChartKey } from "../charts/registry.ts";
import { outletCredit } from "../lib/credit.ts";
import { toCsv } from "../lib/csv.ts";
import { chartDescription, chartTitle, sourceLine } from "../data/chartMeta.ts";
import { charts, sources } from "../data/index.ts";
import { chartTable } from "../data/chartTable.ts";
import { embedInputs, storyCredit } from "./embedCharts.ts";

function outletsOf(seeds: string): string {
  return seeds
    .split(" ")
    .map((id) => {
      const seed = sources.seeds.find((s) => s.id === id);
      return `article ${id} (${(seed && outletCredit(seed)) ?? "outlet unknown"})`;
    })
    .join("; ");
}

/** The chart's rows as CSV, each naming its source articles and outlets and carrying the credit. */
export function downloadCsv(chart: ChartKey): string {
  const { columns, rows } = chartTable(chart, embedInputs[chart]);
  return toCsv(
    [...columns.map((c) => c.key), "source_articles", "credit"],
    rows.map((row) => ({ ...row, source_articles: outletsOf(String(row.sources ?? "")), credit: storyCredit })),
  );
}

/**
 * The chart's data as in data/charts/, and its table as in the CSV, wrapped with its title,
 * source line, credit and articles.
 */
export function downloadJson(chart: ChartKey): string {
  const { columns, rows } = chartTable(chart, embedInputs[chart]);
  return (
    JSON.stringify(
      {
        chart,
        title: chartTitle(chart),
        description: chartDescription(chart),
        sourceLine: sourceLine(chart),
        credit: storyCredit,
        articles: sources.seeds.map((s) => ({
          id: s.id,
          headline: s.headline,
          outlet: outletCredit(s),
          published: null,
          publishedInferred: { label: s.published.label, basis: s.published.basis },
        })),
        data: charts[chart],
        table: { columns: columns.map((c) => c.key), rows },
      },
      null,
      2,
    ) + "\n"
  );
}

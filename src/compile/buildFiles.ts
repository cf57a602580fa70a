import { untypedCharts, type UntypedChart } from "../charts/registry.ts";
import type { CompiledArticle, CompileReport, CompiledClaim, CoverageMention } from "../schema/index.ts";
import type { ChartsData } from "./shapeCharts.ts";
import type { SourcesData } from "./shapeSources.ts";
import { toCsv } from "../lib/csv.ts";

export interface Shaped {
  claims: CompiledClaim[];
  sources: SourcesData;
  articles: CompiledArticle[];
  /** Each chart's file, by chart id. */
  charts: ChartsData;
  report: CompileReport;
  mentions: CoverageMention[];
}

// Stable formatting: the same inputs give the same bytes, so data/ diffs stay readable.
function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}

/** The chart's one table (its `rows`), as the CSV beside its JSON. */
function csv(chart: UntypedChart, file: unknown): string {
  const table = chart.rows(chart.inputs(file));
  return toCsv(
    table.columns.map((c) => c.key),
    table.rows,
  );
}

/** Every file the compile step writes, keyed by its path under the output folder. */
export function buildFiles(shaped: Shaped): Map<string, string> {
  const { claims, sources, articles, charts, report, mentions } = shaped;
  return new Map([
    ["claims.json", json({ claims })],
    ["sources.json", json(sources)],
    ["articles.json", json({ articles })],
    ["report.json", json({ ...report, mentions })],
    ...untypedCharts.flatMap((chart): [string, string][] => {
      const file = charts[chart.id as keyof ChartsData];
      return [
        [`charts/${chart.id}.json`, json(file)],
        [`charts/${chart.id}.csv`, csv(chart, file)],
      ];
    }),
  ]);
}

import type { CompiledArticle, CompileReport, CompiledClaim, CoverageMention } from "../schema/index.ts";
import type { ChartsData } from "./shapeCharts.ts";
import type { SourcesData } from "./shapeSources.ts";
import type { TimelineData } from "./shapeTimeline.ts";
import { exportDeclinesTable, otherLedgerTable, timelineTable, type Table } from "./chartTables.ts";
import { toCsv } from "../lib/csv.ts";

export interface Shaped {
  claims: CompiledClaim[];
  sources: SourcesData;
  articles: CompiledArticle[];
  timeline: TimelineData;
  charts: ChartsData;
  report: CompileReport;
  mentions: CoverageMention[];
}

// Stable formatting: the same inputs give the same bytes, so data/ diffs stay readable.
function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}

function csv(table: Table): string {
  return toCsv(table.columns, table.rows);
}

/** Every file the compile step writes, keyed by its path under the output folder. */
export function buildFiles(shaped: Shaped): Map<string, string> {
  const { claims, sources, articles, timeline, charts, report, mentions } = shaped;
  const declines = charts["export-declines"];
  const ledger = charts["other-ledger"];
  return new Map([
    ["claims.json", json({ claims })],
    ["sources.json", json(sources)],
    ["articles.json", json({ articles })],
    ["report.json", json({ ...report, mentions })],
    ["charts/export-declines.json", json(declines)],
    ["charts/export-declines.csv", csv(exportDeclinesTable(declines))],
    ["charts/other-ledger.json", json(ledger)],
    ["charts/other-ledger.csv", csv(otherLedgerTable(ledger))],
    ["charts/timeline.json", json(timeline)],
    ["charts/timeline.csv", csv(timelineTable(timeline.events))],
  ]);
}

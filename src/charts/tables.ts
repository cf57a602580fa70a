import { articleList as articles } from "../lib/credit.ts";
import { fillIn, words } from "../lib/words.ts";
import type { DataTable } from "./scene.ts";
import type { ExportDeclinesData } from "./exportDeclines.ts";
import type { OtherLedgerData } from "./otherLedger.ts";
import type { TimelineChartData } from "./timeline.ts";


/** Every figure of the export-declines chart, one row per version a source gives. */
export function exportDeclinesTable(data: ExportDeclinesData): DataTable {
  return {
    ...words().charts.tables.exportDeclines,
    rows: data.rows.flatMap((row) => row.variants.map((v) => [row.label, fillIn(words().charts.change.down, { display: v.display }), articles(v.seeds)])),
  };
}

export function otherLedgerTable(data: OtherLedgerData): DataTable {
  return {
    ...words().charts.tables.otherLedger,
    rows: data.rows.map((r) => {
      const change = r.role !== "share" && r.unit === "percent";
      return [r.label, change ? fillIn(words().charts.change[r.signed < 0 ? "down" : "up"], { display: r.display }) : r.display, r.comparison ?? "", articles(r.seeds)];
    }),
  };
}

export function timelineTable(data: TimelineChartData): DataTable {
  const lane = new Map(data.lanes.map((l) => [l.id, l.label]));
  return {
    ...words().charts.tables.timeline,
    rows: data.events.map((e) => [e.title, e.date.label, words().charts.precisions[e.date.precision], lane.get(e.lane) ?? e.lane, articles(e.seeds)]),
  };
}

/** The data table of any chart, by id. */
export function chartTable(chart: "export-declines" | "other-ledger" | "timeline", data: unknown): DataTable {
  if (chart === "export-declines") return exportDeclinesTable(data as ExportDeclinesData);
  if (chart === "other-ledger") return otherLedgerTable(data as OtherLedgerData);
  return timelineTable(data as TimelineChartData);
}

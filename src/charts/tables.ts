import { articleList as articles } from "../lib/credit.ts";
import type { DataTable } from "./scene.ts";
import type { ExportDeclinesData } from "./exportDeclines.ts";
import type { OtherLedgerData } from "./otherLedger.ts";
import type { TimelineChartData } from "./timeline.ts";


/** Every figure of the export-declines chart, one row per version a source gives. */
export function exportDeclinesTable(data: ExportDeclinesData): DataTable {
  return {
    caption: "Change in China's exports to Russia, as each source reports it",
    columns: ["Category", "Change", "Articles"],
    rows: data.rows.flatMap((row) => row.variants.map((v) => [row.label, `down ${v.display}`, articles(v.seeds)])),
  };
}

export function otherLedgerTable(data: OtherLedgerData): DataTable {
  return {
    caption: "China's trade with Russia: the figures the sources give",
    columns: ["Measure", "Figure", "Compared with", "Articles"],
    rows: data.rows.map((r) => {
      const change = r.role !== "share" && r.unit === "percent";
      return [r.label, change ? `${r.signed < 0 ? "down" : "up"} ${r.display}` : r.display, r.comparison ?? "", articles(r.seeds)];
    }),
  };
}

export function timelineTable(data: TimelineChartData): DataTable {
  const lane = new Map(data.lanes.map((l) => [l.id, l.label]));
  return {
    caption: "Events as the articles date them, each no more precisely than their words; most articles give no year, and the sources page says how each is inferred",
    columns: ["Event", "Date", "Precision", "Lane", "Articles"],
    rows: data.events.map((e) => [e.title, e.date.label, e.date.precision.replace(/-/g, " "), lane.get(e.lane) ?? e.lane, articles(e.seeds)]),
  };
}

/** The data table of any chart, by id. */
export function chartTable(chart: "export-declines" | "other-ledger" | "timeline", data: unknown): DataTable {
  if (chart === "export-declines") return exportDeclinesTable(data as ExportDeclinesData);
  if (chart === "other-ledger") return otherLedgerTable(data as OtherLedgerData);
  return timelineTable(data as TimelineChartData);
}

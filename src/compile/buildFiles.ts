import type { CompileReport, CompiledClaim, CoverageMention } from "../schema/index.ts";
import type { ChartsData } from "./shapeCharts.ts";
import type { SourcesData } from "./shapeSources.ts";
import type { TimelineData } from "./shapeTimeline.ts";
import { toCsv } from "./toCsv.ts";

export interface Shaped {
  claims: CompiledClaim[];
  sources: SourcesData;
  timeline: TimelineData;
  charts: ChartsData;
  report: CompileReport;
  mentions: CoverageMention[];
}

// Stable formatting: the same inputs give the same bytes, so data/ diffs stay readable.
function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}

/** Every file the compile step writes, keyed by its path under the output folder. */
export function buildFiles(shaped: Shaped): Map<string, string> {
  const { claims, sources, timeline, charts, report, mentions } = shaped;
  const declines = charts["export-declines"];
  const ledger = charts["other-ledger"];
  return new Map([
    ["claims.json", json({ claims })],
    ["sources.json", json(sources)],
    ["report.json", json({ ...report, mentions })],
    ["charts/export-declines.json", json(declines)],
    [
      "charts/export-declines.csv",
      toCsv(
        ["claim", "category", "role", "variant", "change_percent", "qualifier", "as_reported", "from_month", "to_month", "sources"],
        declines.rows.flatMap((row) =>
          row.variants.map((v) => ({
            claim: row.claim,
            category: row.label,
            role: row.role,
            variant: v.value,
            change_percent: v.signed,
            qualifier: v.qualifier,
            as_reported: v.display,
            from_month: v.from,
            to_month: v.to,
            sources: v.seeds.join(" "),
          })),
        ),
      ),
    ],
    ["charts/other-ledger.json", json(ledger)],
    [
      "charts/other-ledger.csv",
      toCsv(
        ["claim", "label", "role", "value", "number", "unit", "as_reported", "comparison", "sources"],
        ledger.rows.map((r) => ({
          claim: r.claim,
          label: r.label,
          role: r.role,
          value: r.value,
          number: r.signed,
          unit: r.unit,
          as_reported: r.display,
          comparison: r.comparison,
          sources: r.seeds.join(" "),
        })),
      ),
    ],
    ["charts/timeline.json", json(timeline)],
    [
      "charts/timeline.csv",
      toCsv(
        ["claim", "title", "lane", "precision", "date", "start", "end", "sources"],
        timeline.events.map((e) => ({
          claim: e.claim,
          title: e.title,
          lane: e.lane,
          precision: e.date.precision,
          date: e.date.label,
          start: e.date.start,
          end: e.date.end,
          sources: e.seeds.join(" "),
        })),
      ),
    ],
  ]);
}

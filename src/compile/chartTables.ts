// Each chart's data as flat rows, for its CSV in data/ and for the embed downloads.
import type { ChartData, ExportDeclineRow, LedgerRow, TimelineEvent } from "../schema/index.ts";

export type Cell = string | number | null;
export interface Table {
  columns: string[];
  rows: Record<string, Cell>[];
}

/** The chart's caveats, as one cell that travels with every row into a spreadsheet. */
function caveatCell(chart: Pick<ChartData<unknown>, "caveats">): string {
  return chart.caveats.map((c) => `${c.title}: ${c.statement}`).join(" ");
}

// A figure the articles give in words ("almost two-thirds") has no number of its own: the
// `change_percent` cell stays empty and `as_reported` carries the words.
export function exportDeclinesTable(chart: ChartData<ExportDeclineRow>): Table {
  const caveat = caveatCell(chart);
  return {
    columns: ["claim", "category", "role", "variant", "change_percent", "qualifier", "as_reported", "measured", "from_month", "to_month", "sources", "caveat"],
    rows: chart.rows.flatMap((row) =>
      row.variants.map((v) => ({
        claim: row.claim,
        category: row.label,
        role: row.role,
        variant: v.value,
        change_percent: v.spelled ? null : v.signed,
        qualifier: v.qualifier,
        as_reported: v.display,
        measured: row.basis,
        from_month: v.from,
        to_month: v.to,
        sources: v.seeds.join(" "),
        caveat,
      })),
    ),
  };
}

export function otherLedgerTable(chart: ChartData<LedgerRow>): Table {
  const caveat = caveatCell(chart);
  return {
    columns: ["claim", "label", "role", "value", "number", "qualifier", "unit", "as_reported", "measured", "comparison", "sources", "caveat"],
    rows: chart.rows.map((r) => ({
      claim: r.claim,
      label: r.label,
      role: r.role,
      value: r.value,
      number: r.signed,
      qualifier: r.qualifier,
      unit: r.unit,
      as_reported: r.display,
      measured: r.basis,
      comparison: r.comparison,
      sources: r.seeds.join(" "),
      caveat,
    })),
  };
}

export function timelineTable(events: TimelineEvent[]): Table {
  return {
    columns: ["claim", "title", "lane", "precision", "date", "date_wording", "date_basis", "start", "end", "sources"],
    rows: events.map((e) => ({
      claim: e.claim,
      title: e.title,
      lane: e.lane,
      precision: e.date.precision,
      date: e.date.label,
      date_wording: e.date.text,
      date_basis: e.date.basis,
      start: e.date.start,
      end: e.date.end,
      sources: e.seeds.join(" "),
    })),
  };
}

// Each chart's data as flat rows, for its CSV in data/ and for the embed downloads.
import type { ExportDeclineRow, LedgerRow, TimelineEvent } from "../schema/index.ts";

export type Cell = string | number | null;
export interface Table {
  columns: string[];
  rows: Record<string, Cell>[];
}

export function exportDeclinesTable(rows: ExportDeclineRow[]): Table {
  return {
    columns: ["claim", "category", "role", "variant", "change_percent", "qualifier", "as_reported", "from_month", "to_month", "sources"],
    rows: rows.flatMap((row) =>
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
  };
}

export function otherLedgerTable(rows: LedgerRow[]): Table {
  return {
    columns: ["claim", "label", "role", "value", "number", "unit", "as_reported", "comparison", "sources"],
    rows: rows.map((r) => ({
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
  };
}

export function timelineTable(events: TimelineEvent[]): Table {
  return {
    columns: ["claim", "title", "lane", "precision", "date", "start", "end", "sources"],
    rows: events.map((e) => ({
      claim: e.claim,
      title: e.title,
      lane: e.lane,
      precision: e.date.precision,
      date: e.date.label,
      start: e.date.start,
      end: e.date.end,
      sources: e.seeds.join(" "),
    })),
  };
}
